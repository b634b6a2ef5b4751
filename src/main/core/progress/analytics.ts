import type Database from 'better-sqlite3'
import type { Measurement as MeasuredBy, MuscleGroup } from '../../../shared/exercises'
import { BUILTIN_MEASUREMENT_TYPES } from '../../../shared/measurements'
import type { RecordKind } from '../../../shared/logs'
import type { ClientProgress, ExerciseProgress, ExerciseSeries, RecordMark } from '../../../shared/progress'
import { ONE_RM_FORMULA } from '../../../shared/progress'
import { dayNumber, entryFigures, isoOfDay, oneRmReason, RECORD_BITS, recordValue, weekStartDay, type SessionBests, type SetValues } from '../../../shared/progress-maths'
import type { ClientsService } from '../clients/service'
import { notFound } from '../errors'
import type { MeasurementsService } from '../measurements/service'
import type { SettingsRepo } from '../settings/repo'
import { createProgramCourse, weightGoalTrajectory } from './goal'

// progress.client and progress.exerciseSeries. Both read log_entries (one row per exercise per
// session, figures computed at save) through the series index, never the sets themselves.

interface EntryRow {
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

interface Session extends SessionBests {
  logId: string
  date: string
  setsDone: number
  volumeKg: number
  records: number
  /** The entry holding the session's best set. */
  bestRowid: number
}

interface ExerciseFact {
  name: string
  measurement: MeasuredBy
  groups: MuscleGroup[]
}

const RECORD_ORDER = Object.keys(RECORD_BITS) as RecordKind[]
const ALL_RECORD_BITS = RECORD_ORDER.reduce((bits, k) => bits | RECORD_BITS[k], 0)
const max = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.max(a, b))

/** Entries of one exercise (rows[from..to)), oldest first, merged per log. */
function sessionsOf(rows: readonly EntryRow[], measurement: MeasuredBy, from = 0, to = rows.length): Session[] {
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
const sessionBeats = (a: SessionBests, b: SessionBests, measurement: MeasuredBy) => beats(a.e1rmKg, a.bestLoadKg, a.bestReps, a.bestOther, b, measurement)

/** The record kinds recordValue can give a figure for with this measure (in RECORD_ORDER), worked out once each. */
const KINDS_BY_MEASURE = new Map<MeasuredBy, readonly RecordKind[]>()
function kindsOf(measurement: MeasuredBy): readonly RecordKind[] {
  let kinds = KINDS_BY_MEASURE.get(measurement)
  if (!kinds) KINDS_BY_MEASURE.set(measurement, (kinds = RECORD_ORDER.filter((k) => recordValue(k, { e1rmKg: 1, bestLoadKg: 1, bestReps: 1, bestOther: 1 }, measurement) !== null)))
  return kinds
}

/** Every record mark along a series (the kinds flagged at save), with the best before it. */
function recordMarks(sessions: readonly Session[], measurement: MeasuredBy): { marks: RecordMark[]; current: RecordMark[] } {
  const kinds = kindsOf(measurement)
  // The best so far per kind as plain numbers and the session holding it: objects only for what is returned.
  const bestValue: (number | null)[] = kinds.map(() => null)
  const bestBefore: (number | null)[] = kinds.map(() => null)
  const bestIn: (Session | null)[] = kinds.map(() => null)
  const marks: RecordMark[] = []
  for (const s of sessions) {
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!
      const value = recordValue(kind, s, measurement)
      if (value === null) continue
      const before = bestValue[k]!
      if ((s.records & RECORD_BITS[kind]) !== 0) marks.push({ kind, value, previous: before, date: s.date, logId: s.logId })
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
  return { marks, current }
}

export function createProgressAnalytics(deps: { db: Database.Database; clients: ClientsService; measurements: MeasurementsService; settings: SettingsRepo }) {
  const { db } = deps
  const entriesOf = db.prepare(`SELECT rowid, log_id, date, exercise_id, sets_done, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records
    FROM log_entries WHERE client_id = ? AND date <= ? ORDER BY exercise_id, date, log_id`)
  const seriesOf = db.prepare(`SELECT rowid, log_id, date, exercise_id, sets_done, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records
    FROM log_entries WHERE client_id = ? AND exercise_id = ? ORDER BY date, log_id`)
  // One probe of the series index: does the exercise have entries after the page's day?
  const laterEntry = db.prepare('SELECT 1 FROM log_entries WHERE client_id = ? AND exercise_id = ? AND date > ? LIMIT 1').pluck()
  const exerciseFacts = db.prepare(`SELECT x.id, x.name, json_extract(x.content, '$.measurement') AS measurement,
      (SELECT json_group_array(DISTINCT m.muscle_group) FROM exercise_muscles m WHERE m.exercise_id = x.id AND m.role = 'primary') AS groups
    FROM json_each(?) j CROSS JOIN exercises x ON x.id = j.value`)
  // The sets of every exercise's best entry in one statement (was one per exercise), each entry's in
  // position order; the sort is of a few dozen rows.
  const setsOfEntries = db.prepare(`SELECT e.rowid AS entryRowid, s.reps, s.load_kg AS loadKg, s.hold_seconds AS holdSeconds,
      s.duration_seconds AS durationSeconds, s.distance_m AS distanceM, s.status
    FROM json_each(?) j CROSS JOIN log_entries e ON e.rowid = j.value
      CROSS JOIN log_sets s INDEXED BY log_sets_by_log ON s.log_id = e.log_id AND s.entry_id = e.id
    ORDER BY j.key, s.position`)
  // scheduled_sessions.log_id is kept by triggers (0007): no probe into the logs per dated session.
  const scheduled = db.prepare(`SELECT date, log_id IS NOT NULL AS logged FROM scheduled_sessions WHERE client_id = ? AND date <= ?`)
  const logs = db.prepare('SELECT date, scheduled_session_id FROM session_logs WHERE client_id = ? AND date <= ?')
  const programCourse = createProgramCourse(db)

  function facts(ids: readonly string[]): Map<string, ExerciseFact> {
    const rows = exerciseFacts.all(JSON.stringify(ids)) as { id: string; name: string; measurement: MeasuredBy; groups: string }[]
    return new Map(rows.map((r) => [r.id, { name: r.name, measurement: r.measurement, groups: (JSON.parse(r.groups) as MuscleGroup[]).filter(Boolean) }]))
  }

  function client(clientId: string, asOf: string): ClientProgress {
    const who = deps.clients.get(clientId)
    const firstDay = deps.settings.read().firstDayOfWeek
    // Rows come in date order (per exercise, and the schedule and logs mostly): the last week found
    // usually holds the next date too, which two string comparisons tell (ISO dates sort as text),
    // cheaper than hashing each row's fresh date string into a map.
    // Each exercise walks the same years of weeks: each week's date is written once (and is then the
    // same string, whose hash the maps keep).
    const weekIsos = new Map<number, string>()
    const isoOfWeek = (day: number) => {
      let iso = weekIsos.get(day)
      if (iso === undefined) weekIsos.set(day, (iso = isoOfDay(day)))
      return iso
    }
    let weekStart = ''
    let nextWeekStart = ''
    const weekOf = (date: string) => {
      if (date >= weekStart && date < nextWeekStart) return weekStart
      const day = weekStartDay(dayNumber(date), firstDay)
      weekStart = isoOfWeek(day)
      nextWeekStart = isoOfWeek(day + 7)
      return weekStart
    }
    // Sorted by exercise: each exercise's entries are one run of rows, walked in place.
    const rows = entriesOf.all(clientId, asOf) as EntryRow[]
    const runs: { exerciseId: string; from: number; to: number }[] = []
    for (let i = 0; i < rows.length; i++) {
      const last = runs[runs.length - 1]
      if (last && last.exerciseId === rows[i]!.exercise_id) last.to = i + 1
      else runs.push({ exerciseId: rows[i]!.exercise_id, from: i, to: i + 1 })
    }
    const known = facts(runs.map((r) => r.exerciseId))
    const exercises: ExerciseProgress[] = []
    const recent: ClientProgress['recentRecords'] = []
    const weekly = new Map<string, Map<MuscleGroup, { sets: number; volumeKg: number }>>()
    const recentFrom = isoOfDay(dayNumber(asOf) - 90)
    const bests: { exerciseId: string; fact: ExerciseFact; sessions: Session[]; best: Session }[] = []
    const sessionsByExercise = new Map<string, Session[]>()
    for (const { exerciseId, from, to } of runs) {
      const fact: ExerciseFact = known.get(exerciseId) ?? { name: 'Unknown exercise', measurement: 'reps', groups: [] }
      const allSessions = sessionsOf(rows, fact.measurement, from, to)
      sessionsByExercise.set(exerciseId, allSessions)
      const sessions = allSessions.filter((s) => s.setsDone > 0)
      let week = ''
      let groups: Map<MuscleGroup, { sets: number; volumeKg: number }> | undefined
      for (let i = from; i < to; i++) {
        const r = rows[i]!
        const rowWeek = weekOf(r.date)
        // Dates ascend within an exercise: the week's cells are looked up when the week changes.
        if (rowWeek !== week || !groups) {
          week = rowWeek
          groups = weekly.get(week)
          if (!groups) weekly.set(week, (groups = new Map()))
        }
        for (const g of fact.groups) {
          const cell = groups.get(g)
          if (cell) {
            cell.sets += r.sets_done
            cell.volumeKg += r.volume_kg
          } else groups.set(g, { sets: r.sets_done, volumeKg: r.volume_kg })
        }
      }
      if (sessions.length === 0) continue
      let best = sessions[0]!
      for (const s of sessions) if (sessionBeats(s, best, fact.measurement)) best = s
      bests.push({ exerciseId, fact, sessions, best })
    }
    // Each best set is ranked again from its entry's sets (a handful), so the answer never rests on a stored pointer.
    const setsByEntry = new Map<number, SetValues[]>()
    for (const row of setsOfEntries.all(JSON.stringify(bests.map((b) => b.best.bestRowid))) as (SetValues & { entryRowid: number })[]) {
      const sets = setsByEntry.get(row.entryRowid)
      if (sets) sets.push(row)
      else setsByEntry.set(row.entryRowid, [row])
    }
    for (const { exerciseId, fact, sessions, best } of bests) {
      const sets = setsByEntry.get(best.bestRowid) ?? []
      const set = sets[entryFigures(sets, fact.measurement).bestIndex ?? -1]
      let e1rm: number | null = null
      let anyLoaded = false
      let setsDone = 0
      let totalVolumeKg = 0
      for (const s of sessions) {
        e1rm = max(e1rm, s.e1rmKg)
        anyLoaded ||= s.bestLoadKg !== null
        setsDone += s.setsDone
        totalVolumeKg += s.volumeKg
      }
      const { marks, current } = recordMarks(sessions, fact.measurement)
      // One line per session on the page: the first kind it beat, in the order of RECORD_KINDS (a
      // session's marks come together, kinds in that order).
      let lastLogId: string | null = null
      for (const mark of marks) {
        if (mark.date >= recentFrom && mark.logId !== lastLogId) {
          recent.push({ kind: mark.kind, value: mark.value, previous: mark.previous, date: mark.date, logId: mark.logId, exerciseId, exerciseName: fact.name })
          lastLogId = mark.logId
        }
      }
      exercises.push({
        exerciseId,
        name: fact.name,
        measurement: fact.measurement,
        primaryGroups: fact.groups,
        sessions: sessions.length,
        setsDone,
        firstDate: sessions[0]!.date,
        lastDate: sessions[sessions.length - 1]!.date,
        bestSet: set
          ? { date: best.date, logId: best.logId, reps: set.reps, loadKg: set.loadKg, holdSeconds: set.holdSeconds, durationSeconds: set.durationSeconds, distanceM: set.distanceM }
          : null,
        e1rmKg: e1rm,
        e1rmNote: e1rm === null ? oneRmReason(fact.measurement, anyLoaded, false) : null,
        totalVolumeKg,
        lastVolumeKg: sessions[sessions.length - 1]!.volumeKg,
        records: current
      })
    }
    exercises.sort((a, b) => (a.lastDate !== b.lastDate ? (a.lastDate < b.lastDate ? 1 : -1) : a.name.localeCompare(b.name)))
    recent.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.exerciseName.localeCompare(b.exerciseName)))

    // Adherence: dated sessions up to asOf, done when logged; logs without a dated session are extra.
    const weeks = new Map<string, { scheduled: number; done: number; extra: number }>()
    const cell = (date: string) => {
      const week = weekOf(date)
      let c = weeks.get(week)
      if (!c) weeks.set(week, (c = { scheduled: 0, done: 0, extra: 0 }))
      return c
    }
    for (const s of scheduled.all(clientId, asOf) as { date: string; logged: number }[]) {
      const c = cell(s.date)
      c.scheduled++
      if (s.logged) c.done++
    }
    const logRows = logs.all(clientId, asOf) as { date: string; scheduled_session_id: string | null }[]
    for (const l of logRows) if (!l.scheduled_session_id) cell(l.date).extra++
    const adherence: ClientProgress['adherence'] = []
    const firstWeek = [...weeks.keys()].sort()[0]
    if (firstWeek) {
      // Years of weeks: stepped as day numbers, not Dates.
      for (let day = dayNumber(firstWeek), last = dayNumber(weekOf(asOf)); day <= last; day += 7) {
        const week = isoOfWeek(day)
        const c = weeks.get(week)
        adherence.push(
          c ? { weekStart: week, scheduled: c.scheduled, done: c.done, extra: c.extra, rate: c.scheduled > 0 ? c.done / c.scheduled : null } : { weekStart: week, scheduled: 0, done: 0, extra: 0, rate: null }
        )
      }
    }
    const scheduledTotal = adherence.reduce((n, w) => n + w.scheduled, 0)
    const doneTotal = adherence.reduce((n, w) => n + w.done, 0)

    const measured = deps.measurements.ofClient(clientId).filter((m) => m.date <= asOf)
    const series = new Map<string, ClientProgress['measurements'][number]>()
    for (const m of measured) {
      let s = series.get(m.typeId)
      if (!s) series.set(m.typeId, (s = { typeId: m.typeId, name: m.typeName, unitKind: m.unitKind, unit: m.unit, points: [] }))
      s.points.push({ date: m.date, value: m.value })
    }
    const bodyWeightId = BUILTIN_MEASUREMENT_TYPES[0]!.id
    const first = exercises[0]

    return {
      clientId,
      clientName: who.name,
      today: asOf,
      formula: { ...ONE_RM_FORMULA },
      totals: {
        sessions: logRows.length,
        setsDone: rows.reduce((n, r) => n + r.sets_done, 0),
        volumeKg: rows.reduce((n, r) => n + r.volume_kg, 0),
        firstDate: logRows.reduce<string | null>((m, l) => (m === null || l.date < m ? l.date : m), null),
        lastDate: logRows.reduce<string | null>((m, l) => (m === null || l.date > m ? l.date : m), null)
      },
      exercises,
      weeklyVolume: [...weekly.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([weekStart, groups]) => ({ weekStart, groups: [...groups.entries()].map(([group, c]) => ({ group, ...c })) })),
      adherence,
      adherenceTotal: { scheduled: scheduledTotal, done: doneTotal, rate: scheduledTotal > 0 ? doneTotal / scheduledTotal : null },
      measurements: [...series.values()],
      weightGoal: weightGoalTrajectory(who, measured.filter((m) => m.typeId === bodyWeightId)),
      course: programCourse(clientId, asOf),
      recentRecords: recent,
      // The page opens on the first exercise's chart: sent along, it needs no second call.
      // Its sessions are those already read, unless it has entries after asOf (the series shows them all).
      firstSeries:
        first && known.has(first.exerciseId)
          ? seriesFor(clientId, first.exerciseId, known.get(first.exerciseId)!, laterEntry.get(clientId, first.exerciseId, asOf) === undefined ? sessionsByExercise.get(first.exerciseId) : undefined)
          : null
    }
  }

  function seriesFor(clientId: string, exerciseId: string, fact: { name: string; measurement: MeasuredBy }, known?: readonly Session[]): ExerciseSeries {
    const sessions = known ?? sessionsOf(seriesOf.all(clientId, exerciseId) as EntryRow[], fact.measurement)
    return {
      exerciseId,
      name: fact.name,
      measurement: fact.measurement,
      formula: { ...ONE_RM_FORMULA },
      points: sessions.map((s) => ({
        date: s.date,
        logId: s.logId,
        sets: s.setsDone,
        bestLoadKg: s.bestLoadKg,
        bestReps: s.bestReps,
        bestOther: s.bestOther,
        e1rmKg: s.e1rmKg,
        volumeKg: s.volumeKg,
        isRecord: (s.records & ALL_RECORD_BITS) !== 0
      }))
    }
  }

  function exerciseSeries(clientId: string, exerciseId: string): ExerciseSeries {
    const fact = facts([exerciseId]).get(exerciseId)
    if (!fact) throw notFound('exercise', exerciseId)
    deps.clients.get(clientId)
    return seriesFor(clientId, exerciseId, fact)
  }

  return { client, exerciseSeries }
}
export type ProgressAnalytics = ReturnType<typeof createProgressAnalytics>
