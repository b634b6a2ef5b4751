import type { Measurement as MeasuredBy } from '../../../shared/exercises'
import type { RecordKind } from '../../../shared/logs'
import type { ClientProgress, ExerciseProgress, RecordMark } from '../../../shared/progress'
import { RECORD_BITS, recordValue, type SessionBests } from '../../../shared/progress-maths'
import { dayOfIso } from './days'

// One exercise's series, walked once: its entries merged per session, the best session, the records;
// and the page's recent records in order.

export interface Session extends SessionBests {
  logId: string
  date: string
  setsDone: number
  volumeKg: number
  records: number
  /** The entry holding the session's best set. */
  bestRowid: number
}

/** A log_entries row, its columns named as a Session's figures: a session of one entry is its row. */
export interface EntryRow extends Session {
  exerciseId: string
}

/** The columns of an EntryRow (FROM log_entries). */
export const ENTRY_COLUMNS = `rowid AS bestRowid, log_id AS logId, date, exercise_id AS exerciseId, sets_done AS setsDone,
  best_load_kg AS bestLoadKg, best_reps AS bestReps, best_other AS bestOther, e1rm_kg AS e1rmKg, volume_kg AS volumeKg, records`

const RECORD_ORDER = Object.keys(RECORD_BITS) as RecordKind[]
export const ALL_RECORD_BITS = RECORD_ORDER.reduce((bits, k) => bits | RECORD_BITS[k], 0)
const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))

/**
 * Entries of one exercise (rows[from..to)), oldest first, merged per log. Most sessions hold one entry
 * of an exercise: the row itself is the session (no copy); a second entry in the same log makes the
 * session an object of its own, so rows are never changed.
 */
export function sessionsOf(rows: readonly EntryRow[], measurement: MeasuredBy, from = 0, to = rows.length): Session[] {
  const out: Session[] = []
  let s: Session | undefined
  let own = false
  for (let i = from; i < to; i++) {
    const r = rows[i]!
    if (!s || s.logId !== r.logId) {
      out.push((s = r))
      own = false
      continue
    }
    if (!own) {
      s = { logId: s.logId, date: s.date, setsDone: s.setsDone, volumeKg: s.volumeKg, records: s.records, e1rmKg: s.e1rmKg, bestLoadKg: s.bestLoadKg, bestReps: s.bestReps, bestOther: s.bestOther, bestRowid: s.bestRowid }
      out[out.length - 1] = s
      own = true
    }
    if (beats(r.e1rmKg, r.bestLoadKg, r.bestReps, r.bestOther, s, measurement)) s.bestRowid = r.bestRowid
    s.setsDone += r.setsDone
    s.volumeKg += r.volumeKg
    s.records |= r.records
    s.e1rmKg = max(s.e1rmKg, r.e1rmKg)
    s.bestLoadKg = max(s.bestLoadKg, r.bestLoadKg)
    s.bestReps = max(s.bestReps, r.bestReps)
    s.bestOther = max(s.bestOther, r.bestOther)
  }
  return out
}

/**
 * Best set order: e1RM, then load, then reps for rep work; the hold, duration or distance otherwise
 * (missing figures rank as -1). Compared field by field: this runs for every entry of a client.
 */
function beats(e1rm: number | null, load: number | null, reps: number | null, other: number | null, b: SessionBests, measurement: MeasuredBy): boolean {
  if (measurement !== 'reps') return (other ?? -1) > (b.bestOther ?? -1)
  const e = e1rm ?? -1
  const be = b.e1rmKg ?? -1
  if (e !== be) return e > be
  const l = load ?? -1
  const bl = b.bestLoadKg ?? -1
  if (l !== bl) return l > bl
  return (reps ?? -1) > (b.bestReps ?? -1)
}
const sessionBeats = (a: SessionBests, b: SessionBests, measurement: MeasuredBy) => beats(a.e1rmKg, a.bestLoadKg, a.bestReps, a.bestOther, b, measurement)

/** The record kinds recordValue can give a figure for with this measure (in RECORD_ORDER), worked out once each. */
const KINDS_BY_MEASURE = new Map<MeasuredBy, readonly RecordKind[]>()
function kindsOf(measurement: MeasuredBy): readonly RecordKind[] {
  let kinds = KINDS_BY_MEASURE.get(measurement)
  if (!kinds) KINDS_BY_MEASURE.set(measurement, (kinds = RECORD_ORDER.filter((k) => recordValue(k, { e1rmKg: 1, bestLoadKg: 1, bestReps: 1, bestOther: 1 }, measurement) !== null)))
  return kinds
}

export interface SeriesSummary {
  /** Sessions with a set done (those the page counts). */
  sessions: number
  first: Session
  last: Session
  best: Session
  e1rmKg: number | null
  anyLoaded: boolean
  setsDone: number
  volumeKg: number
  /** The current best per kind, with the best before it. */
  records: RecordMark[]
}

/**
 * One pass over a series' sessions with a set done: counts and totals, the best session, the
 * current best per kind (with the best before it), and for sessions on or after recentFrom the first
 * record kind each set (the kinds flagged at save). Older sessions' marks are never shown, so never built.
 */
export function summarize(
  all: readonly Session[],
  measurement: MeasuredBy,
  recentFrom: string,
  recent: (kind: RecordKind, value: number, previous: number | null, s: Session) => void
): SeriesSummary | null {
  const kinds = kindsOf(measurement)
  // The best so far per kind as plain numbers and the session holding it: objects only for what is returned.
  const bestValue: (number | null)[] = kinds.map(() => null)
  const bestBefore: (number | null)[] = kinds.map(() => null)
  const bestIn: (Session | null)[] = kinds.map(() => null)
  let done: Omit<SeriesSummary, 'records'> | null = null
  for (const s of all) {
    if (s.setsDone <= 0) continue
    if (!done) done = { sessions: 0, first: s, last: s, best: s, e1rmKg: null, anyLoaded: false, setsDone: 0, volumeKg: 0 }
    else if (sessionBeats(s, done.best, measurement)) done.best = s
    done.sessions++
    done.last = s
    done.e1rmKg = max(done.e1rmKg, s.e1rmKg)
    done.anyLoaded ||= s.bestLoadKg !== null
    done.setsDone += s.setsDone
    done.volumeKg += s.volumeKg
    let marked = s.records === 0 || s.date < recentFrom
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!
      const value = recordValue(kind, s, measurement)
      if (value === null) continue
      const before = bestValue[k]!
      if (!marked && (s.records & RECORD_BITS[kind]) !== 0) {
        recent(kind, value, before, s)
        marked = true
      }
      if (before === null || value > before) {
        bestBefore[k] = before
        bestValue[k] = value
        bestIn[k] = s
      }
    }
  }
  if (!done) return null
  const records: RecordMark[] = []
  kinds.forEach((kind, k) => {
    const s = bestIn[k]
    if (s) records.push({ kind, value: bestValue[k]!, logId: s.logId, date: s.date, previous: bestBefore[k]! })
  })
  return { ...done, records }
}

type ClientRecord = ClientProgress['recentRecords'][number]
/** Day numbers count from 1970; from year 0 they are never negative (the keys' remainders stay places). */
const DAYS_BEFORE_1970 = 719_468

/**
 * Records newest first, same-day ones by exercise name (as localeCompare orders the names), else in
 * the order found. Each record becomes one number (day, name's rank, place) and the numbers are
 * sorted natively: a comparator with localeCompare or map lookups on every tie was most of the sort.
 */
export function newestFirst(records: readonly ClientRecord[], exercises: readonly ExerciseProgress[]): ClientRecord[] {
  const names = [...new Set(exercises.map((e) => e.name))].sort((a, b) => a.localeCompare(b))
  const rank = new Map(names.map((name, i) => [name, i]))
  const n = records.length
  // Ascending keys, read back from the end: day descending, then rank ascending, then place ascending.
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    const r = records[i]!
    keys[i] = ((dayOfIso(r.date) + DAYS_BEFORE_1970) * names.length + (names.length - 1 - rank.get(r.exerciseName)!)) * n + (n - 1 - i)
  }
  keys.sort()
  const sorted: ClientRecord[] = new Array(n)
  for (let i = 0; i < n; i++) sorted[n - 1 - i] = records[n - 1 - (keys[i]! % n)]!
  return sorted
}
