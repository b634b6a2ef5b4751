import type { Measurement } from '../../../shared/exercises'
import type { PersonalRecord } from '../../../shared/logs'
import { markRecords, recordKinds, recordValue, type SessionBests } from '../../../shared/progress-maths'
import type { LogsRepo, SeriesRow } from './repo'

// Personal records are stored as bits on each log entry, so lists and the dashboard read them for
// free. Any save or delete that touches an exercise recomputes that client's exercise series, since
// an edit to an old log can make or unmake every later record.

interface Grouped {
  logId: string
  rows: SeriesRow[]
  bests: SessionBests
}

const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))

/** Entries of one exercise grouped by log (an exercise may appear twice in one session), oldest first. */
export function groupByLog(rows: readonly SeriesRow[]): Grouped[] {
  const groups: Grouped[] = []
  for (const row of rows) {
    let last = groups[groups.length - 1]
    if (!last || last.logId !== row.log_id) {
      last = { logId: row.log_id, rows: [], bests: { e1rmKg: null, bestLoadKg: null, bestReps: null, bestOther: null } }
      groups.push(last)
    }
    last.rows.push(row)
    last.bests = {
      e1rmKg: max(last.bests.e1rmKg, row.e1rm_kg),
      bestLoadKg: max(last.bests.bestLoadKg, row.best_load_kg),
      bestReps: max(last.bests.bestReps, row.best_reps),
      bestOther: max(last.bests.bestOther, row.best_other)
    }
  }
  return groups
}

const NO_BESTS: SessionBests = { e1rmKg: null, bestLoadKg: null, bestReps: null, bestOther: null }
const sameBests = (a: SessionBests, b: SessionBests) =>
  a.e1rmKg === b.e1rmKg && a.bestLoadKg === b.bestLoadKg && a.bestReps === b.bestReps && a.bestOther === b.bestOther

/**
 * Rewrites the record bits of one client's exercise; the bits of a session go on its first entry,
 * with the bests of all earlier sessions beside them (what the record beat, read by the dashboard
 * and the log). Only rows whose bits or bests change are written.
 */
export function refreshRecords(repo: LogsRepo, clientId: string, exerciseId: string): void {
  const measurement = repo.measurementOf(exerciseId) ?? 'reps'
  const groups = groupByLog(repo.series(clientId, exerciseId))
  const bits = markRecords(
    groups.map((g) => g.bests),
    measurement
  )
  const kept = repo.earlierBestsKept(clientId, exerciseId)
  let earlier = NO_BESTS
  groups.forEach((g, i) => {
    g.rows.forEach((row, r) => {
      const want = r === 0 ? (bits[i] ?? 0) : 0
      const wantBests = want === 0 ? NO_BESTS : earlier
      if (row.records !== want || !sameBests(kept.get(row.id) ?? NO_BESTS, wantBests)) repo.setRecords(row.id, want, want === 0 ? null : wantBests)
    })
    earlier = {
      e1rmKg: max(earlier.e1rmKg, g.bests.e1rmKg),
      bestLoadKg: max(earlier.bestLoadKg, g.bests.bestLoadKg),
      bestReps: max(earlier.bestReps, g.bests.bestReps),
      bestOther: max(earlier.bestOther, g.bests.bestOther)
    }
  })
}

/** The records a log set, with the best value before it. */
export function recordsOfLog(
  repo: LogsRepo,
  log: { id: string; client_id: string; date: string },
  entries: readonly { exercise_id: string; exercise_name: string; measurement: Measurement; records: number }[]
): PersonalRecord[] {
  const out: PersonalRecord[] = []
  const figures = repo.figuresOfLog(log.id)
  for (const entry of entries) {
    if (entry.records === 0) continue
    const rows = figures.filter((r) => r.exercise_id === entry.exercise_id)
    const mine = groupByLog(rows)[0]
    const first = rows[0]
    if (!mine || !first) continue
    // Kept on the record-setting (first) entry by refreshRecords.
    const previous: SessionBests = { e1rmKg: first.prev_e1rm_kg, bestLoadKg: first.prev_best_load_kg, bestReps: first.prev_best_reps, bestOther: first.prev_best_other }
    for (const kind of recordKinds(entry.records)) {
      const value = recordValue(kind, mine.bests, entry.measurement)
      if (value === null) continue
      out.push({ exerciseId: entry.exercise_id, exerciseName: entry.exercise_name, kind, value, previous: recordValue(kind, previous, entry.measurement) })
    }
  }
  return out
}
