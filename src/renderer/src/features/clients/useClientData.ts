import type { Units } from '../../../../shared/settings'
import { ApiError } from '../../lib/api'
import { useCoreQuery } from '../../lib/query'

/** The units chosen in Settings (cm/in, kg/lb); undefined until they have loaded. */
export function useUnits(): { units: Units | undefined; error: Error | null } {
  const settings = useCoreQuery('settings.get', {})
  return { units: settings.data?.units, error: settings.error }
}

export function useClient(id: string) {
  return useCoreQuery('clients.get', { id })
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_found'
}
