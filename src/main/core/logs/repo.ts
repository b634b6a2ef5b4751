import type Database from 'better-sqlite3'
import type { Measurement as MeasuredBy } from '../../../shared/exercises'
import type { SetStatus } from '../../../shared/logs'
import type { SessionBests } from '../../../shared/progress-maths'

// SQL of session logs: the log row, its entries (with each exercise's figures for the session) and
// sets, and pain flags. Rules live in service.ts.

export interface LogRow {
  id: string
  client_id: string
  client_name: string
  program_id: string | null
  program_name: string | null
  scheduled_session_id: string | null
  program_session_id: string | null
  week_number: number | null
  title: string
  date: string
  start_time: string | null
  duration_minutes: number | null
  effort: number | null
  notes: string
  created_at: string
  updated_at: string
}

export interface EntryRow {
  id: string
  log_id: string
  position: number
  exercise_id: string
  exercise_name: string
  measurement: MeasuredBy
  item_id: string | null
  label: string | null
  notes: string
  records: number
}

export interface SetRow {
  id: string
  entry_id: string
  position: number
  target: string | null
  reps: number | null
  load_kg: number | null
  hold_seconds: number | null
  duration_seconds: number | null
  distance_m: number | null
  rpe: number | null
  status: SetStatus
}

export interface PainRow {
  id: string
  client_id: string
  log_id: string
  set_id: string | null
  area: string
  note: string
  resolved_at: string | null
  resolution_note: string
  created_at: string
}

/** One exercise's figures in one session, as the series and records read them. */
export interface SeriesRow {
  id: string
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

/** A log's figures, with the bests before it kept on its record-setting entries (0008). */
export interface LogFiguresRow extends SeriesRow {
  prev_e1rm_kg: number | null
  prev_best_load_kg: number | null
  prev_best_reps: number | null
  prev_best_other: number | null
}

export interface EntryWrite {
  id: string
  logId: string
  clientId: string
  date: string
  position: number
  exerciseId: string
  itemId: string | null
  label: string | null
  notes: string
  setsDone: number
  bestSetId: string | null
  bestLoadKg: number | null
  bestReps: number | null
  bestOther: number | null
  e1rmKg: number | null
  volumeKg: number
}

export interface SetWrite {
  id: string
  entryId: string
  logId: string
  position: number
  target: string | null
  reps: number | null
  loadKg: number | null
  holdSeconds: number | null
  durationSeconds: number | null
  distanceM: number | null
  rpe: number | null
  status: SetStatus
}

const LOG_SELECT = `SELECT l.id, l.client_id, c.name AS client_name, l.program_id, p.name AS program_name, l.scheduled_session_id,
    l.program_session_id, l.week_number, l.title, l.date, l.start_time, l.duration_minutes, l.effort, l.notes, l.created_at, l.updated_at
  FROM session_logs l JOIN clients c ON c.id = l.client_id LEFT JOIN programs p ON p.id = l.program_id`

export function createLogsRepo(db: Database.Database) {
  const s = {
    log: db.prepare(`${LOG_SELECT} WHERE l.id = ?`),
    logOfScheduled: db.prepare('SELECT id FROM session_logs WHERE scheduled_session_id = ?').pluck(),
    insertLog: db.prepare(`INSERT INTO session_logs (id, client_id, program_id, scheduled_session_id, program_session_id, week_number, title, date,
        start_time, duration_minutes, effort, notes, created_at, updated_at)
      VALUES (@id, @clientId, @programId, @scheduledSessionId, @programSessionId, @weekNumber, @title, @date, @startTime, @durationMinutes, @effort, @notes, @now, @now)`),
    updateLog: db.prepare(`UPDATE session_logs SET program_id = @programId, scheduled_session_id = @scheduledSessionId, program_session_id = @programSessionId,
        week_number = @weekNumber, title = @title, date = @date, start_time = @startTime, duration_minutes = @durationMinutes, effort = @effort,
        notes = @notes, updated_at = @now WHERE id = @id`),
    deleteLog: db.prepare('DELETE FROM session_logs WHERE id = ?'),
    entries: db.prepare(`SELECT e.id, e.log_id, e.position, e.exercise_id, x.name AS exercise_name, json_extract(x.content, '$.measurement') AS measurement,
        e.item_id, e.label, e.notes, e.records
      FROM log_entries e JOIN exercises x ON x.id = e.exercise_id WHERE e.log_id = ? ORDER BY e.position`),
    sets: db.prepare(`SELECT id, entry_id, position, target, reps, load_kg, hold_seconds, duration_seconds, distance_m, rpe, status
      FROM log_sets WHERE log_id = ? ORDER BY entry_id, position`),
    upsertEntry: db.prepare(`INSERT INTO log_entries (id, log_id, client_id, date, position, exercise_id, item_id, label, notes, sets_done, best_set_id,
        best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records, created_at, updated_at)
      VALUES (@id, @logId, @clientId, @date, @position, @exerciseId, @itemId, @label, @notes, @setsDone, @bestSetId, @bestLoadKg, @bestReps, @bestOther,
        @e1rmKg, @volumeKg, 0, @now, @now)
      ON CONFLICT (id) DO UPDATE SET date = excluded.date, position = excluded.position, exercise_id = excluded.exercise_id, item_id = excluded.item_id,
        label = excluded.label, notes = excluded.notes, sets_done = excluded.sets_done, best_set_id = excluded.best_set_id,
        best_load_kg = excluded.best_load_kg, best_reps = excluded.best_reps, best_other = excluded.best_other, e1rm_kg = excluded.e1rm_kg,
        volume_kg = excluded.volume_kg, updated_at = excluded.updated_at`),
    deleteEntry: db.prepare('DELETE FROM log_entries WHERE id = ?'),
    upsertSet: db.prepare(`INSERT INTO log_sets (id, entry_id, log_id, position, target, reps, load_kg, hold_seconds, duration_seconds, distance_m, rpe, status,
        created_at, updated_at)
      VALUES (@id, @entryId, @logId, @position, @target, @reps, @loadKg, @holdSeconds, @durationSeconds, @distanceM, @rpe, @status, @now, @now)
      ON CONFLICT (id) DO UPDATE SET entry_id = excluded.entry_id, position = excluded.position, target = excluded.target, reps = excluded.reps,
        load_kg = excluded.load_kg, hold_seconds = excluded.hold_seconds, duration_seconds = excluded.duration_seconds, distance_m = excluded.distance_m,
        rpe = excluded.rpe, status = excluded.status, updated_at = excluded.updated_at`),
    deleteSet: db.prepare('DELETE FROM log_sets WHERE id = ?'),
    painOfLog: db.prepare(`SELECT id, client_id, log_id, set_id, area, note, resolved_at, resolution_note, created_at FROM pain_flags WHERE log_id = ?`),
    pain: db.prepare(`SELECT id, client_id, log_id, set_id, area, note, resolved_at, resolution_note, created_at FROM pain_flags WHERE id = ?`),
    insertPain: db.prepare(`INSERT INTO pain_flags (id, client_id, log_id, set_id, area, note, resolved_at, resolution_note, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, NULL, '', ?, ?)`),
    updatePainNote: db.prepare('UPDATE pain_flags SET note = ?, updated_at = ? WHERE id = ?'),
    resolvePain: db.prepare('UPDATE pain_flags SET resolved_at = ?, resolution_note = ?, updated_at = ? WHERE id = ?'),
    deletePain: db.prepare('DELETE FROM pain_flags WHERE id = ?'),
    logIdsOfClient: db.prepare('SELECT id FROM session_logs WHERE client_id = ?').pluck(),
    painCountOfClient: db.prepare('SELECT count(*) FROM pain_flags WHERE client_id = ?').pluck(),
    childIds: db.prepare(`SELECT 'log_set' AS entity, id FROM log_sets WHERE log_id = ?
      UNION ALL SELECT 'log_entry', id FROM log_entries WHERE log_id = ?
      UNION ALL SELECT 'pain_flag', id FROM pain_flags WHERE log_id = ?`),
    exercisesOfLog: db.prepare('SELECT DISTINCT exercise_id FROM log_entries WHERE log_id = ?').pluck(),
    series: db.prepare(`SELECT id, log_id, date, exercise_id, sets_done, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records
      FROM log_entries WHERE client_id = ? AND exercise_id = ? ORDER BY date, log_id, position`),
    figuresOfLog: db.prepare(`SELECT id, log_id, date, exercise_id, sets_done, best_load_kg, best_reps, best_other, e1rm_kg, volume_kg, records,
        prev_e1rm_kg, prev_best_load_kg, prev_best_reps, prev_best_other
      FROM log_entries WHERE log_id = ? ORDER BY position`),
    setRecords: db.prepare(`UPDATE log_entries SET records = ?, prev_e1rm_kg = ?, prev_best_load_kg = ?, prev_best_reps = ?, prev_best_other = ?
      WHERE id = ?`),
    // Only record-setting entries carry earlier bests (0008): the few rows to compare when recomputing.
    earlierBestsKept: db.prepare(`SELECT id, prev_e1rm_kg AS e1rmKg, prev_best_load_kg AS bestLoadKg, prev_best_reps AS bestReps, prev_best_other AS bestOther
      FROM log_entries WHERE client_id = ? AND exercise_id = ? AND records != 0`),
    measurementOf: db.prepare(`SELECT json_extract(content, '$.measurement') FROM exercises WHERE id = ?`).pluck(),
    exerciseFacts: db.prepare(`SELECT id, name, json_extract(content, '$.measurement') AS measurement FROM exercises WHERE id IN (SELECT value FROM json_each(?))`),
  }

  return {
    log(id: string): LogRow | null {
      return (s.log.get(id) as LogRow | undefined) ?? null
    },
    logOfScheduled(scheduledSessionId: string): string | null {
      return (s.logOfScheduled.get(scheduledSessionId) as string | undefined) ?? null
    },
    insertLog(row: Record<string, unknown>): void {
      s.insertLog.run(row)
    },
    updateLog(row: Record<string, unknown>): void {
      s.updateLog.run(row)
    },
    deleteLog(id: string): void {
      s.deleteLog.run(id)
    },
    entries(logId: string): EntryRow[] {
      return s.entries.all(logId) as EntryRow[]
    },
    sets(logId: string): SetRow[] {
      return s.sets.all(logId) as SetRow[]
    },
    upsertEntry(e: EntryWrite, now: string): void {
      s.upsertEntry.run({ ...e, now })
    },
    deleteEntry(id: string): void {
      s.deleteEntry.run(id)
    },
    upsertSet(set: SetWrite, now: string): void {
      s.upsertSet.run({ ...set, now })
    },
    deleteSet(id: string): void {
      s.deleteSet.run(id)
    },
    painOfLog(logId: string): PainRow[] {
      return s.painOfLog.all(logId) as PainRow[]
    },
    pain(id: string): PainRow | null {
      return (s.pain.get(id) as PainRow | undefined) ?? null
    },
    insertPain(p: { id: string; clientId: string; logId: string; setId: string | null; area: string; note: string }, now: string): void {
      s.insertPain.run(p.id, p.clientId, p.logId, p.setId, p.area, p.note, now, now)
    },
    updatePainNote(id: string, note: string, now: string): void {
      s.updatePainNote.run(note, now, id)
    },
    resolvePain(id: string, note: string, now: string): void {
      s.resolvePain.run(now, note, now, id)
    },
    deletePain(id: string): void {
      s.deletePain.run(id)
    },
    logIdsOfClient(clientId: string): string[] {
      return s.logIdsOfClient.all(clientId) as string[]
    },
    painCountOfClient(clientId: string): number {
      return s.painCountOfClient.get(clientId) as number
    },
    /** Every row a log's delete removes besides the log itself, for tombstones. */
    childIds(logId: string): { entity: string; id: string }[] {
      return s.childIds.all(logId, logId, logId) as { entity: string; id: string }[]
    },
    exercisesOfLog(logId: string): string[] {
      return s.exercisesOfLog.all(logId) as string[]
    },
    series(clientId: string, exerciseId: string): SeriesRow[] {
      return s.series.all(clientId, exerciseId) as SeriesRow[]
    },
    figuresOfLog(logId: string): LogFiguresRow[] {
      return s.figuresOfLog.all(logId) as LogFiguresRow[]
    },
    /** The record bits of an entry and, when it set any, the bests of the sessions before it. */
    setRecords(entryId: string, bits: number, earlier: SessionBests | null): void {
      s.setRecords.run(bits, earlier?.e1rmKg ?? null, earlier?.bestLoadKg ?? null, earlier?.bestReps ?? null, earlier?.bestOther ?? null, entryId)
    },
    earlierBestsKept(clientId: string, exerciseId: string): Map<string, SessionBests> {
      const kept = new Map<string, SessionBests>()
      for (const row of s.earlierBestsKept.all(clientId, exerciseId) as (SessionBests & { id: string })[]) {
        kept.set(row.id, { e1rmKg: row.e1rmKg, bestLoadKg: row.bestLoadKg, bestReps: row.bestReps, bestOther: row.bestOther })
      }
      return kept
    },
    measurementOf(exerciseId: string): MeasuredBy | null {
      return (s.measurementOf.get(exerciseId) as MeasuredBy | undefined) ?? null
    },
    exerciseFacts(ids: readonly string[]): Map<string, { name: string; measurement: MeasuredBy }> {
      const rows = s.exerciseFacts.all(JSON.stringify(ids)) as { id: string; name: string; measurement: MeasuredBy }[]
      return new Map(rows.map((r) => [r.id, { name: r.name, measurement: r.measurement }]))
    }
  }
}
export type LogsRepo = ReturnType<typeof createLogsRepo>
