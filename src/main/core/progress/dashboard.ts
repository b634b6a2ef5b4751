import type Database from 'better-sqlite3'
import type { Measurement as MeasuredBy } from '../../../shared/exercises'
import { PAIN_GUIDANCE } from '../../../shared/logs'
import { CLEARANCE_SHOWN, PAIN_SHOWN, TODAY_SHOWN, type Dashboard, type DashboardSession } from '../../../shared/progress'
import { addDays } from '../../../shared/program-document'
import { recordKinds, recordValue } from '../../../shared/progress-maths'
import type { LogQueries } from '../logs/queries'

// The trainer's day at a glance, across clients. Archived clients and programs stay out of it.

const WINDOW_DAYS = 14
/** Missed sessions listed on the dashboard (the total is given beside them). */
export const MISSED_SHOWN = 30

export function createDashboard(db: Database.Database, logs: { queries: LogQueries }) {
  // Every list is read in the order it is shown from an index holding only what it shows (0006-0008),
  // then its few rows are joined to their client and program: the day costs what is on it, not the
  // number of clients, sessions or logs. scheduled_sessions carries copies (0008) of the client's sort
  // name and of "client and program are live" (is_active), so neither the order nor the filter needs
  // a join, and a count reads index entries only. CROSS JOIN keeps the index first; clients are a LEFT
  // JOIN (every row has its client: a foreign key) so SQLite looks each one up rather than building a
  // Bloom filter over all clients. Named as the answer's fields: rows go out as they come.
  const sessionColumns = `s.id, s.date, s.week_number AS weekNumber, s.program_id AS programId, p.name AS programName,
      p.status AS programStatus, s.program_session_id AS programSessionId, ps.name AS sessionName, s.client_id AS clientId,
      c.name AS clientName, s.log_id AS logId`
  const sessionJoins = `CROSS JOIN programs p ON p.id = s.program_id
    LEFT JOIN clients c ON c.id = s.client_id
    LEFT JOIN program_sessions ps ON ps.id = s.program_session_id`
  const onDay = `scheduled_sessions s INDEXED BY scheduled_sessions_on_day`
  const todaysSessions = db.prepare(`SELECT ${sessionColumns} FROM ${onDay} ${sessionJoins}
    WHERE s.date = @date AND s.is_active = 1
    ORDER BY s.client_sort, s.id LIMIT @limit`)
  const todaysCounts = db.prepare(`SELECT count(*) AS total, count(s.log_id) AS logged FROM ${onDay} WHERE s.date = @date AND s.is_active = 1`)
  // A long missed list helps nobody at a glance: the newest few, and how many there are in all.
  const missed = `scheduled_sessions s INDEXED BY scheduled_sessions_missed`
  const inWindow = `s.is_active = 1 AND s.log_id IS NULL AND s.date >= @from AND s.date < @date`
  const missedSessions = db.prepare(`SELECT ${sessionColumns} FROM ${missed} ${sessionJoins}
    WHERE ${inWindow}
    ORDER BY s.date DESC, s.client_sort, s.id LIMIT ${MISSED_SHOWN}`)
  const missedCount = db.prepare(`SELECT count(*) FROM ${missed} WHERE ${inWindow}`).pluck()
  // programs.end_date is kept by triggers (0007); the partial index holds the active programs only.
  const endingSoonRows = db.prepare(`SELECT p.id, p.name, p.client_id, c.name AS client_name, p.end_date
    FROM programs p INDEXED BY programs_active_by_end LEFT JOIN clients c ON c.id = p.client_id
    WHERE p.status = 'active' AND p.archived_at IS NULL AND p.end_date BETWEEN @date AND @until
      AND p.start_date <= @date AND c.archived_at IS NULL`)
  // Newest first straight off log_entries_records_by_date (rowid settles entries of one session, in index order).
  const records = db.prepare(`SELECT e.log_id, e.date, e.exercise_id, x.name AS exercise_name, json_extract(x.content, '$.measurement') AS measurement,
      e.client_id, c.name AS client_name, e.records, e.e1rm_kg, e.best_load_kg, e.best_reps, e.best_other,
      e.prev_e1rm_kg, e.prev_best_load_kg, e.prev_best_reps, e.prev_best_other
    FROM log_entries e INDEXED BY log_entries_records_by_date LEFT JOIN clients c ON c.id = e.client_id CROSS JOIN exercises x ON x.id = e.exercise_id
    WHERE e.date BETWEEN ? AND ? AND e.records != 0 AND c.archived_at IS NULL
    ORDER BY e.date DESC, e.log_id DESC, e.rowid DESC LIMIT 50`)
  const clearance = db.prepare(`SELECT id, name FROM clients INDEXED BY clients_needing_clearance
    WHERE medical_clearance_needed = 1 AND archived_at IS NULL ORDER BY sort_name LIMIT ${CLEARANCE_SHOWN}`)
  const clearanceCount = db.prepare(`SELECT count(*) FROM clients INDEXED BY clients_needing_clearance
    WHERE medical_clearance_needed = 1 AND archived_at IS NULL`).pluck()

  function painAlerts() {
    const { items, total } = logs.queries.painList({ status: 'open', limit: PAIN_SHOWN }, true)
    return { painAlerts: items, painTotal: total }
  }

  return function today(date: string, allToday = false): Dashboard {
    const windowStart = addDays(date, -WINDOW_DAYS)
    const windowEnd = addDays(date, WINDOW_DAYS)
    const endingSoon = (endingSoonRows.all({ date, until: windowEnd }) as { id: string; name: string; client_id: string; client_name: string; end_date: string }[])
      .sort((a, b) => (a.end_date < b.end_date ? -1 : a.end_date > b.end_date ? 1 : a.client_name.localeCompare(b.client_name)))
      .map((p) => ({
        programId: p.id,
        name: p.name,
        clientId: p.client_id,
        clientName: p.client_name,
        endDate: p.end_date,
        daysLeft: Math.round((Date.parse(`${p.end_date}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000)
      }))
    const recentRecords = (
      records.all(addDays(date, -(WINDOW_DAYS - 1)), date) as {
        log_id: string
        date: string
        exercise_id: string
        exercise_name: string
        measurement: MeasuredBy
        client_id: string
        client_name: string
        records: number
        e1rm_kg: number | null
        best_load_kg: number | null
        best_reps: number | null
        best_other: number | null
        prev_e1rm_kg: number | null
        prev_best_load_kg: number | null
        prev_best_reps: number | null
        prev_best_other: number | null
      }[]
    ).flatMap((r) => {
      // One line per exercise and session: the first kind it beat (e1RM before load, load before reps).
      const kind = recordKinds(r.records)[0]
      if (!kind) return []
      const bests = { e1rmKg: r.e1rm_kg, bestLoadKg: r.best_load_kg, bestReps: r.best_reps, bestOther: r.best_other }
      const value = recordValue(kind, bests, r.measurement)
      if (value === null) return []
      // What it beat: the earlier bests are kept on the record's entry (logs/records.ts).
      const earlier = { e1rmKg: r.prev_e1rm_kg, bestLoadKg: r.prev_best_load_kg, bestReps: r.prev_best_reps, bestOther: r.prev_best_other }
      const previous = recordValue(kind, earlier, r.measurement)
      return [{ kind, value, previous, date: r.date, logId: r.log_id, exerciseId: r.exercise_id, exerciseName: r.exercise_name, clientId: r.client_id, clientName: r.client_name }]
    })
    const counts = todaysCounts.get({ date }) as { total: number; logged: number }
    return {
      date,
      today: todaysSessions.all({ date, limit: allToday ? -1 : TODAY_SHOWN }) as DashboardSession[],
      todayTotal: counts.total,
      todayLogged: counts.logged,
      missed: missedSessions.all({ from: windowStart, date }) as DashboardSession[],
      missedTotal: missedCount.get({ from: windowStart, date }) as number,
      ...painAlerts(),
      painGuidance: PAIN_GUIDANCE,
      endingSoon,
      recentRecords,
      clearanceNeeded: (clearance.all() as { id: string; name: string }[]).map((c) => ({ clientId: c.id, name: c.name })),
      clearanceTotal: clearanceCount.get() as number
    }
  }
}
