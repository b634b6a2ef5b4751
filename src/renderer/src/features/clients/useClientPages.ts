import type { ClientSummary } from '../../../../shared/clients'
import { call } from '../../lib/api'
import { useOffsetPages } from '../../lib/useOffsetPages'

export const CLIENT_PAGE_SIZE = 100

export interface ClientListFilter {
  query: string
  status: 'active' | 'archived' | 'all'
  sort: 'name' | 'updated'
}

/** The client list in pages of 100, the next fetched as the list scrolls. */
export function useClientPages(filter: ClientListFilter) {
  return useOffsetPages<ClientSummary>(['clients', 'clients.list', 'pages', filter], (offset) => call('clients.list', { ...filter, limit: CLIENT_PAGE_SIZE, offset }))
}
