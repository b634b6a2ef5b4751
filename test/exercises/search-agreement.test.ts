import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fitsRulesOf, searchCatalogue, unpackCatalogue, type CatalogueEntry } from '../../src/shared/exercise-search'
import { buildWordIndex, indexedMatcher, type CatalogueWordIndex } from '../../src/shared/exercise-word-index'
import type { ExerciseListQuery, ExerciseSummary } from '../../src/shared/exercises'
import type { Client } from '../../src/shared/clients'
import { openLongLivedCore, tempDir, type TestCore } from '../helpers/store'

// The library screen answers search-as-you-type from exercises.catalogue with src/shared/exercise-search.ts;
// exercises.list answers with SQLite's FTS5. A trainer must see the same exercises in the same order
// either way, so every query here is asked of both and the ids compared, in order.

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

/** Deterministic, so a failure names the same library every run. */
function seeded(seed: number) {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

const NAME_WORDS = ['Zoë', 'élan', 'Łódź', 'Straße', 'single-leg', "farmer's", '90/90', 'Nordic', 'tempo', 'curl', 'Hamstring', 'ÆRO', 'bridge', 'kneeling', 'café', 'slider', 'wall', 'sit']
const CUE_WORDS = ['brace', 'breathe out', 'knees soft', 'hips high', 'résistance', 'slow—3 s', 'exhale', 'ribs down', 'Tür', 'drive']
const ALIASES = ['RDL', 'good morning', 'Glute-ham raise', 'Ñandú hop', 'calf press']

async function genericLibrary(t: TestCore, size: number): Promise<void> {
  const random = seeded(7)
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const builtins = (await t.value('exercises.list', { limit: 500 })).items
  const full = await Promise.all(builtins.map((b) => t.value('exercises.get', { id: b.id })))
  t.db.exec('BEGIN')
  for (let i = builtins.length; i < size; i++) {
    const base = pick(full).content
    const words = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(NAME_WORDS))
    const created = await t.value('exercises.create', {
      ...base,
      name: `${words.join(' ')} ${base.name} ${i}`,
      aliases: random() < 0.3 ? [pick(ALIASES)] : base.aliases,
      cues: random() < 0.5 ? [...base.cues.slice(0, 2), `${pick(CUE_WORDS)}, ${pick(CUE_WORDS)}`] : base.cues
    })
    if (i % 97 === 0) await t.value('exercises.archive', { id: created.id })
    if (i % 131 === 0) await t.value('exercises.setImage', { id: created.id, mimeType: 'image/png', dataBase64: PNG })
  }
  t.db.exec('COMMIT')
}

async function hideSomeBuiltins(t: TestCore): Promise<void> {
  const builtins = (await t.value('exercises.list', { source: 'builtin', limit: 500 })).items
  for (const b of builtins.filter((_, i) => i % 9 === 0)) await t.value('exercises.hide', { id: b.id })
}

async function coreIds(t: TestCore, query: ExerciseListQuery): Promise<{ ids: string[]; total: number; excluded: number }> {
  const ids: string[] = []
  for (;;) {
    const page = await t.value('exercises.list', { ...query, limit: 500, offset: ids.length })
    ids.push(...page.items.map((i: ExerciseSummary) => i.id))
    if (page.items.length === 0 || ids.length >= page.total) return { ids, total: page.total, excluded: page.excludedByLimitations }
  }
}

/** Prefixes of real words, several words at once, accents and punctuation, misses. */
function queriesFor(catalogue: CatalogueEntry[]): string[] {
  const random = seeded(11)
  const words = [...new Set(catalogue.flatMap((e) => `${e.nameWords} ${e.otherWords}`.split(' ')))].sort()
  const queries = new Set(['', '   ', 'h', 'ha', 'ham', 'hamstring cu', 'HAMSTRING CURL', 'zoe', 'Zoë', 'ZOË', 'lodz', 'Łó', 'strasse', 'straß', 'aero', 'æ'])
  for (const q of ['cafe', 'café', 'resist', 'résistance', 'nandu', 'ñan', 'tur', 'tür', '90', '90/9', 'farmer', "farmer's", 'farmers', 'single-leg', 'single leg', 'leg-single'])
    queries.add(q)
  for (const q of ['semitendinosus', 'gastrocnémius', 'biceps fem', 'lower back', 'lower-back', 'breathe out', 'brace', 'glute ham', 'rdl', 'wall sit', 'xyz', 'curl zzz', '—', '"ham"', 'ham*', 'ham OR curl', 'NOT curl', 'curl NEAR ham'])
    queries.add(q)
  for (let i = 0; i < 120; i++) {
    const word = words[Math.floor(random() * words.length)]!
    queries.add(word.slice(0, 1 + Math.floor(random() * word.length)))
    const second = words[Math.floor(random() * words.length)]!
    if (i % 3 === 0) queries.add(`${word.slice(0, 3)} ${second.slice(0, 2)}`)
  }
  return [...queries]
}

const FILTERS: ExerciseListQuery[] = [
  {},
  { muscleGroup: 'calves' },
  { muscleGroup: 'hamstrings', level: 'beginner' },
  { equipment: 'none' },
  { equipment: 'mat', setting: 'home' },
  { setting: 'gym', category: 'strength' },
  { category: 'cool-down' },
  { source: 'builtin', includeHidden: true },
  { source: 'custom', includeArchived: true },
  { includeHidden: true, includeArchived: true, level: 'advanced' }
]

describe.each([
  ['the shipped library', 0],
  ['a generated library of 2,000 exercises', 2_000]
])('searching %s in the screen agrees with exercises.list', (_label, size) => {
  let t: TestCore
  let catalogue: CatalogueEntry[]
  let index: CatalogueWordIndex
  let client: Client

  beforeAll(async () => {
    t = openLongLivedCore(tempDir())
    if (size > 0) await genericLibrary(t, size)
    await hideSomeBuiltins(t)
    catalogue = unpackCatalogue(await t.value('exercises.catalogue', {}))
    index = buildWordIndex(catalogue)
    client = await t.value('clients.create', {
      name: 'Home Beginner',
      level: 'intermediate',
      trainingLocation: 'home',
      equipment: ['mat', 'chair', 'resistance-bands'],
      limitations: [{ area: 'knee', note: 'sore' }]
    })
  }, 120_000)
  afterAll(() => t.close())

  it('holds every exercise, hidden and archived ones flagged', async () => {
    const everything = await coreIds(t, { includeHidden: true, includeArchived: true })
    expect(catalogue.map((e) => e.id)).toEqual(everything.ids)
    expect(catalogue.some((e) => e.hidden)).toBe(true)
    if (size > 0) expect(catalogue.filter((e) => e.archived).length).toBeGreaterThan(10)
  })

  it('gives the same ids in the same order for every query and filter', async () => {
    const queries = queriesFor(catalogue)
    let compared = 0
    let nonEmpty = 0
    for (const filter of FILTERS) {
      for (const query of queries) {
        const input = { ...filter, query }
        const expected = await coreIds(t, input)
        const local = searchCatalogue(catalogue, input, null)
        expect(local.items.map((e) => e.id), JSON.stringify(input)).toEqual(expected.ids)
        // The screen's word index gives the same answers as the scan and the core.
        const indexed = searchCatalogue(catalogue, input, null, indexedMatcher(index, query))
        expect(indexed.items.map((e) => e.id), `indexed ${JSON.stringify(input)}`).toEqual(expected.ids)
        compared++
        if (expected.total > 0) nonEmpty++
      }
    }
    // Most queries find something, so the agreement is not about empty lists.
    expect(nonEmpty).toBeGreaterThan(compared / 2)
  }, 120_000)

  it('agrees on "fits this client", including how many their limitations left out', async () => {
    const fits = fitsRulesOf(client)
    for (const query of ['', 'ham', 'curl', 'bridge', 'cal', 'stretch']) {
      for (const filter of FILTERS.slice(0, 5)) {
        const input = { ...filter, query, fitsClientId: client.id }
        const expected = await coreIds(t, input)
        const local = searchCatalogue(catalogue, input, fits)
        expect(local.items.map((e) => e.id), JSON.stringify(input)).toEqual(expected.ids)
        expect(local.excludedByLimitations).toBe(expected.excluded)
        const indexed = searchCatalogue(catalogue, input, fits, indexedMatcher(index, query))
        expect(indexed.items.map((e) => e.id), `indexed ${JSON.stringify(input)}`).toEqual(expected.ids)
        expect(indexed.excludedByLimitations).toBe(expected.excluded)
      }
    }
    expect((await coreIds(t, { fitsClientId: client.id })).excluded).toBeGreaterThan(0)
  })

  it('shows rows exactly as exercises.list sends them', async () => {
    const page = await t.value('exercises.list', { query: 'curl', limit: 20 })
    const local = searchCatalogue(catalogue, { query: 'curl' }, null).items.slice(0, 20)
    for (const [i, row] of page.items.entries()) expect(local[i]).toMatchObject(row)
  })
})
