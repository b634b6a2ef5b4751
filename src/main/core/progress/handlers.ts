import type { progressMethods } from '../../../shared/registry/progress'
import type { CoreDeps } from '../deps'
import type { HandlerTable } from '../handler'

export type ProgressMethodName = keyof typeof progressMethods

export function progressHandlers(_deps: CoreDeps): HandlerTable<ProgressMethodName> {
  return {}
}
