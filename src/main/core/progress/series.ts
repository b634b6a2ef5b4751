import type { Measurement as MeasuredBy } from '../../../shared/exercises'
import type { RecordKind } from '../../../shared/logs'
import type { RecordMark } from '../../../shared/progress'
import { RECORD_BITS, recordValue, type SessionBests } from '../../../shared/progress-maths'

// One exercise's series, walked once: its entries merged per session, the best session, the records.

export interface EntryRow {
  rowid: number
  log_id: string
  date: string
  exercise_id: string
  sets_done: number
  best_load_kg: number | null
  best_reps: number | null
  best_other: number | null
  e1rm_kg: number | null
  volume_kg: number
  records: number
}

export interface Session extends SessionBests {
  logId: string
  date: string
  setsDone: number
  volumeKg: number
  records: number
  /** The entry holding the session's best set. */
  bestRowid: number
}

const RECORD_ORDER = Object.keys(RECORD_BITS) as RecordKind[]
export const ALL_RECORD_BITS = RECORD_ORDER.reduce((bits, k) => bits | RECORD_BITS[k], 0)
export const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))

/** Entries of one exercise (rows[from..to)), oldest first, merged per log. */
export function sessionsOf(rows: readonly EntryRow[], measurement: MeasuredBy, from = 0, to = rows.length): Session[] {
  const out: Session[] = []
  let s: Session | undefined
  for (let i = from; i < to; i++) {
    const r = rows[i]!
    if (!s || s.logId !== r.log_id) {
      s = { logId: r.log_id, date: r.date, setsDone: 0, volumeKg: 0, records: 0, e1rmKg: null, bestLoadKg: null, bestReps: null, bestOther: null, bestRowid: r.rowid }
      out.push(s)
    } else if (beats(r.e1rm_kg, r.best_load_kg, r.best_reps, r.best_other, s, measurement)) s.bestRowid = r.rowid
    s.setsDone += r.sets_done
    s.volumeKg += r.volume_kg
    s.records |= r.records
    s.e1rmKg = max(s.e1rmKg, r.e1rm_kg)
    s.bestLoadKg = max(s.bestLoadKg, r.best_load_kg)
    s.bestReps = max(s.bestReps, r.best_reps)
    s.bestOther = max(s.bestOther, r.best_other)
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
export const sessionBeats = (a: SessionBests, b: SessionBests, measurement: MeasuredBy) => beats(a.e1rmKg, a.bestLoadKg, a.bestReps, a.bestOther, b, measurement)

/** The record kinds recordValue can give a figure for with this measure (in RECORD_ORDER), worked out once each. */
const KINDS_BY_MEASURE = new Map<MeasuredBy, readonly RecordKind[]>()
function kindsOf(measurement: MeasuredBy): readonly RecordKind[] {
  let kinds = KINDS_BY_MEASURE.get(measurement)
  if (!kinds) KINDS_BY_MEASURE.set(measurement, (kinds = RECORD_ORDER.filter((k) => recordValue(k, { e1rmKg: 1, bestLoadKg: 1, bestReps: 1, bestOther: 1 }, measurement) !== null)))
  return kinds
}

/**
 * Walks a series once: the current best per kind (with the best before it), and for sessions on or
 * after recentFrom, the first record kind each set (the kinds flagged at save). Older sessions' marks
 * are never shown, so they are never built.
 */
export function recordMarks(
  sessions: readonly Session[],
  measurement: MeasuredBy,
  recentFrom: string,
  recent: (kind: RecordKind, value: number, previous: number | null, s: Session) => void
): RecordMark[] {
  const kinds = kindsOf(measurement)
  // The best so far per kind as plain numbers and the session holding it: objects only for what is returned.
  const bestValue: (number | null)[] = kinds.map(() => null)
  const bestBefore: (number | null)[] = kinds.map(() => null)
  const bestIn: (Session | null)[] = kinds.map(() => null)
  for (const s of sessions) {
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
  const current: RecordMark[] = []
  kinds.forEach((kind, k) => {
    const s = bestIn[k]
    if (s) current.push({ kind, value: bestValue[k]!, logId: s.logId, date: s.date, previous: bestBefore[k]! })
  })
  return current
}
