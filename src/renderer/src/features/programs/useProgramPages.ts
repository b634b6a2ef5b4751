import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import type { ProgramListQuery, ProgramSummary } from '../../../../shared/programs'
import { call } from '../../lib/api'

/** Rows per "Show more": enough to scan, light enough to render at once. */
export const PROGRAM_PAGE_SIZE = 100

export type ProgramListFilter = Omit<ProgramListQuery, 'limit' | 'offset'>

/**
 * One of the programs page's lists in pages of 100 (offset paging), the next page fetched on request.
 * The key starts with "programs" so a core `data.changed` for programs refetches every page loaded; the
 * previous result stays on screen while a new search runs, so typing never blanks the list.
 */
export function useProgramPages(filter: ProgramListFilter) {
  const result = useInfiniteQuery({
    queryKey: ['programs', 'programs.list', 'pages', filter],
    queryFn: ({ pageParam }) => call('programs.list', { ...filter, limit: PROGRAM_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return last.items.length > 0 && loaded < last.total ? loaded : undefined
    },
    placeholderData: keepPreviousData
  })
  const pages = result.data?.pages ?? []
  const items: ProgramSummary[] = pages.flatMap((p) => p.items)
  const total = pages[0]?.total ?? 0
  return { ...result, items, total }
}
