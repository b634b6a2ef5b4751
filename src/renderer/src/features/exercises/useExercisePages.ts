import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ExerciseListQuery, ExerciseSummary } from '../../../../shared/exercises'
import { call } from '../../lib/api'

export const EXERCISE_PAGE_SIZE = 60

/**
 * The library in pages of 60, fetched as the list scrolls (a trainer has 30-300; thousands still page):
 * a keystroke fetches, serializes and parses only what the screen can show soon.
 * The key starts with "exercises" so a core `data.changed` refetches it; `freshness` joins the key so a
 * change to the chosen client (their equipment, level, limitations) refetches "fits this client" too.
 * Shared with the search box, which fetches a query before the page renders for it.
 */
export function exercisePagesOptions(query: ExerciseListQuery, freshness: string) {
  return infiniteQueryOptions({
    queryKey: ['exercises', 'exercises.list', 'pages', query, freshness],
    queryFn: ({ pageParam }) => call('exercises.list', { ...query, limit: EXERCISE_PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, p) => n + p.items.length, 0)
      return last.items.length > 0 && loaded < last.total ? loaded : undefined
    }
  })
}

/** The previous result stays on screen while a new search runs, so typing never blanks the list. */
export function useExercisePages(query: ExerciseListQuery, freshness: string, enabled = true) {
  const result = useInfiniteQuery({ ...exercisePagesOptions(query, freshness), placeholderData: keepPreviousData, enabled })
  const pages = result.data?.pages
  // The same array while the data is the same, so the memoized list skips renders a keystroke causes.
  const items: ExerciseSummary[] = useMemo(() => (pages ?? []).flatMap((p) => p.items), [pages])
  const first = pages?.[0]
  // Only the fields read here, so React Query re-renders the page for these alone (tracked properties;
  // spreading the whole result would subscribe to every fetch-state flip too).
  return {
    items,
    total: first?.total ?? 0,
    excludedByLimitations: first?.excludedByLimitations ?? 0,
    error: result.error,
    isPending: result.isPending,
    hasNextPage: result.hasNextPage,
    isFetchingNextPage: result.isFetchingNextPage,
    fetchNextPage: result.fetchNextPage,
    refetch: result.refetch
  }
}
