import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { ClientSummary } from '../../../../shared/clients'
import { call } from '../../lib/api'

export const CLIENT_PAGE_SIZE = 100

export interface ClientListFilter {
  query: string
  status: 'active' | 'archived' | 'all'
  sort: 'name' | 'updated'
}

/**
 * The client list in pages of 100 (offset paging), fetched as the list scrolls. The key starts with
 * "clients" so a core `data.changed` for clients refetches it; the previous result stays on screen
 * while a new search runs, so typing never blanks the list.
 */
export function useClientPages(filter: ClientListFilter) {
  const result = useInfiniteQuery({
    queryKey: ['clients', 'clients.list', 'pages', filter],
    queryFn: ({ pageParam }) => call('clients.list', { ...filter, limit: CLIENT_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return last.items.length > 0 && loaded < last.total ? loaded : undefined
    },
    placeholderData: keepPreviousData
  })
  const pages = result.data?.pages ?? []
  const items: ClientSummary[] = pages.flatMap((p) => p.items)
  const total = pages[0]?.total ?? 0
  return { ...result, items, total }
}
