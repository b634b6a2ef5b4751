// The issue 8 datasets: "decade" (a busy trainer's ten years) and "studio" (ten times that), generated
// from a fixed seed so every machine and every run measures the same store.
//
// Clients go through the clients service (search index, sort keys); one 12-week x 3 x 10 program is
// made and saved through the core, so every JSON shape is the app's own; everything else is direct
// inserts in one transaction, copying that program's rows with fresh ids (fast: the decade store takes
// seconds, not the hours a million logged sets would take through calls).
// Generated stores are cached under the temp dir, keyed by dataset, seed, the migrations and the generator,
// so a rerun copies the file instead of generating it again.

import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { createCore } from '../src/main/core/index'
import { createClientsRepo } from '../src/main/core/clients/repo'
import { createClientsService } from '../src/main/core/clients/service'
import { createTombstonesRepo } from '../src/main/core/db/tombstones'
import { createLogsRepo } from '../src/main/core/logs/repo'
import { refreshRecords } from '../src/main/core/logs/records'
import { ClientInput } from '../src/shared/clients'
import { BUILTIN_MEASUREMENT_TYPES } from '../src/shared/measurements'
import { bigProgramDocument } from '../test/programs/big-program'
import { generateClients, prng } from './dataset'

export interface ScaleSpec {
  name: 'decade' | 'studio'
  clients: number
  /** Programs per client: the last is the one running now, the others finished in earlier years. */
  programsPerClient: number
  /** Logged sessions per client (5 exercises x 4 sets each: 20 set logs a session). */
  logsPerClient: number
  measurementsPerClient: number
}

export const DECADE: ScaleSpec = { name: 'decade', clients: 500, programsPerClient: 4, logsPerClient: 100, measurementsPerClient: 40 }
export const STUDIO: ScaleSpec = { name: 'studio', clients: 5_000, programsPerClient: 4, logsPerClient: 100, measurementsPerClient: 40 }

/** "Today" in the datasets, so dates, the dashboard and progress pages are the same on every run. */
export const ANCHOR_DATE = '2026-11-02'
const SEED = 20_161_102
const ENTRIES_PER_LOG = 5
const SETS_PER_ENTRY = 4
/** Training days (1 = Monday): clients alternate Mon/Wed/Fri and Tue/Thu/Sat, as a studio's diary fills. */
const TRAINING_DAYS = [
  [1, 3, 5],
  [2, 4, 6]
]
const DAY_MS = 86_400_000

const ROOT = fileURLToPath(new URL('..', import.meta.url))

export interface ScaleDataset {
  spec: ScaleSpec
  /** A data dir holding a private copy of the generated store (scenarios may write to it). */
  dataDir: string
  /** A client with a full history, and their current 12-week program. */
  sampleClientId: string
  sampleProgramId: string
  counts: Record<string, number>
  /** Generation time in ms, or null when the cached store was copied. */
  generatedMs: number | null
}

/** Deterministic ids in UUIDv7 layout (time-ordered prefix, version 7, RFC variant). */
function idMaker(random: () => number): () => string {
  let n = 0
  const hex = (value: number, width: number) => Math.floor(value).toString(16).padStart(width, '0').slice(-width)
  const base = Date.UTC(2016, 10, 2)
  return () => {
    const t = hex(base + n++, 12)
    const r = () => hex(random() * 0x10000, 4)
    return `${t.slice(0, 8)}-${t.slice(8)}-7${r().slice(1)}-${(8 + Math.floor(random() * 4)).toString(16)}${r().slice(1)}-${r()}${r()}${r()}`
  }
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`)

function cacheKey(spec: ScaleSpec): string {
  const hash = createHash('sha256')
  const migrations = join(ROOT, 'src', 'main', 'core', 'db', 'migrations')
  for (const file of readdirSync(migrations).sort()) hash.update(file).update(readFileSync(join(migrations, file)))
  // The generator's own code, not this whole file: an edit elsewhere here keeps the cached stores.
  hash.update(generate.toString()).update(JSON.stringify(TRAINING_DAYS))
  hash.update(JSON.stringify(spec)).update(String(SEED))
  return `${spec.name}-${SEED}-${hash.digest('hex').slice(0, 12)}`
}

interface Meta {
  sampleClientId: string
  sampleProgramId: string
  counts: Record<string, number>
}

/** Writes the store into `dir` (which must be empty). */
async function generate(spec: ScaleSpec, dir: string, log: (line: string) => void): Promise<Meta> {
  const random = prng(SEED)
  const newId = idMaker(random)
  const core = createCore({ dataDir: dir })
  const { db } = core.context
  try {
    log(`  ${spec.clients.toLocaleString('en')} clients through the clients service ...`)
    const service = createClientsService(db, createClientsRepo(db), createTombstonesRepo(db))
    const clientIds: string[] = []
    db.transaction(() => {
      for (const { input } of generateClients(spec.clients, SEED)) clientIds.push(service.create(ClientInput.parse(input)).id)
    })()

    // One program through the core: its rows are the pattern every generated program copies.
    const value = async (method: string, input: unknown) => {
      const answer = await core.call(method, input)
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
      return answer.value
    }
    const created = (await value('programs.create', { clientId: clientIds[0], name: 'Pattern', weeks: 1, sessionsPerWeek: 3 })) as { id: string; revision: number }
    await value('programs.save', { id: created.id, revision: created.revision, document: bigProgramDocument('Pattern') })
    const weeks = db.prepare('SELECT id, position, phase FROM program_weeks WHERE program_id = ? ORDER BY position').all(created.id) as { id: string; position: number; phase: string }[]
    const sessions = db.prepare('SELECT id, week_id, position, name FROM program_sessions WHERE program_id = ?').all(created.id) as { id: string; week_id: string; position: number; name: string }[]
    const items = db.prepare('SELECT session_id, block, position, exercise_id, prescription FROM program_items WHERE program_id = ? ORDER BY position').all(created.id) as {
      session_id: string
      block: string
      position: number
      exercise_id: string
      prescription: string
    }[]
    db.prepare('DELETE FROM programs WHERE id = ?').run(created.id)
    const mainExercises = [...new Set(items.filter((i) => i.block === 'main').map((i) => i.exercise_id))].slice(0, ENTRIES_PER_LOG)

    const insert = {
      program: db.prepare(`INSERT INTO programs (id, client_id, is_template, name, sort_name, goal, level, description, sessions_per_week, status, start_date, weekdays, revision, created_at, updated_at)
        VALUES (?, ?, 0, ?, ?, 'Stronger hamstrings', 'intermediate', '', 3, ?, ?, '[1,3,5]', 1, ?, ?)`),
      week: db.prepare('INSERT INTO program_weeks (id, program_id, position, phase, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)'),
      session: db.prepare('INSERT INTO program_sessions (id, program_id, week_id, position, name, weekday, lineage_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?)'),
      item: db.prepare(`INSERT INTO program_items (id, program_id, session_id, block, position, exercise_id, group_label, group_kind, prescription, lineage_id, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?, ?)`),
      scheduled: db.prepare('INSERT INTO scheduled_sessions (id, program_id, client_id, program_session_id, date, week_number, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      log: db.prepare(`INSERT INTO session_logs (id, client_id, program_id, scheduled_session_id, program_session_id, week_number, title, date, start_time, duration_minutes, effort, notes, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, '07:30', 55, ?, '', ?, ?)`),
      entry: db.prepare(`INSERT INTO log_entries (id, log_id, client_id, date, position, exercise_id, item_id, label, notes, sets_done, best_set_id, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, '', ?, ?, ?, ?, NULL, ?, ?, 0, ?, ?)`),
      set: db.prepare(`INSERT INTO log_sets (id, entry_id, log_id, position, target, reps, load_kg, hold_seconds, duration_seconds, distance_m, rpe, status, created_at, updated_at)
        VALUES (?, ?, ?, ?, NULL, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?)`),
      pain: db.prepare(`INSERT INTO pain_flags (id, client_id, log_id, set_id, area, note, resolved_at, resolution_note, created_at, updated_at)
        VALUES (?, ?, ?, NULL, ?, 'Felt it on the last set', ?, '', ?, ?)`),
      measurement: db.prepare('INSERT INTO measurements (id, client_id, type_id, date, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, \'\', ?, ?)')
    }

    log(`  ${(spec.clients * spec.programsPerClient).toLocaleString('en')} programs, ${(spec.clients * spec.logsPerClient * ENTRIES_PER_LOG * SETS_PER_ENTRY).toLocaleString('en')} set logs, ${(spec.clients * spec.measurementsPerClient).toLocaleString('en')} measurements (direct inserts, one transaction) ...`)
    const anchor = dayMs(ANCHOR_DATE)
    let sampleProgramId = ''
    db.transaction(() => {
      clientIds.forEach((clientId, c) => {
        // Program lengths: finished 12-week blocks, then the current one (enough past sessions for the logs).
        const lengths = [12, 12, 12, 12].slice(-spec.programsPerClient)
        const days = TRAINING_DAYS[c % TRAINING_DAYS.length]!
        // The current program started 2-5 weeks ago; earlier ones lie back in the decade with gaps between.
        let start = anchor - (14 + Math.floor(random() * 21)) * DAY_MS
        start -= ((start / DAY_MS + 3) % 7) * DAY_MS // a Monday (1970-01-01 was a Thursday)
        const starts: number[] = []
        for (let p = lengths.length - 1; p >= 0; p--) {
          starts[p] = start
          start -= (lengths[p - 1] ?? 0) * 7 * DAY_MS + Math.floor(random() * 80) * 7 * DAY_MS
        }
        const past: { date: string; programId: string; sessionId: string; scheduledId: string; week: number; name: string }[] = []
        lengths.forEach((length, p) => {
          const programId = newId()
          const current = p === lengths.length - 1
          const startIso = isoDay(starts[p]!)
          const created = `${startIso}T09:00:00.000Z`
          if (c === 0 && current) sampleProgramId = programId
          insert.program.run(programId, clientId, `Block ${p + 1}`, `block ${p + 1}`, current ? 'active' : 'completed', startIso, created, created)
          const sessionLineage = new Map<number, string>()
          const itemLineage = new Map<string, string>()
          for (const week of weeks.slice(0, length)) {
            const weekId = newId()
            insert.week.run(weekId, programId, week.position, week.phase, created, created)
            // A session's position counts across the whole program: its place in its week picks the weekday.
            sessions.filter((s) => s.week_id === week.id).forEach((session, inWeek) => {
              const sessionId = newId()
              if (!sessionLineage.has(session.position)) sessionLineage.set(session.position, newId())
              insert.session.run(sessionId, programId, weekId, session.position, session.name, sessionLineage.get(session.position), created, created)
              for (const item of items.filter((i) => i.session_id === session.id)) {
                const lineageKey = `${session.position}:${item.position}`
                if (!itemLineage.has(lineageKey)) itemLineage.set(lineageKey, newId())
                insert.item.run(newId(), programId, sessionId, item.block, item.position, item.exercise_id, item.prescription, itemLineage.get(lineageKey), created, created)
              }
              const date = starts[p]! + (week.position * 7 + (days[inWeek % days.length] ?? 1) - 1) * DAY_MS
              const scheduledId = newId()
              insert.scheduled.run(scheduledId, programId, clientId, sessionId, isoDay(date), week.position + 1, created, created)
              if (date < anchor) past.push({ date: isoDay(date), programId, sessionId, scheduledId, week: week.position + 1, name: session.name })
            })
          }
        })
        // The latest sessions are logged (a few missed along the way show as adherence).
        const logged = past.filter(() => random() > 0.04).slice(-spec.logsPerClient)
        const strength = 0.7 + random() * 0.8
        logged.forEach((session, l) => {
          const logId = newId()
          const at = `${session.date}T08:30:00.000Z`
          insert.log.run(logId, clientId, session.programId, session.scheduledId, session.sessionId, session.week, session.name, session.date, 5 + Math.floor(random() * 5), at, at)
          mainExercises.forEach((exerciseId, e) => {
            const entryId = newId()
            const load = Math.round((20 + e * 10) * strength * (1 + l / 150) * 2) / 2
            let best: { id: string; reps: number } | null = null
            let volume = 0
            let done = 0
            const setIds: [string, number, string][] = []
            for (let s = 0; s < SETS_PER_ENTRY; s++) {
              const setId = newId()
              const skipped = s === SETS_PER_ENTRY - 1 && random() < 0.08
              const reps = 8 + Math.floor(random() * 5)
              if (!skipped) {
                done++
                volume += reps * load
                if (!best || reps > best.reps) best = { id: setId, reps }
              }
              setIds.push([setId, reps, skipped ? 'skipped' : 'done'])
            }
            const reps = best?.reps ?? 0
            insert.entry.run(entryId, logId, clientId, session.date, e, exerciseId, done, best?.id ?? null, load, reps, Math.round(load * (1 + reps / 30) * 10) / 10, volume, at, at)
            setIds.forEach(([setId, setReps, status], s) => insert.set.run(setId, entryId, logId, s, setReps, load, 7 + (s % 3), status, at, at))
          })
          if (random() < 0.02) {
            const resolved = l < logged.length - 3 || random() < 0.5 ? `${session.date}T18:00:00.000Z` : null
            insert.pain.run(newId(), clientId, logId, pick(random, ['knee', 'lower back', 'hamstring']), resolved, at, at)
          }
        })
        // Measurements at regular intervals over the client's history, four kinds.
        const first = dayMs(logged[0]?.date ?? ANCHOR_DATE)
        const kinds = BUILTIN_MEASUREMENT_TYPES.slice(0, 4)
        const perKind = Math.ceil(spec.measurementsPerClient / kinds.length)
        let written = 0
        for (let k = 0; k < kinds.length && written < spec.measurementsPerClient; k++) {
          for (let m = 0; m < perKind && written < spec.measurementsPerClient; m++, written++) {
            const date = isoDay(first + Math.floor(((anchor - first) * m) / perKind))
            const value = [70 + random() * 20, 18 + random() * 10, 75 + random() * 20, 95 + random() * 15][k]!
            insert.measurement.run(newId(), clientId, kinds[k]!.id, date, Math.round(value * 10) / 10, `${date}T07:00:00.000Z`, `${date}T07:00:00.000Z`)
          }
        }
      })
    })()

    log('  personal-record bits (the logs service recomputes them after every save) ...')
    const logs = createLogsRepo(db)
    db.transaction(() => {
      for (const clientId of clientIds) for (const exerciseId of mainExercises) refreshRecords(logs, clientId, exerciseId)
    })()
    db.exec('ANALYZE')
    const counts: Record<string, number> = {}
    for (const table of ['clients', 'programs', 'program_items', 'scheduled_sessions', 'session_logs', 'log_entries', 'log_sets', 'measurements', 'pain_flags']) {
      counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n
    }
    return { sampleClientId: clientIds[0]!, sampleProgramId, counts }
  } finally {
    core.close()
  }
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T
}

/**
 * The dataset in a fresh data dir under `workDir`: generated once into the cache (the temp dir, or
 * SPOTTER_BENCH_CACHE), copied from it afterwards.
 */
export async function scaleDataset(spec: ScaleSpec, workDir: string, log: (line: string) => void = console.log): Promise<ScaleDataset> {
  const cacheRoot = process.env.SPOTTER_BENCH_CACHE ?? join(tmpdir(), 'spotter-bench-datasets')
  const cached = join(cacheRoot, cacheKey(spec))
  let generatedMs: number | null = null
  if (!existsSync(join(cached, 'meta.json'))) {
    const building = `${cached}.building-${process.pid}`
    rmSync(building, { recursive: true, force: true })
    mkdirSync(building, { recursive: true })
    log(`Generating the ${spec.name} dataset (cached afterwards in ${cacheRoot}) ...`)
    const start = performance.now()
    const meta = await generate(spec, building, log)
    generatedMs = performance.now() - start
    // Written last: its presence marks a complete store.
    writeFileSync(join(building, 'meta.json'), JSON.stringify(meta, null, 2))
    rmSync(cached, { recursive: true, force: true })
    renameSync(building, cached)
    // Stores of an older schema or generator are of no more use (the decade store is about 1 GB).
    for (const old of readdirSync(cacheRoot)) if (old.startsWith(`${spec.name}-`) && join(cacheRoot, old) !== cached && !old.includes('.building-')) rmSync(join(cacheRoot, old), { recursive: true, force: true })
  }
  const meta = JSON.parse(readFileSync(join(cached, 'meta.json'), 'utf8')) as Meta
  const dataDir = join(workDir, spec.name)
  mkdirSync(dataDir, { recursive: true })
  for (const file of readdirSync(cached)) if (file.startsWith('spotter.db') && !file.endsWith('-shm')) copyFileSync(join(cached, file), join(dataDir, file))
  withoutPlannerStatistics(join(dataDir, 'spotter.db'))
  return { spec, dataDir, ...meta, generatedMs }
}

/**
 * The generator ran ANALYZE (cached stores keep it), but the app never does, so a trainer's store has no
 * planner statistics. With them (better-sqlite3's SQLite has STAT4), a statement with a bound client,
 * date or name was prepared again on every run and its rows got a new shape each time: costs, and plans,
 * a trainer's app would not have. The copy drops them, as a trainer's store would be.
 */
function withoutPlannerStatistics(file: string): void {
  const db = new Database(file)
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE 'sqlite\\_stat%' ESCAPE '\\'").pluck().all() as string[]
    for (const table of tables) db.exec(`DELETE FROM ${table}`)
    // Makes the planner forget what it had loaded.
    db.exec('ANALYZE sqlite_schema')
  } finally {
    db.close()
  }
}
