import type Database from 'better-sqlite3'
import type { Measurement as MeasuredBy } from '../../../shared/exercises'
import { PAIN_GUIDANCE } from '../../../shared/logs'
import type { Dashboard, DashboardSession } from '../../../shared/progress'
import type { ProgramStatus } from '../../../shared/programs'
import { addDays, programEndDate } from '../../../shared/program-document'
import { recordKinds, recordValue } from '../../../shared/progress-maths'
import type { LogQueries } from '../logs/queries'
import type { LogsRepo } from '../logs/repo'

// The trainer's day at a glance, across clients. Archived clients and programs stay out of it.

const WINDOW_DAYS = 14
/** Missed sessions listed on the dashboard (the total is given beside them). */
export const MISSED_SHOWN = 30

interface SessionRow {
  id: string
  date: string
  week_number: number
  program_id: string
  program_name: string
  program_status: ProgramStatus
  program_session_id: string | null
  session_name: string | null
  client_id: string
  client_name: string
  log_id: string | null
}

function toSession(r: SessionRow): DashboardSession {
  return {
    id: r.id,
    date: r.date,
    weekNumber: r.week_number,
    programId: r.program_id,
    programName: r.program_name,
    programStatus: r.program_status,
    programSessionId: r.program_session_id,
    sessionName: r.session_name,
    clientId: r.client_id,
    clientName: r.client_name,
    logId: r.log_id
  }
}

export function createDashboard(db: Database.Database, logs: { repo: LogsRepo; queries: LogQueries }) {
  const sessionColumns = `s.id, s.date, s.week_number, s.program_id, p.name AS program_name, p.status AS program_status,
      s.program_session_id, ps.name AS session_name, s.client_id, c.name AS client_name, l.id AS log_id`
  const sessionJoins = `FROM scheduled_sessions s
    JOIN programs p ON p.id = s.program_id
    JOIN clients c ON c.id = s.client_id
    LEFT JOIN program_sessions ps ON ps.id = s.program_session_id
    LEFT JOIN session_logs l ON l.scheduled_session_id = s.id`
  const activeOnly = `c.archived_at IS NULL AND p.archived_at IS NULL AND p.status = 'active'`
  const todaysSessions = db.prepare(`SELECT ${sessionColumns} ${sessionJoins}
    WHERE s.date = @date AND ${activeOnly}
    ORDER BY c.sort_name, s.id`)
  // A long missed list helps nobody at a glance: the newest few, and how many there are in all.
  const missedSessions = db.prepare(`SELECT ${sessionColumns} ${sessionJoins}
    WHERE s.date >= @from AND s.date < @date AND ${activeOnly} AND l.id IS NULL
    ORDER BY s.date DESC, c.sort_name, s.id LIMIT ${MISSED_SHOWN}`)
  const missedCount = db.prepare(`SELECT count(*) FROM scheduled_sessions s
    JOIN programs p ON p.id = s.program_id
    JOIN clients c ON c.id = s.client_id
    WHERE s.date >= @from AND s.date < @date AND ${activeOnly}
      AND NOT EXISTS (SELECT 1 FROM session_logs l WHERE l.scheduled_session_id = s.id)`).pluck()
  const running = db.prepare(`SELECT p.id, p.name, p.client_id, c.name AS client_name, p.start_date,
      (SELECT count(*) FROM program_weeks w WHERE w.program_id = p.id) AS weeks
    FROM programs p JOIN clients c ON c.id = p.client_id
    WHERE p.status = 'active' AND p.archived_at IS NULL AND c.archived_at IS NULL AND p.start_date IS NOT NULL AND p.start_date <= ?`)
  // Newest first straight off log_entries_records_by_date (rowid settles entries of one session, in index order).
  const records = db.prepare(`SELECT e.log_id, e.date, e.exercise_id, x.name AS exercise_name, json_extract(x.content, '$.measurement') AS measurement,
      e.client_id, c.name AS client_name, e.records, e.e1rm_kg, e.best_load_kg, e.best_reps, e.best_other
    FROM log_entries e JOIN clients c ON c.id = e.client_id JOIN exercises x ON x.id = e.exercise_id
    WHERE e.date BETWEEN ? AND ? AND e.records != 0 AND c.archived_at IS NULL
    ORDER BY e.date DESC, e.log_id DESC, e.rowid DESC LIMIT 50`)
  const clearance = db.prepare('SELECT id, name FROM clients WHERE medical_clearance_needed = 1 AND archived_at IS NULL ORDER BY sort_name')

  return function today(date: string): Dashboard {
    const windowStart = addDays(date, -WINDOW_DAYS)
    const windowEnd = addDays(date, WINDOW_DAYS)
    const endingSoon = (running.all(date) as { id: string; name: string; client_id: string; client_name: string; start_date: string; weeks: number }[])
      .filter((p) => p.weeks > 0)
      .map((p) => ({ ...p, end: programEndDate(p.start_date, p.weeks) }))
      .filter((p) => p.end >= date && p.end <= windowEnd)
      .sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : a.client_name.localeCompare(b.client_name)))
      .map((p) => ({
        programId: p.id,
        name: p.name,
        clientId: p.client_id,
        clientName: p.client_name,
        endDate: p.end,
        daysLeft: Math.round((Date.parse(`${p.end}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000)
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
      }[]
    ).flatMap((r) => {
      // One line per exercise and session: the first kind it beat (e1RM before load, load before reps).
      const kind = recordKinds(r.records)[0]
      if (!kind) return []
      const bests = { e1rmKg: r.e1rm_kg, bestLoadKg: r.best_load_kg, bestReps: r.best_reps, bestOther: r.best_other }
      const value = recordValue(kind, bests, r.measurement)
      if (value === null) return []
      const earlier = logs.repo.earlierBests(r.client_id, r.exercise_id, r.date, r.log_id)
      const previous = recordValue(kind, { e1rmKg: earlier.e1rm_kg, bestLoadKg: earlier.best_load_kg, bestReps: earlier.best_reps, bestOther: earlier.best_other }, r.measurement)
      return [{ kind, value, previous, date: r.date, logId: r.log_id, exerciseId: r.exercise_id, exerciseName: r.exercise_name, clientId: r.client_id, clientName: r.client_name }]
    })
    return {
      date,
      today: (todaysSessions.all({ date }) as SessionRow[]).map(toSession),
      missed: (missedSessions.all({ from: windowStart, date }) as SessionRow[]).map(toSession),
      missedTotal: missedCount.get({ from: windowStart, date }) as number,
      painAlerts: logs.queries.painList({ status: 'open', limit: 100 }, true).items,
      painGuidance: PAIN_GUIDANCE,
      endingSoon,
      recentRecords,
      clearanceNeeded: (clearance.all() as { id: string; name: string }[]).map((c) => ({ clientId: c.id, name: c.name }))
    }
  }
}
