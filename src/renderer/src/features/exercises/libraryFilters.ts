// The library's search and filters, and how they are written in the address (so Back and links restore them).

import { EXERCISE_CATEGORIES, MUSCLE_GROUPS, type ExerciseListQuery } from '../../../../shared/exercises'
import { EQUIPMENT, TRAINING_LEVELS } from '../../../../shared/vocabulary'

export interface LibraryFilter {
  query: string
  muscleGroup: (typeof MUSCLE_GROUPS)[number] | ''
  equipment: (typeof EQUIPMENT)[number] | 'none' | ''
  level: (typeof TRAINING_LEVELS)[number] | ''
  setting: 'home' | 'gym' | ''
  category: (typeof EXERCISE_CATEGORIES)[number] | ''
  source: 'all' | 'builtin' | 'custom'
  showHidden: boolean
  showArchived: boolean
  /** "Fits this client": the client's id, or '' for no client. */
  fits: string
}

export const NO_FILTER: LibraryFilter = {
  query: '',
  muscleGroup: '',
  equipment: '',
  level: '',
  setting: '',
  category: '',
  source: 'all',
  showHidden: false,
  showArchived: false,
  fits: ''
}

/** The name each filter has in the address. */
const PARAM: Record<keyof LibraryFilter, string> = {
  query: 'q',
  muscleGroup: 'group',
  equipment: 'equipment',
  level: 'level',
  setting: 'setting',
  category: 'category',
  source: 'source',
  showHidden: 'hidden',
  showArchived: 'archived',
  fits: 'fits'
}

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | '' {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : ''
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Reads the filter from the address; anything unknown (an old or hand-edited link) is ignored, not an error. */
export function filterFromParams(params: URLSearchParams): LibraryFilter {
  const source = params.get(PARAM.source)
  const fits = params.get(PARAM.fits) ?? ''
  return {
    query: params.get(PARAM.query) ?? '',
    muscleGroup: oneOf(MUSCLE_GROUPS, params.get(PARAM.muscleGroup)),
    equipment: oneOf([...EQUIPMENT, 'none'] as const, params.get(PARAM.equipment)),
    level: oneOf(TRAINING_LEVELS, params.get(PARAM.level)),
    setting: oneOf(['home', 'gym'] as const, params.get(PARAM.setting)),
    category: oneOf(EXERCISE_CATEGORIES, params.get(PARAM.category)),
    source: source === 'builtin' || source === 'custom' ? source : 'all',
    showHidden: params.get(PARAM.showHidden) === '1',
    showArchived: params.get(PARAM.showArchived) === '1',
    fits: UUID.test(fits) ? fits : ''
  }
}

/** Only what differs from "no filter" is written, so a plain library is a plain address. */
export function paramsFromFilter(filter: LibraryFilter): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of Object.keys(PARAM) as (keyof LibraryFilter)[]) {
    const value = key === 'query' ? filter.query.trim() : filter[key]
    if (value === NO_FILTER[key]) continue
    params.set(PARAM[key], typeof value === 'boolean' ? '1' : value)
  }
  return params
}

/** True when anything narrows the list (the search box included). */
export function isFiltered(filter: LibraryFilter): boolean {
  return paramsFromFilter({ ...filter, showHidden: false, showArchived: false }).size > 0
}

export function listQueryOf(filter: LibraryFilter): ExerciseListQuery {
  return {
    query: filter.query.trim().slice(0, 200),
    muscleGroup: filter.muscleGroup || null,
    equipment: filter.equipment || null,
    level: filter.level || null,
    setting: filter.setting || null,
    category: filter.category || null,
    source: filter.source,
    includeHidden: filter.showHidden,
    includeArchived: filter.showArchived,
    fitsClientId: filter.fits || null
  }
}

// The last library address, so "← Exercise library" on an exercise page returns to the same list.
let lastLibrarySearch = ''
export function rememberLibrarySearch(search: string): void {
  lastLibrarySearch = search
}
export function libraryPath(): string {
  return lastLibrarySearch ? `/exercises?${lastLibrarySearch}` : '/exercises'
}
