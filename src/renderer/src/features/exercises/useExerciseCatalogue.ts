import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import type { Client } from '../../../../shared/clients'
import { fitsRulesOf, searchCatalogue, unpackCatalogue, type CatalogueEntry } from '../../../../shared/exercise-search'
import { indexedMatcher, wordIndexBuilder, type CatalogueWordIndex } from '../../../../shared/exercise-word-index'
import type { ExerciseListQuery } from '../../../../shared/exercises'
import { call } from '../../lib/api'
import { keyFor, queryClient } from '../../lib/query'

const CATALOGUE_KEY = keyFor('exercises.catalogue', {})

/**
 * The whole library, once, so search-as-you-type is answered here without a round trip per key. Its
 * key starts with "exercises", so a core `data.changed` for exercises fetches it again. Asked only once
 * `wanted` (the first list is on screen: at 2,000 exercises the core works it out in about 100 ms, which
 * the first list should not queue behind); already cached, it is used at once.
 */
export function useExerciseCatalogue(wanted: boolean) {
  const [asked, setAsked] = useState(() => queryClient.getQueryData(CATALOGUE_KEY) !== undefined)
  // Once asked it stays enabled, so a change in the core refetches it (a disabled query is not).
  if (wanted && !asked) setAsked(true)
  return useQuery({ queryKey: CATALOGUE_KEY, queryFn: () => call('exercises.catalogue', {}), select: unpackCatalogue, enabled: asked || wanted })
}

export interface LocalList {
  items: CatalogueEntry[]
  total: number
  excludedByLimitations: number
  /** How many the library holds with nothing narrowing it (hidden and archived ones left out). */
  everything: number
}

/**
 * The list the core's exercises.list would give (same rules: src/shared/exercise-search.ts), worked out
 * from the catalogue; null until it is here, or while a chosen client is not (their equipment, level and
 * limitations are part of "fits"), so the screen asks the core meanwhile.
 */
export function useLocalList(catalogue: CatalogueEntry[] | undefined, query: ExerciseListQuery, fitsClient: Client | undefined): LocalList | null {
  const needsClient = Boolean(query.fitsClientId)
  const fits = useMemo(() => (needsClient && fitsClient ? fitsRulesOf(fitsClient) : null), [needsClient, fitsClient])
  const everything = useMemo(() => catalogue?.reduce((n, e) => (e.hidden || e.archived ? n : n + 1), 0) ?? 0, [catalogue])
  const index = useWordIndex(catalogue)
  return useMemo(() => {
    if (!catalogue || (needsClient && !fits)) return null
    // Until the index of this catalogue is built, the typed words are matched by a scan (same answers).
    const match = index?.entries === catalogue ? indexedMatcher(index, query.query ?? '') : undefined
    const { items, excludedByLimitations } = searchCatalogue(catalogue, query, fits, match)
    return { items, total: items.length, excludedByLimitations, everything }
  }, [catalogue, query, needsClient, fits, everything, index])
}

/**
 * The catalogue's word index, built in slices while the page is idle after the catalogue arrives (10-30
 * ms of work at 2,000 exercises), so neither the first list nor a key typed meanwhile waits for more
 * than a slice; until it is done, typed words are matched by a scan (same answers).
 */
function useWordIndex(catalogue: CatalogueEntry[] | undefined): CatalogueWordIndex | null {
  const [index, setIndex] = useState<CatalogueWordIndex | null>(null)
  useEffect(() => {
    if (!catalogue) return
    const builder = wordIndexBuilder(catalogue)
    let cancel = () => {}
    const slice = (budgetMs: number) => {
      if (!builder.step(budgetMs)) return schedule()
      const built = builder.index()
      // One search now, while idle: the first keystroke then runs compiled code rather than paying
      // for compiling the matcher and the selection (a few ms of the first key after opening).
      searchCatalogue(catalogue, { query: 'a' }, null, indexedMatcher(built, 'a'))
      setIndex(built)
    }
    const schedule = () => {
      if (typeof requestIdleCallback === 'function') {
        const handle = requestIdleCallback((deadline) => slice(Math.max(1, Math.min(3, deadline.timeRemaining()))), { timeout: 500 })
        cancel = () => cancelIdleCallback(handle)
      } else {
        const timer = setTimeout(() => slice(3), 10)
        cancel = () => clearTimeout(timer)
      }
    }
    schedule()
    return () => cancel()
  }, [catalogue])
  return index
}
