import { z } from 'zod'
import { ExerciseSummary, type ExerciseListQuery } from './exercises'
import { foldText } from './text'
import { BODY_AREAS, type BodyArea, type Equipment, type TrainingLevel, type TrainingLocation } from './vocabulary'

// Searching and filtering the exercise library, shared by the core (exercises.list, where SQLite's FTS5
// finds the matching words) and the library screen (which answers search-as-you-type from the catalogue
// the core sends once, so a keystroke never waits on a round trip). test/exercises/search-agreement.test.ts
// checks that both give the same exercises in the same order.

/** One exercise as the library screen needs it: its row, what the filters read, and its search words. */
export interface CatalogueEntry extends ExerciseSummary {
  /** Body areas of its cautions, for "fits this client" (a client's limitation in one of them leaves it out). */
  cautionAreas: BodyArea[]
  /** Folded words of its name and aliases, each once, separated by spaces (a search matching only these ranks first). */
  nameWords: string
  /** Folded words of its muscles and cues not already in nameWords, separated by spaces. */
  otherWords: string
}

/**
 * Every exercise (hidden and archived included, flagged), in the order exercises.list gives them. Sent
 * compact: an entry's otherWords is an index into `texts`, since copies and variants share their cues
 * (2,000 exercises made from the built-ins: 1.3 MB of JSON with the text in each entry).
 */
export const ExerciseCatalogue = z.object({
  texts: z.array(z.string()),
  items: z.array(ExerciseSummary.extend({ cautionAreas: z.array(z.enum(BODY_AREAS)), nameWords: z.string(), otherWords: z.int().min(0) }))
})
export type ExerciseCatalogue = z.infer<typeof ExerciseCatalogue>

/** Packs entries for sending: each distinct otherWords text once. */
export function packCatalogue(entries: readonly CatalogueEntry[]): ExerciseCatalogue {
  const index = new Map<string, number>()
  const texts: string[] = []
  const items = entries.map((e) => {
    let at = index.get(e.otherWords)
    if (at === undefined) {
      at = texts.push(e.otherWords) - 1
      index.set(e.otherWords, at)
    }
    return { ...e, otherWords: at }
  })
  return { texts, items }
}

/** The entries back from what packCatalogue sent. */
export function unpackCatalogue(catalogue: ExerciseCatalogue): CatalogueEntry[] {
  return catalogue.items.map((e) => ({ ...e, otherWords: catalogue.texts[e.otherWords] ?? '' }))
}

export const LEVEL_RANK: Record<TrainingLevel, number> = { beginner: 1, intermediate: 2, advanced: 3 }
const SETTINGS_FOR_LOCATION: Record<TrainingLocation, readonly string[]> = { home: ['home', 'both'], gym: ['gym', 'both'], both: ['home', 'gym', 'both'] }

// As FTS5's unicode61 tokenizer splits (letters, digits and private-use characters make words), on text
// folded by foldText first, as the index is.
const NOT_WORD = /[^\p{L}\p{N}\p{Co}]+/u

/** The words of already folded text. */
export function wordsOf(folded: string): string[] {
  return folded.split(NOT_WORD).filter(Boolean)
}

/** What was typed as search terms: "Ham cur" -> ["ham", "cur"]; each must start a word of the exercise. */
export function searchTerms(query: string): string[] {
  return wordsOf(foldText(query))
}

/** nameWords and otherWords from the four folded search columns (name, aliases, muscles, cues) the index holds. */
export function catalogueWords(columns: readonly [string, string, string, string]): { nameWords: string; otherWords: string } {
  const names = new Set([...wordsOf(columns[0]), ...wordsOf(columns[1])])
  const others = new Set([...wordsOf(columns[2]), ...wordsOf(columns[3])].filter((w) => !names.has(w)))
  return { nameWords: [...names].join(' '), otherWords: [...others].join(' ') }
}

/** 0: not found; 1: found (in any words); 2: found in its name or aliases alone, which comes first. */
export type SearchMatch = 0 | 1 | 2

/**
 * A matcher for typed terms over catalogue entries: every term must start some word (FTS5 prefix terms,
 * all required), the name-only check as FTS5's `{name aliases}` column filter. Null when nothing is typed.
 */
export function termMatcher(query: string): ((entry: Pick<CatalogueEntry, 'nameWords' | 'otherWords'>) => SearchMatch) | null {
  const terms = searchTerms(query).map((t) => ({ start: t, inside: ` ${t}` }))
  if (terms.length === 0) return null
  // Words are separated by single spaces: a term starts a word where the text starts with it or has it
  // after a space. Tested in place, without building a string per exercise on every keystroke.
  const starts = (words: string, t: { start: string; inside: string }) => words.startsWith(t.start) || words.includes(t.inside)
  return (entry) => {
    if (terms.every((t) => starts(entry.nameWords, t))) return 2
    return terms.every((t) => starts(entry.nameWords, t) || starts(entry.otherWords, t)) ? 1 : 0
  }
}

export interface FitsRules {
  equipment: readonly Equipment[]
  levelRank: number
  settings: readonly string[]
  limitationAreas: readonly string[]
}

/** "Fits this client": only equipment they have, at or below their level, where they train. */
export function fitsRulesOf(client: {
  equipment: readonly Equipment[]
  level: TrainingLevel
  trainingLocation: TrainingLocation
  limitations: readonly { area: BodyArea }[]
}): FitsRules {
  return {
    equipment: client.equipment,
    levelRank: LEVEL_RANK[client.level],
    settings: SETTINGS_FOR_LOCATION[client.trainingLocation],
    limitationAreas: [...new Set(client.limitations.map((l) => l.area))]
  }
}

export interface ExerciseFilter {
  category?: string | null
  muscleGroup?: string | null
  equipment?: string | null
  level?: string | null
  setting?: 'home' | 'gym' | null
  source: 'all' | 'builtin' | 'custom'
  includeHidden: boolean
  includeArchived: boolean
  fits?: FitsRules | null
}

export interface Selection<E> {
  /** In list order: name or alias matches first, then the rest, each in the catalogue's (name) order. */
  items: E[]
  /** With fits: how many were left out only because a caution matches the client's limitations. */
  excludedByLimitations: number
}

/** Filters and orders the catalogue (already in name order); `match` null means no search typed. */
export function selectExercises<E extends ExerciseSummary & { cautionAreas: readonly string[] }>(
  catalogue: readonly E[],
  filter: ExerciseFilter,
  match: ((entry: E, position: number) => SearchMatch) | null
): Selection<E> {
  const fits = filter.fits
  const owned = fits ? new Set<string>(fits.equipment) : null
  const limited = fits && fits.limitationAreas.length > 0 ? new Set(fits.limitationAreas) : null
  const first: E[] = []
  const rest: E[] = []
  let excludedByLimitations = 0
  for (let position = 0; position < catalogue.length; position++) {
    const e = catalogue[position]!
    if (!filter.includeHidden && e.hidden) continue
    if (!filter.includeArchived && e.archived) continue
    if (filter.source === 'builtin' && !e.builtin) continue
    if (filter.source === 'custom' && e.builtin) continue
    if (filter.category && e.category !== filter.category) continue
    if (filter.level && e.level !== filter.level) continue
    if (filter.setting && e.setting !== filter.setting && e.setting !== 'both') continue
    if (filter.muscleGroup && !(e.muscleGroups as readonly string[]).includes(filter.muscleGroup)) continue
    if (filter.equipment === 'none' && e.equipment.length > 0) continue
    if (filter.equipment && filter.equipment !== 'none' && !(e.equipment as readonly string[]).includes(filter.equipment)) continue
    // Searched after the cheap checks: most keystrokes are typed with the filters left alone.
    const found: SearchMatch = match ? match(e, position) : 1
    if (found === 0) continue
    if (fits) {
      if (LEVEL_RANK[e.level] > fits.levelRank) continue
      if (!fits.settings.includes(e.setting)) continue
      if (!e.equipment.every((item) => owned!.has(item))) continue
      if (limited && e.cautionAreas.some((area) => limited.has(area))) {
        excludedByLimitations++
        continue
      }
    }
    ;(found === 2 ? first : rest).push(e)
  }
  return { items: first.length > 0 ? first.concat(rest) : rest, excludedByLimitations }
}

/** The list row of a catalogue entry (what exercises.list sends), without the search words. */
export function summaryOf(e: ExerciseSummary): ExerciseSummary {
  return {
    id: e.id,
    name: e.name,
    category: e.category,
    pattern: e.pattern,
    level: e.level,
    setting: e.setting,
    muscleGroups: e.muscleGroups,
    equipment: e.equipment,
    builtin: e.builtin,
    hidden: e.hidden,
    archived: e.archived,
    hasImage: e.hasImage
  }
}

/**
 * What exercises.list answers for a query, all pages at once, worked out from the catalogue: the same
 * rules, with the typed words matched here instead of by FTS5. `fits` from fitsRulesOf(the client).
 * `match` answers for the typed words; by default termMatcher (a scan), or an indexedMatcher over the
 * same catalogue (src/shared/exercise-word-index.ts), which gives the same answers faster.
 */
export function searchCatalogue<E extends CatalogueEntry>(
  catalogue: readonly E[],
  query: ExerciseListQuery,
  fits: FitsRules | null,
  match: ((entry: E, position: number) => SearchMatch) | null = termMatcher(query.query ?? '')
): Selection<E> {
  const filter: ExerciseFilter = {
    category: query.category,
    muscleGroup: query.muscleGroup,
    equipment: query.equipment,
    level: query.level,
    setting: query.setting,
    source: query.source ?? 'all',
    includeHidden: query.includeHidden ?? false,
    includeArchived: query.includeArchived ?? false,
    fits
  }
  return selectExercises(catalogue, filter, match)
}
