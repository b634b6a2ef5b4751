import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'

/**
 * A list fetched in pages by offset (the next one on request or as the list scrolls). The key should
 * start with the method's domain, so a core `data.changed` for it refetches every page loaded; the
 * previous result stays on screen while a new search runs, so typing never blanks the list.
 */
export function useOffsetPages<T>(queryKey: readonly unknown[], fetchPage: (offset: number) => Promise<{ items: T[]; total: number }>) {
  const result = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return last.items.length > 0 && loaded < last.total ? loaded : undefined
    },
    placeholderData: keepPreviousData
  })
  const pages = result.data?.pages ?? []
  const items: T[] = pages.flatMap((p) => p.items)
  const total = pages[0]?.total ?? 0
  return { ...result, items, total }
}
