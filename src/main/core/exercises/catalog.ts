import type { ExerciseSummary } from '../../../shared/exercises'
import type { Equipment } from '../../../shared/vocabulary'
import type { CatalogEntry } from './repo'

// Filtering and ordering the library. FTS5 finds which exercises match the typed words; the rest
// (filters, "fits this client", name matches first) runs over the cached catalog, which keeps a
// search under the 2 ms budget at 2,000 exercises where the same work in SQL took 3-6 ms.

export interface CatalogFilter {
  category?: string | null
  muscleGroup?: string | null
  equipment?: string | null
  level?: string | null
  setting?: 'home' | 'gym' | null
  source: 'all' | 'builtin' | 'custom'
  includeHidden: boolean
  includeArchived: boolean
  /** "Fits this client": only equipment they have, at or below their level, where they train. */
  fits?: { equipment: Equipment[]; levelRank: number; settings: string[]; limitationAreas: string[] } | null
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
  const fits = filter.fits
  const owned = fits ? new Set<string>(fits.equipment) : null
  const limited = fits && fits.limitationAreas.length > 0 ? new Set(fits.limitationAreas) : null
  const first: ExerciseSummary[] = []
  const rest: ExerciseSummary[] = []
  let excludedByLimitations = 0
  for (const entry of catalog) {
    const e = entry.summary
    if (matches && !matches.has(entry.searchKey)) continue
    if (!filter.includeHidden && e.hidden) continue
    if (!filter.includeArchived && e.archived) continue
    if (filter.source === 'builtin' && !e.builtin) continue
    if (filter.source === 'custom' && e.builtin) continue
    if (filter.category && e.category !== filter.category) continue
    if (filter.level && e.level !== filter.level) continue
    if (filter.setting && e.setting !== filter.setting && e.setting !== 'both') continue
    if (filter.muscleGroup && !e.muscleGroups.includes(filter.muscleGroup as (typeof e.muscleGroups)[number])) continue
    if (filter.equipment === 'none' && e.equipment.length > 0) continue
    if (filter.equipment && filter.equipment !== 'none' && !e.equipment.includes(filter.equipment as Equipment)) continue
    if (fits) {
      if (entry.levelRank > fits.levelRank) continue
      if (!fits.settings.includes(e.setting)) continue
      if (!e.equipment.every((item) => owned!.has(item))) continue
      if (limited && entry.cautionAreas.some((area) => limited.has(area))) {
        excludedByLimitations++
        continue
      }
    }
    ;(nameMatches?.has(entry.searchKey) ? first : rest).push(e)
  }
  const all = first.length > 0 ? first.concat(rest) : rest
  return { items: all.slice(filter.offset, filter.offset + filter.limit), total: all.length, excludedByLimitations }
}
