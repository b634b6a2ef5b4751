// Progress scenarios: a client's progress page over 5 years of logs (about 25,000 sets), and one
// exercise's 1RM series in a store of 1,000,000 sets, against the raw SQL it runs.
// Data is seeded and written with prepared inserts in one transaction per store (the same figures
// the core computes at save, and records marked through the core's own code), so it builds fast.
// Run alone: npx tsx bench/progress.ts

import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type Database from 'better-sqlite3'
import { createCore, type Core } from '../src/main/core/index'
import { builtinId } from '../src/main/core/exercises/service'
import { BUILTIN_EXERCISES } from '../src/main/core/library/exercises'
import { createLogsRepo } from '../src/main/core/logs/repo'
import { refreshRecords } from '../src/main/core/logs/records'
import { newId } from '../src/main/core/ids'
import { builtinTemplateId } from '../src/main/core/programs/builtin-templates'
import { BUILTIN_MEASUREMENT_TYPES } from '../src/shared/measurements'
import { addDays } from '../src/shared/program-document'
import { entryFigures, type SetValues } from '../src/shared/progress-maths'
import type { Result } from './core-scenarios'
import { figures, ms, sample } from './stats'

const CLIENT_PAGE_BUDGET_MS = 200
const SERIES_BUDGET_MS = 5
const FIRST_DAY = '2021-01-04' // a Monday
const WEEKS = 260 // five years
const SESSIONS_PER_WEEK = 3
const EXERCISES_PER_SESSION = 8
const SETS_PER_EXERCISE = 4 // 260 × 3 × 8 × 4 = 24,960 sets a client
const AS_OF = addDays(FIRST_DAY, WEEKS * 7)

/** CPU time (user + system) of each call, in ms: what the work costs without the wait for a core on a busy machine. */
async function cpuSamples(runs: number, fn: () => unknown): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage()
    await fn()
    const used = process.cpuUsage(before)
    out.push((used.user + used.system) / 1000)
  }
  return out
}

/** Small seeded generator (mulberry32): the same store every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const REP_EXERCISES = BUILTIN_EXERCISES.filter((e) => e.measurement === 'reps').map((e) => builtinId(e.key))

async function value<T>(core: Core, method: string, input: unknown): Promise<T> {
  const envelope = await core.call(method, input)
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error.message}`)
  return envelope.value as T
}

/** Five years of training for one client: 3 sessions a week, 8 exercises of 4 sets, loads creeping up. */
function writeClientHistory(db: Database.Database, clientId: string, seed: number): number {
  const random = seeded(seed)
  const now = new Date().toISOString()
  const insertLog = db.prepare(`INSERT INTO session_logs (id, client_id, title, date, start_time, duration_minutes, effort, notes, created_at, updated_at)
    VALUES (?, ?, ?, ?, '07:30', 55, ?, '', ?, ?)`)
  const insertEntry = db.prepare(`INSERT INTO log_entries (id, log_id, client_id, date, position, exercise_id, item_id, label, notes, sets_done, best_set_id,
      best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, '', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`)
  const insertSet = db.prepare(`INSERT INTO log_sets (id, entry_id, log_id, position, target, reps, load_kg, hold_seconds, duration_seconds, distance_m, rpe, status,
      created_at, updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?)`)
  const insertWeight = db.prepare('INSERT INTO measurements (id, client_id, type_id, date, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, \'\', ?, ?)')
  const start = Math.floor(random() * REP_EXERCISES.length)
  const pool = Array.from({ length: 16 }, (_, i) => REP_EXERCISES[(start + i) % REP_EXERCISES.length]!)
  const baseLoad = pool.map(() => 20 + Math.round(random() * 60))
  let sets = 0
  for (let week = 0; week < WEEKS; week++) {
    insertWeight.run(newId(), clientId, BUILTIN_MEASUREMENT_TYPES[0]!.id, addDays(FIRST_DAY, week * 7), 80 - week * 0.02 + random(), now, now)
    for (let s = 0; s < SESSIONS_PER_WEEK; s++) {
      const date = addDays(FIRST_DAY, week * 7 + s * 2)
      const logId = newId()
      insertLog.run(logId, clientId, `Session ${'ABC'[s]}`, date, 6 + Math.floor(random() * 4), now, now)
      for (let e = 0; e < EXERCISES_PER_SESSION; e++) {
        const slot = (s * 5 + e) % pool.length
        const exerciseId = pool[slot]!
        const load = Math.round((baseLoad[slot]! * (1 + week / 200) + random() * 5) * 4) / 4
        const values: SetValues[] = Array.from({ length: SETS_PER_EXERCISE }, () => ({
          reps: 4 + Math.floor(random() * 9),
          loadKg: load,
          holdSeconds: null,
          durationSeconds: null,
          distanceM: null,
          status: random() < 0.05 ? 'skipped' : 'done'
        }))
        const f = entryFigures(values, 'reps')
        const entryId = newId()
        const setIds = values.map(() => newId())
        insertEntry.run(entryId, logId, clientId, date, e, exerciseId, f.setsDone, f.bestIndex === null ? null : setIds[f.bestIndex], f.bestLoadKg, f.bestReps, f.bestOther, f.e1rmKg, f.volumeKg, now, now)
        values.forEach((v, i) => insertSet.run(setIds[i], entryId, logId, i, v.reps, v.loadKg, 7 + Math.floor(random() * 3), v.status, now, now))
        sets += values.length
      }
    }
  }
  const repo = createLogsRepo(db)
  for (const exerciseId of new Set(pool)) refreshRecords(repo, clientId, exerciseId)
  return sets
}

/** A store with `clients` clients of five years each; returns their ids and how long the build took. */
export async function buildStore(dataDir: string, clients: number): Promise<{ ids: string[]; sets: number; buildMs: number }> {
  const started = performance.now()
  const core = createCore({ dataDir })
  try {
    const ids: string[] = []
    for (let c = 0; c < clients; c++) {
      const client = await value<{ id: string }>(core, 'clients.create', { name: `Bench Client ${c + 1}`, weightKg: 80, weightGoal: { targetKg: 74, weeklyRate: { amount: -0.25, unit: 'kg' } } })
      ids.push(client.id)
    }
    const { db } = core.context
    let sets = 0
    db.transaction(() => {
      ids.forEach((id, c) => (sets += writeClientHistory(db, id, 1000 + c)))
    })()
    // A current program, so the page shows adherence and the expected course as in real use.
    await value(core, 'programs.assign', { programId: builtinTemplateId('twelve-week-back-of-thigh-routine'), clientId: ids[0], startDate: addDays(AS_OF, -30), weekdays: [1, 3, 5] })
    db.pragma('optimize')
    return { ids, sets, buildMs: performance.now() - started }
  } finally {
    core.close()
  }
}

export async function progressScenarios(runs: number): Promise<Result[]> {
  const work = mkdtempSync(join(tmpdir(), 'spotter-bench-progress-'))
  const results: Result[] = []
  try {
    // 1. One client's progress page over five years.
    const oneDir = join(work, 'one-client')
    const one = await buildStore(oneDir, 1)
    results.push({ scenario: `build: 1 client, 5 years, ${one.sets.toLocaleString('en')} sets (prepared inserts, one transaction)`, figures: figures([one.buildMs]) })
    let core = createCore({ dataDir: oneDir })
    try {
      const input = { clientId: one.ids[0], asOf: AS_OF }
      const page = await value<{ exercises: unknown[]; adherence: unknown[]; weeklyVolume: unknown[] }>(core, 'progress.client', input)
      const samples = await sample(Math.min(runs, 50), () => core.call('progress.client', input), 5)
      const cpu = figures(await cpuSamples(Math.min(runs, 50), () => core.call('progress.client', input)))
      results.push({
        scenario: `progress.client, 5 years (${one.sets.toLocaleString('en')} sets, ${page.exercises.length} exercises, ${page.weeklyVolume.length} weeks)`,
        figures: figures(samples),
        budgetMs: CLIENT_PAGE_BUDGET_MS,
        note: `CPU time per call median ${ms(cpu.median)}, p95 ${ms(cpu.p95)}`
      })
      // Saving one more session into that history: validation, the rows, and records refreshed for its exercises.
      const exerciseIds = core.context.db.prepare('SELECT DISTINCT exercise_id FROM log_entries LIMIT 8').pluck().all() as string[]
      const session = {
        clientId: one.ids[0],
        date: AS_OF,
        entries: exerciseIds.map((exerciseId) => ({ exerciseId, sets: [1, 2, 3, 4].map((i) => ({ reps: 8, loadKg: 40 + i * 2.5, status: 'done' })) }))
      }
      const saves = await sample(Math.min(runs, 30), () => value(core, 'logs.save', session), 2)
      results.push({ scenario: 'logs.save, 8 exercises × 4 sets, into 5 years of history (one durable commit each)', figures: figures(saves) })
      const deleting = performance.now()
      await value(core, 'clients.delete', { id: one.ids[0], confirm: true })
      results.push({ scenario: 'clients.delete of that client (every log, set and weigh-in erased with a tombstone)', figures: figures([performance.now() - deleting]) })
    } finally {
      core.close()
    }

    // 2. One exercise's series in a store of a million sets (40 clients × 24,960).
    const bigDir = join(work, 'million')
    const big = await buildStore(bigDir, 40)
    results.push({ scenario: `build: 40 clients, ${big.sets.toLocaleString('en')} sets (prepared inserts, one transaction)`, figures: figures([big.buildMs]) })
    core = createCore({ dataDir: bigDir })
    try {
      const { db } = core.context
      const pairs = db
        .prepare('SELECT DISTINCT client_id, exercise_id FROM log_entries ORDER BY client_id, exercise_id')
        .all() as { client_id: string; exercise_id: string }[]
      const random = seeded(7)
      const pick = () => pairs[Math.floor(random() * pairs.length)]!
      const raw = db.prepare(`SELECT rowid, log_id, date, exercise_id, sets_done, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records
        FROM log_entries WHERE client_id = ? AND exercise_id = ? ORDER BY date, log_id`)
      const points = (await value<{ points: unknown[] }>(core, 'progress.exerciseSeries', { clientId: pairs[0]!.client_id, exerciseId: pairs[0]!.exercise_id })).points.length
      const callSamples = await sample(runs, () => {
        const p = pick()
        return core.call('progress.exerciseSeries', { clientId: p.client_id, exerciseId: p.exercise_id })
      })
      const rawSamples = await sample(runs, () => {
        const p = pick()
        return raw.all(p.client_id, p.exercise_id)
      })
      const call = figures(callSamples)
      const peer = figures(rawSamples)
      const cpu = figures(
        await cpuSamples(runs, () => {
          const p = pick()
          return core.call('progress.exerciseSeries', { clientId: p.client_id, exerciseId: p.exercise_id })
        })
      )
      results.push({
        scenario: `progress.exerciseSeries, ${big.sets.toLocaleString('en')} sets in the store (~${points} sessions per series)`,
        figures: call,
        budgetMs: SERIES_BUDGET_MS,
        peerRatio: call.median / peer.median,
        note: `raw SQL median ${ms(peer.median)}, p95 ${ms(peer.p95)}; CPU time per call median ${ms(cpu.median)}, p95 ${ms(cpu.p95)}`
      })
      const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT rowid, log_id, date, exercise_id, sets_done, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records
        FROM log_entries WHERE client_id = ? AND exercise_id = ? ORDER BY date, log_id`).all('x', 'y') as { detail: string }[]
      results.push({ scenario: 'exerciseSeries query plan', figures: figures([]), note: plan.map((p) => p.detail).join('; ') })
    } finally {
      core.close()
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return results
}

async function main(): Promise<void> {
  const results = await progressScenarios(Number(process.env.SPOTTER_BENCH_RUNS ?? 200))
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`)
  for (const r of results) {
    const budget = r.budgetMs === undefined ? '' : `  budget p95 ≤ ${ms(r.budgetMs)}: ${r.figures.p95 <= r.budgetMs ? 'ok' : 'OVER'}`
    const ratio = r.peerRatio === undefined ? '' : `  ${r.peerRatio.toFixed(2)}× raw SQL`
    const shown = r.figures.runs > 0 ? `median ${ms(r.figures.median)}  p95 ${ms(r.figures.p95)} (${r.figures.runs} runs)` : ''
    console.log(`${r.scenario}\n  ${shown}${budget}${ratio}${r.note ? `\n  ${r.note}` : ''}`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
