import type { dataSafetyMethods } from '../../../shared/registry/data-safety'
import type { CoreDeps } from '../deps'
import type { HandlerTable } from '../handler'

export type DataSafetyMethodName = keyof typeof dataSafetyMethods

export function dataSafetyHandlers(_deps: CoreDeps): HandlerTable<DataSafetyMethodName> {
  return {}
}
