import type { ExerciseSummary } from '../../../shared/exercises'
import { catalogueWords, packCatalogue, selectExercises, summaryOf, type ExerciseCatalogue, type ExerciseFilter } from '../../../shared/exercise-search'
import type { CatalogEntry } from './repo'

// Filtering and ordering the library. FTS5 finds which exercises match the typed words; the rest
// (filters, "fits this client", name matches first) runs over the cached catalog, which keeps a
// search under the 2 ms budget at 2,000 exercises where the same work in SQL took 3-6 ms. The rules
// are src/shared/exercise-search.ts, which the library screen runs too over exercises.catalogue.

export interface CatalogFilter extends ExerciseFilter {
  limit: number
  offset: number
}

export interface CatalogPage {
  items: ExerciseSummary[]
  total: number
  excludedByLimitations: number
}

/**
 * `matches` are the search keys FTS5 found (null: no search typed); `nameMatches` those found in the
 * name or aliases, which come first. The catalog is already in name order.
 */
export function selectFromCatalog(
  catalog: readonly CatalogEntry[],
  filter: CatalogFilter,
  matches: Set<number> | null,
  nameMatches: Set<number> | null
): CatalogPage {
  const match = matches && ((e: CatalogEntry) => (nameMatches?.has(e.searchKey) ? 2 : matches.has(e.searchKey) ? 1 : 0))
  const { items, excludedByLimitations } = selectExercises(catalog, filter, match)
  return { items: items.slice(filter.offset, filter.offset + filter.limit).map(summaryOf), total: items.length, excludedByLimitations }
}

/** The catalogue the library screen searches itself: each entry's row, filter fields and search words. */
export function catalogueOf(catalog: readonly CatalogEntry[], columns: Map<string, [string, string, string, string]>): ExerciseCatalogue {
  return packCatalogue(
    catalog.map((e) => ({ ...summaryOf(e), cautionAreas: e.cautionAreas, ...catalogueWords(columns.get(e.id) ?? ['', '', '', '']) }))
  )
}
