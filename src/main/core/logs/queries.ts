import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { LogList, LogListQuery, PainAlert, PainListQuery } from '../../../shared/logs'
import type { BodyArea } from '../../../shared/vocabulary'

// The read side of logs that spans many rows: the paged log list with its summaries, and pain alerts.

interface SummaryRow {
  id: string
  client_id: string
  client_name: string
  date: string
  start_time: string | null
  title: string
  program_id: string | null
  program_name: string | null
  scheduled_session_id: string | null
  week_number: number | null
  effort: number | null
  duration_minutes: number | null
  exercises: number
  sets_done: number
  sets_skipped: number
  volume_kg: number
  open_pain: number
  records: number
}

interface PainAlertRow {
  id: string
  client_id: string
  client_name: string
  log_id: string
  date: string
  area: BodyArea
  note: string
  set_id: string | null
  set_position: number | null
  exercise_id: string | null
  exercise_name: string | null
  label: string | null
  resolved_at: string | null
  resolution_note: string
  created_at: string
}

const PAIN_SELECT = `SELECT f.id, f.client_id, c.name AS client_name, f.log_id, l.date, f.area, f.note, f.set_id, s.position AS set_position,
    e.exercise_id, x.name AS exercise_name, e.label, f.resolved_at, f.resolution_note, f.created_at
  FROM pain_flags f
  JOIN clients c ON c.id = f.client_id
  JOIN session_logs l ON l.id = f.log_id
  LEFT JOIN log_sets s ON s.id = f.set_id
  LEFT JOIN log_entries e ON e.id = s.entry_id
  LEFT JOIN exercises x ON x.id = e.exercise_id`

function toAlert(r: PainAlertRow): PainAlert {
  return {
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    logId: r.log_id,
    date: r.date,
    area: r.area,
    note: r.note,
    where: {
      kind: r.set_id ? 'set' : 'session',
      exerciseId: r.exercise_id,
      exerciseName: r.exercise_name,
      setNumber: r.set_position === null ? null : r.set_position + 1,
      label: r.label
    },
    resolvedAt: r.resolved_at,
    resolutionNote: r.resolution_note,
    createdAt: r.created_at
  }
}

/** "date|id" of the last row of a page: the next page starts strictly after it (newest first). */
function parseCursor(cursor: string | null | undefined): { date: string; id: string } | null {
  if (!cursor) return null
  const match = /^(\d{4}-\d{2}-\d{2})\|([0-9a-f-]{36})$/.exec(cursor)
  return match ? { date: match[1]!, id: match[2]! } : null
}

export function createLogQueries(db: Database.Database) {
  const painById = db.prepare(`${PAIN_SELECT} WHERE f.id = ?`)
  // Filters make a handful of SQL texts: each is prepared once, not on every call.
  const statements = new Map<string, Database.Statement>()
  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql)
    if (!statement) statements.set(sql, (statement = db.prepare(sql)))
    return statement
  }

  return {
    list(q: z.output<typeof LogListQuery>): z.infer<typeof LogList> {
      const where: string[] = []
      const args: (string | number)[] = []
      if (q.clientId) (where.push('l.client_id = ?'), args.push(q.clientId))
      if (q.from) (where.push('l.date >= ?'), args.push(q.from))
      if (q.to) (where.push('l.date <= ?'), args.push(q.to))
      const filterSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const total = (prepared(`SELECT count(*) AS n FROM session_logs l ${filterSql}`).get(...args) as { n: number }).n
      const after = parseCursor(q.cursor)
      if (after) (where.push('(l.date < ? OR (l.date = ? AND l.id < ?))'), args.push(after.date, after.date, after.id))
      const pageSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const rows = prepared(
          `SELECT l.id, l.client_id, c.name AS client_name, l.date, l.start_time, l.title, l.program_id, p.name AS program_name, l.scheduled_session_id,
             l.week_number, l.effort, l.duration_minutes,
             (SELECT count(*) FROM log_entries e WHERE e.log_id = l.id) AS exercises,
             (SELECT coalesce(sum(e.sets_done), 0) FROM log_entries e WHERE e.log_id = l.id) AS sets_done,
             (SELECT count(*) FROM log_sets s WHERE s.log_id = l.id AND s.status = 'skipped') AS sets_skipped,
             (SELECT coalesce(sum(e.volume_kg), 0) FROM log_entries e WHERE e.log_id = l.id) AS volume_kg,
             (SELECT count(*) FROM pain_flags f WHERE f.log_id = l.id AND f.resolved_at IS NULL) AS open_pain,
             (SELECT count(*) FROM log_entries e WHERE e.log_id = l.id AND e.records != 0) AS records
           FROM session_logs l JOIN clients c ON c.id = l.client_id LEFT JOIN programs p ON p.id = l.program_id
           ${pageSql} ORDER BY l.date DESC, l.id DESC LIMIT ?`
        ).all(...args, q.limit + 1) as SummaryRow[]
      const more = rows.length > q.limit
      const page = more ? rows.slice(0, q.limit) : rows
      const last = page[page.length - 1]
      return {
        items: page.map((r) => ({
          id: r.id,
          clientId: r.client_id,
          clientName: r.client_name,
          date: r.date,
          startTime: r.start_time,
          title: r.title,
          programId: r.program_id,
          programName: r.program_name,
          scheduledSessionId: r.scheduled_session_id,
          weekNumber: r.week_number,
          effort: r.effort,
          durationMinutes: r.duration_minutes,
          exercises: r.exercises,
          setsDone: r.sets_done,
          setsSkipped: r.sets_skipped,
          volumeKg: r.volume_kg,
          openPain: r.open_pain,
          records: r.records
        })),
        total,
        nextCursor: more && last ? `${last.date}|${last.id}` : null
      }
    },

    painAlert(id: string): PainAlert | null {
      const row = painById.get(id) as PainAlertRow | undefined
      return row ? toAlert(row) : null
    },

    /** Newest first; with status 'all', open alerts before resolved ones. activeOnly leaves archived clients out (the dashboard). */
    /** Pain alerts; the dashboard, which shows no total, passes counted = false and skips the count. */
    painList(q: z.output<typeof PainListQuery>, activeOnly = false, counted = true): { items: PainAlert[]; total: number } {
      const where: string[] = []
      const args: (string | number)[] = []
      if (q.clientId) (where.push('f.client_id = ?'), args.push(q.clientId))
      if (activeOnly) where.push('c.archived_at IS NULL')
      if (q.status === 'open') where.push('f.resolved_at IS NULL')
      if (q.status === 'resolved') where.push('f.resolved_at IS NOT NULL')
      const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const order = '(f.resolved_at IS NULL) DESC, l.date DESC, f.created_at DESC'
      const rows = prepared(`${PAIN_SELECT} ${whereSql} ORDER BY ${order} LIMIT ?`).all(...args, q.limit) as PainAlertRow[]
      const total = counted ? (prepared(`SELECT count(*) AS n FROM pain_flags f JOIN clients c ON c.id = f.client_id ${whereSql}`).get(...args) as { n: number }).n : rows.length
      return { items: rows.map(toAlert), total }
    }
  }
}
export type LogQueries = ReturnType<typeof createLogQueries>
