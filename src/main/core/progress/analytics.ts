import type Database from 'better-sqlite3'
import type { Client, WeightGoal } from '../../../shared/clients'
import type { Measurement as MeasuredBy, MuscleGroup } from '../../../shared/exercises'
import { BUILTIN_MEASUREMENT_TYPES, CANONICAL_UNIT, type UnitKind } from '../../../shared/measurements'
import type { ClientProgress, ExerciseProgress, ExerciseSeries } from '../../../shared/progress'
import { ONE_RM_FORMULA } from '../../../shared/progress'
import { entryFigures, oneRmReason, type SetValues } from '../../../shared/progress-maths'
import type { ClientsService } from '../clients/service'
import { notFound } from '../errors'
import type { SettingsRepo } from '../settings/repo'
import { dayOfIso, isoOfDayNumber, weekStarts } from './days'
import { createProgramCourse, weightGoalTrajectory } from './goal'
import { ALL_RECORD_BITS, ENTRY_COLUMNS, newestFirst, sessionsOf, summarize, type EntryRow, type SeriesSummary, type Session } from './series'

// progress.client and progress.exerciseSeries. Both read log_entries (one row per exercise per
// session, figures computed at save) through the series index, never the sets themselves.

interface ExerciseFact {
  name: string
  measurement: MeasuredBy
  groups: MuscleGroup[]
}

interface MeasuredRow {
  type_id: string
  type_name: string
  unit_kind: UnitKind
  date: string
  value: number
}

/** A week's cells by group, and the same cells in the order they came (the answer's list). */
interface WeekGroups {
  byGroup: Map<MuscleGroup, { group: MuscleGroup; sets: number; volumeKg: number }>
  cells: { group: MuscleGroup; sets: number; volumeKg: number }[]
}

// plans.export (pdf/handlers.ts) still passes the measurements service; the page reads its own lean query.
export function createProgressAnalytics(deps: { db: Database.Database; clients: ClientsService; settings: SettingsRepo }) {
  const { db } = deps
  const entriesOf = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM log_entries WHERE client_id = ? AND date <= ? ORDER BY exercise_id, date, log_id`)
  const seriesOf = db.prepare(`SELECT ${ENTRY_COLUMNS} FROM log_entries WHERE client_id = ? AND exercise_id = ? ORDER BY date, log_id`)
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
  // A log's dated session matters only as there or not: the id itself is never read.
  const logs = db.prepare('SELECT date, scheduled_session_id IS NULL AS extra FROM session_logs WHERE client_id = ? AND date <= ?')
  // The charts' figures only (the measurements list reads the rest: notes, stamps), oldest first as drawn.
  const measured = db.prepare(`SELECT m.type_id, t.name AS type_name, t.unit_kind, m.date, m.value
    FROM measurements m JOIN measurement_types t ON t.id = m.type_id WHERE m.client_id = ? AND m.date <= ? ORDER BY m.date, m.created_at`)
  const programCourse = createProgramCourse(db)
  // What the page shows of the client (name, weight goal): not the whole profile with its lists.
  const clientRow = db.prepare('SELECT name, weight_kg, weight_goal, created_at FROM clients WHERE id = ?')

  function clientOf(id: string): Pick<Client, 'name' | 'weightGoal' | 'weightKg' | 'createdAt'> {
    const row = clientRow.get(id) as { name: string; weight_kg: number | null; weight_goal: string | null; created_at: string } | undefined
    if (!row) throw notFound('client', id)
    return { name: row.name, weightKg: row.weight_kg, weightGoal: row.weight_goal === null ? null : (JSON.parse(row.weight_goal) as WeightGoal), createdAt: row.created_at }
  }

  function facts(ids: readonly string[]): Map<string, ExerciseFact> {
    const rows = exerciseFacts.all(JSON.stringify(ids)) as { id: string; name: string; measurement: MeasuredBy; groups: string }[]
    return new Map(rows.map((r) => [r.id, { name: r.name, measurement: r.measurement, groups: (JSON.parse(r.groups) as MuscleGroup[]).filter(Boolean) }]))
  }

  function client(clientId: string, asOf: string): ClientProgress {
    const who = clientOf(clientId)
    // Weeks are day numbers until the answer is written: each date is read once into a number, each
    // week written once as a date.
    const weekOf = weekStarts(deps.settings.read().firstDayOfWeek)
    const rows = entriesOf.all(clientId, asOf) as EntryRow[]
    // Sorted by exercise: each exercise's entries are one run of rows, walked in place.
    const runs: { exerciseId: string; from: number; to: number }[] = []
    for (let i = 0; i < rows.length; i++) {
      const last = runs[runs.length - 1]
      if (last && last.exerciseId === rows[i]!.exerciseId) last.to = i + 1
      else runs.push({ exerciseId: rows[i]!.exerciseId, from: i, to: i + 1 })
    }
    const known = facts(runs.map((r) => r.exerciseId))
    const exercises: ExerciseProgress[] = []
    const recent: ClientProgress['recentRecords'] = []
    const weekly = new Map<number, WeekGroups>()
    const recentFrom = isoOfDayNumber(dayOfIso(asOf) - 90)
    const summaries: { exerciseId: string; fact: ExerciseFact; summary: SeriesSummary }[] = []
    const sessionsByExercise = new Map<string, Session[]>()
    let setsDoneTotal = 0
    let volumeTotal = 0
    for (const { exerciseId, from, to } of runs) {
      const fact: ExerciseFact = known.get(exerciseId) ?? { name: 'Unknown exercise', measurement: 'reps', groups: [] }
      const allSessions = sessionsOf(rows, fact.measurement, from, to)
      sessionsByExercise.set(exerciseId, allSessions)
      // Weekly volume per primary group. Dates ascend within an exercise: its sets and volume are summed
      // over a week, and the sums go into the week's group cells when the dates leave it.
      // The week's end is compared as text (ISO dates sort as text): a date is read into a day number
      // only when it leaves the week.
      let week = 0
      let weekEnd = ''
      let weekSets = 0
      let weekVolume = 0
      const addWeek = () => {
        let groups = weekly.get(week)
        if (!groups) weekly.set(week, (groups = { byGroup: new Map(), cells: [] }))
        for (const g of fact.groups) {
          const cell = groups.byGroup.get(g)
          if (cell) {
            cell.sets += weekSets
            cell.volumeKg += weekVolume
          } else {
            const added = { group: g, sets: weekSets, volumeKg: weekVolume }
            groups.byGroup.set(g, added)
            groups.cells.push(added)
          }
        }
      }
      for (let i = from; i < to; i++) {
        const r = rows[i]!
        if (r.date >= weekEnd) {
          if (i > from) addWeek()
          week = weekOf(dayOfIso(r.date))
          weekEnd = isoOfDayNumber(week + 7)
          weekSets = 0
          weekVolume = 0
        }
        weekSets += r.setsDone
        weekVolume += r.volumeKg
        setsDoneTotal += r.setsDone
        volumeTotal += r.volumeKg
      }
      addWeek()
      // One line per recent session on the page: the first kind it beat, in the order of RECORD_KINDS.
      const summary = summarize(allSessions, fact.measurement, recentFrom, (kind, value, previous, s) =>
        recent.push({ kind, value, previous, date: s.date, logId: s.logId, exerciseId, exerciseName: fact.name })
      )
      if (summary) summaries.push({ exerciseId, fact, summary })
    }
    // Each best set is ranked again from its entry's sets (a handful), so the answer never rests on a stored pointer.
    const setsByEntry = new Map<number, SetValues[]>()
    for (const row of setsOfEntries.all(JSON.stringify(summaries.map((b) => b.summary.best.bestRowid))) as (SetValues & { entryRowid: number })[]) {
      const sets = setsByEntry.get(row.entryRowid)
      if (sets) sets.push(row)
      else setsByEntry.set(row.entryRowid, [row])
    }
    for (const { exerciseId, fact, summary } of summaries) {
      const { best, e1rmKg } = summary
      const sets = setsByEntry.get(best.bestRowid) ?? []
      const set = sets[entryFigures(sets, fact.measurement).bestIndex ?? -1]
      exercises.push({
        exerciseId,
        name: fact.name,
        measurement: fact.measurement,
        primaryGroups: fact.groups,
        sessions: summary.sessions,
        setsDone: summary.setsDone,
        firstDate: summary.first.date,
        lastDate: summary.last.date,
        bestSet: set
          ? { date: best.date, logId: best.logId, reps: set.reps, loadKg: set.loadKg, holdSeconds: set.holdSeconds, durationSeconds: set.durationSeconds, distanceM: set.distanceM }
          : null,
        e1rmKg,
        e1rmNote: e1rmKg === null ? oneRmReason(fact.measurement, summary.anyLoaded, false) : null,
        totalVolumeKg: summary.volumeKg,
        lastVolumeKg: summary.last.volumeKg,
        records: summary.records
      })
    }
    exercises.sort((a, b) => (a.lastDate !== b.lastDate ? (a.lastDate < b.lastDate ? 1 : -1) : a.name.localeCompare(b.name)))
    const recentRecords = newestFirst(recent, exercises)

    // Adherence: dated sessions up to asOf, done when logged; logs without a dated session are extra.
    const weeks = new Map<number, { scheduled: number; done: number; extra: number }>()
    let firstWeek = Infinity
    // The schedule and the logs come in date order: the last week's bounds (as text) usually hold the next date.
    let lastCell: { scheduled: number; done: number; extra: number } | undefined
    let cellFrom = ''
    let cellTo = ''
    const cell = (date: string) => {
      if (lastCell && date >= cellFrom && date < cellTo) return lastCell
      const week = weekOf(dayOfIso(date))
      let c = weeks.get(week)
      if (!c) {
        weeks.set(week, (c = { scheduled: 0, done: 0, extra: 0 }))
        if (week < firstWeek) firstWeek = week
      }
      cellFrom = isoOfDayNumber(week)
      cellTo = isoOfDayNumber(week + 7)
      return (lastCell = c)
    }
    for (const s of scheduled.all(clientId, asOf) as { date: string; logged: number }[]) {
      const c = cell(s.date)
      c.scheduled++
      if (s.logged) c.done++
    }
    const logRows = logs.all(clientId, asOf) as { date: string; extra: number }[]
    let firstLog: string | null = null
    let lastLog: string | null = null
    for (const l of logRows) {
      if (l.extra) cell(l.date).extra++
      if (firstLog === null || l.date < firstLog) firstLog = l.date
      if (lastLog === null || l.date > lastLog) lastLog = l.date
    }
    const adherence: ClientProgress['adherence'] = []
    let scheduledTotal = 0
    let doneTotal = 0
    for (let week = firstWeek, last = weekOf(dayOfIso(asOf)); week <= last; week += 7) {
      const c = weeks.get(week)
      const weekStart = isoOfDayNumber(week)
      if (!c) {
        adherence.push({ weekStart, scheduled: 0, done: 0, extra: 0, rate: null })
        continue
      }
      adherence.push({ weekStart, scheduled: c.scheduled, done: c.done, extra: c.extra, rate: c.scheduled > 0 ? c.done / c.scheduled : null })
      scheduledTotal += c.scheduled
      doneTotal += c.done
    }

    const series = new Map<string, ClientProgress['measurements'][number]>()
    const bodyWeights: { date: string; value: number }[] = []
    const bodyWeightId = BUILTIN_MEASUREMENT_TYPES[0]!.id
    for (const m of measured.all(clientId, asOf) as MeasuredRow[]) {
      let s = series.get(m.type_id)
      if (!s) series.set(m.type_id, (s = { typeId: m.type_id, name: m.type_name, unitKind: m.unit_kind, unit: CANONICAL_UNIT[m.unit_kind], points: [] }))
      const point = { date: m.date, value: m.value }
      s.points.push(point)
      if (m.type_id === bodyWeightId) bodyWeights.push(point)
    }
    const first = exercises[0]

    return {
      clientId,
      clientName: who.name,
      today: asOf,
      formula: { ...ONE_RM_FORMULA },
      totals: { sessions: logRows.length, setsDone: setsDoneTotal, volumeKg: volumeTotal, firstDate: firstLog, lastDate: lastLog },
      exercises,
      weeklyVolume: [...weekly.keys()]
        .sort((a, b) => a - b)
        .map((week) => ({ weekStart: isoOfDayNumber(week), groups: weekly.get(week)!.cells })),
      adherence,
      adherenceTotal: { scheduled: scheduledTotal, done: doneTotal, rate: scheduledTotal > 0 ? doneTotal / scheduledTotal : null },
      measurements: [...series.values()],
      weightGoal: weightGoalTrajectory(who, bodyWeights),
      course: programCourse(clientId, asOf),
      recentRecords,
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
