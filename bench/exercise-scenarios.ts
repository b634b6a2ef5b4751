// Exercise library scenarios: search and filters over 2,000 exercises (the built-ins plus generated ones).

import { createCore, type Core } from '../src/main/core/index'
import type { Exercise, ExerciseListQuery } from '../src/shared/exercises'
import type { Result } from './core-scenarios'
import { figures, sample } from './stats'

export const LIBRARY_SIZE = 2_000
const SEARCH_BUDGET_MS = 2

const VARIANTS = ['tempo', 'paused', 'banded', 'single-arm', 'offset', 'deficit', 'elevated', 'slow eccentric', 'isometric', 'pulse']

/** Fills a store's library up to LIBRARY_SIZE with custom exercises derived from the built-ins (seeded order). */
export async function buildLibrary(dataDir: string): Promise<void> {
  const core = createCore({ dataDir })
  try {
    const list = await core.call('exercises.list', { limit: 500 })
    if (!list.ok) throw new Error(list.error.message)
    const builtins = (list.value as { items: { id: string }[] }).items
    const full: Exercise[] = []
    for (const { id } of builtins) {
      const got = await core.call('exercises.get', { id })
      if (got.ok) full.push(got.value as Exercise)
    }
    const { db } = core.context
    const missing = LIBRARY_SIZE - builtins.length
    db.exec('BEGIN')
    for (let i = 0; i < missing; i++) {
      const base = full[i % full.length]!
      const variant = VARIANTS[Math.floor(i / full.length) % VARIANTS.length]!
      const created = await core.call('exercises.create', { ...base.content, name: `${base.content.name}, ${variant} ${i}` })
      if (!created.ok) throw new Error(created.error.message)
    }
    db.exec('COMMIT')
  } finally {
    core.close()
  }
}

const QUERIES: { label: string; input: ExerciseListQuery }[] = [
  { label: 'search "ham" (first keystrokes)', input: { query: 'ham' } },
  { label: 'search "hamstring curl"', input: { query: 'hamstring curl' } },
  { label: 'search by muscle "semitendinosus"', input: { query: 'semitendinosus' } },
  { label: 'search by cue "breathe out"', input: { query: 'breathe out' } },
  { label: 'filter calves + home + beginner', input: { muscleGroup: 'calves', setting: 'home', level: 'beginner' } },
  { label: 'filter no equipment, strength', input: { equipment: 'none', category: 'strength' } },
  { label: 'search "lunge" + glutes filter', input: { query: 'lunge', muscleGroup: 'glutes' } }
]

export async function exerciseScenarios(dataDir: string, runs: number): Promise<Result[]> {
  const core: Core = createCore({ dataDir })
  try {
    const client = await core.call('clients.create', {
      name: 'Bench Home Beginner',
      level: 'beginner',
      trainingLocation: 'home',
      equipment: ['mat', 'chair', 'step'],
      limitations: [{ area: 'knee', note: 'bench' }]
    })
    if (!client.ok) throw new Error(client.error.message)
    const queries = [...QUERIES, { label: 'fits a home beginner with a knee limitation', input: { fitsClientId: (client.value as { id: string }).id } }]
    const results: Result[] = []
    for (const { label, input } of queries) {
      const first = await core.call('exercises.list', input)
      if (!first.ok) throw new Error(`${label}: ${first.error.message}`)
      const found = (first.value as { total: number }).total
      const samples = await sample(runs, () => core.call('exercises.list', input))
      results.push({ scenario: `exercises.list ${label} (${found} of ${LIBRARY_SIZE})`, figures: figures(samples), budgetMs: SEARCH_BUDGET_MS })
    }
    return results
  } finally {
    core.close()
  }
}
