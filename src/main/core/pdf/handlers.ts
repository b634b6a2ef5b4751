import type { plansMethods } from '../../../shared/registry/plans'
import type { CoreDeps } from '../deps'
import type { HandlerTable } from '../handler'

export type PlansMethodName = keyof typeof plansMethods

export function plansHandlers(_deps: CoreDeps): HandlerTable<PlansMethodName> {
  return {}
}
