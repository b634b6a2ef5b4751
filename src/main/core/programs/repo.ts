import type Database from 'better-sqlite3'
import type { Exercise } from '../../../shared/exercises'
import type { Block, GroupKind, Prescription, ProgramDocument, ProgramStatus, ProgramSummary } from '../../../shared/programs'
import { foldText } from '../../../shared/text'
import type { TrainingLevel } from '../../../shared/vocabulary'
import { createProgramCounts } from './program-counts'

// The only code that reads or writes the programs tables (programs, weeks, sessions, items, dated sessions).

export interface ProgramRow {
  id: string
  client_id: string | null
  client_name: string | null
  is_template: number
  builtin_key: string | null
  builtin_hash: string | null
  source_id: string | null
  name: string
  goal: string
  level: TrainingLevel
  description: string
  sessions_per_week: number
  status: ProgramStatus
  start_date: string | null
  weekdays: string | null
  revision: number
  archived_at: string | null
  created_at: string
  updated_at: string
}

export interface WeekRow {
  id: string
  position: number
  phase: string
}
export interface SessionRow {
  id: string
  week_id: string
  position: number
  name: string
  weekday: number | null
  lineage_id: string
}
export interface ItemRow {
  id: string
  session_id: string
  block: Block
  position: number
  exercise_id: string
  group_label: string | null
  group_kind: GroupKind | null
  prescription: string
  lineage_id: string
}

export interface ScheduledRow {
  id: string
  program_session_id: string | null
  date: string
  week_number: number
}

export interface NewProgram {
  id: string
  clientId: string | null
  builtinKey: string | null
  builtinHash: string | null
  sourceId: string | null
  name: string
  goal: string
  level: TrainingLevel
  description: string
  sessionsPerWeek: number
  status: ProgramStatus
  startDate: string | null
  weekdays: number[] | null
}

export type ProgramMeta = Pick<ProgramDocument, 'name' | 'goal' | 'level' | 'description' | 'sessionsPerWeek'>

export interface ListFilter {
  templates: boolean
  clientId?: string | null
  status?: ProgramStatus | null
  query: string
  includeArchived: boolean
  limit: number
  offset: number
}

/** Prescription JSON with its keys in one order, so an unchanged item compares equal as text. */
export function prescriptionJson(p: Prescription): string {
  return JSON.stringify({
    sets: p.sets,
    reps: p.reps ? { min: p.reps.min, max: p.reps.max } : null,
    perSide: p.perSide,
    holdSeconds: p.holdSeconds,
    durationMinutes: p.durationMinutes,
    distanceMeters: p.distanceMeters,
    load: p.load === null ? null : p.load.kind === 'bodyweight' ? { kind: 'bodyweight' } : { kind: p.load.kind, value: p.load.value },
    tempo: p.tempo,
    restSeconds: p.restSeconds,
    notes: p.notes
  })
}

const PROGRAM_COLUMNS = `p.id, p.client_id, c.name AS client_name, p.is_template, p.builtin_key, p.builtin_hash, p.source_id, p.name, p.goal,
  p.level, p.description, p.sessions_per_week, p.status, p.start_date, p.weekdays, p.revision, p.archived_at, p.created_at, p.updated_at`

export function createProgramsRepo(db: Database.Database) {
  const statements = new Map<string, Database.Statement>()
  const prepared = (sql: string) => {
    let s = statements.get(sql)
    if (!s) statements.set(sql, (s = db.prepare(sql)))
    return s
  }

  const counts = createProgramCounts(db)
  const byId = db.prepare(`SELECT ${PROGRAM_COLUMNS} FROM programs p LEFT JOIN clients c ON c.id = p.client_id WHERE p.id = ?`)
  const insertProgram = db.prepare(`INSERT INTO programs (id, client_id, is_template, builtin_key, builtin_hash, source_id, name, sort_name, goal,
      level, description, sessions_per_week, status, start_date, weekdays, revision, archived_at, created_at, updated_at)
    VALUES (@id, @client_id, @is_template, @builtin_key, @builtin_hash, @source_id, @name, @sort_name, @goal, @level, @description,
      @sessions_per_week, @status, @start_date, @weekdays, 1, NULL, @now, @now)`)
  const updateMeta = db.prepare(`UPDATE programs SET name = @name, sort_name = @sort_name, goal = @goal, level = @level,
      description = @description, sessions_per_week = @sessions_per_week, revision = revision + 1, updated_at = @now WHERE id = @id`)
  const weeksOf = db.prepare('SELECT id, position, phase FROM program_weeks WHERE program_id = ? ORDER BY position')
  const sessionsOf = db.prepare('SELECT id, week_id, position, name, weekday, lineage_id FROM program_sessions WHERE program_id = ? ORDER BY position')
  const itemsOf = db.prepare(`SELECT id, session_id, block, position, exercise_id, group_label, group_kind, prescription, lineage_id
    FROM program_items WHERE program_id = ? ORDER BY position`)
  const insertWeek = db.prepare('INSERT INTO program_weeks (id, program_id, position, phase, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
  const updateWeek = db.prepare('UPDATE program_weeks SET position = ?, phase = ?, updated_at = ? WHERE id = ?')
  const deleteWeek = db.prepare('DELETE FROM program_weeks WHERE id = ?')
  const insertSession = db.prepare(`INSERT INTO program_sessions (id, program_id, week_id, position, name, weekday, lineage_id, created_at, updated_at)
    VALUES (@id, @program_id, @week_id, @position, @name, @weekday, @lineage_id, @now, @now)`)
  const updateSession = db.prepare(`UPDATE program_sessions SET week_id = @week_id, position = @position, name = @name, weekday = @weekday,
    lineage_id = @lineage_id, updated_at = @now WHERE id = @id`)
  const deleteSession = db.prepare('DELETE FROM program_sessions WHERE id = ?')
  const insertItem = db.prepare(`INSERT INTO program_items (id, program_id, session_id, block, position, exercise_id, group_label, group_kind,
      prescription, lineage_id, created_at, updated_at)
    VALUES (@id, @program_id, @session_id, @block, @position, @exercise_id, @group_label, @group_kind, @prescription, @lineage_id, @now, @now)`)
  const updateItem = db.prepare(`UPDATE program_items SET session_id = @session_id, block = @block, position = @position, exercise_id = @exercise_id,
    group_label = @group_label, group_kind = @group_kind, prescription = @prescription, lineage_id = @lineage_id, updated_at = @now WHERE id = @id`)
  const deleteItem = db.prepare('DELETE FROM program_items WHERE id = ?')
  const idsInUse = db.prepare(`SELECT id, 'week' AS kind, program_id FROM program_weeks WHERE id IN (SELECT value FROM json_each(?))
    UNION ALL SELECT id, 'session', program_id FROM program_sessions WHERE id IN (SELECT value FROM json_each(?))
    UNION ALL SELECT id, 'item', program_id FROM program_items WHERE id IN (SELECT value FROM json_each(?))`)
  const knownExercises = db.prepare('SELECT id FROM exercises WHERE id IN (SELECT value FROM json_each(?))')
  const allExercises = db.prepare('SELECT id, builtin_key, based_on_id, content, hidden_at, archived_at FROM exercises')
  // A revision of the exercises and the settings, for caches of what is derived from them: this
  // connection's own writes bump a counter through temporary triggers (connection-only, never stored in
  // the file), and commits by any other connection (a restore, the CLI) move PRAGMA data_version. A
  // rolled-back write rolls its bump back too, so nothing read inside an open transaction may be kept.
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS programs_reference_writes (n INTEGER NOT NULL);
    INSERT INTO programs_reference_writes (n) SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM programs_reference_writes);`)
  for (const table of ['exercises', 'settings']) {
    for (const verb of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS programs_watch_${table}_${verb.toLowerCase()} AFTER ${verb} ON main.${table}
        BEGIN UPDATE programs_reference_writes SET n = n + 1; END`)
    }
  }
  const referenceRevision = db.prepare("SELECT (SELECT data_version FROM pragma_data_version) || ':' || (SELECT n FROM temp.programs_reference_writes)").pluck()
  const scheduledOf = db.prepare('SELECT id, program_session_id, date, week_number FROM scheduled_sessions WHERE program_id = ? ORDER BY date')
  const insertScheduled = db.prepare(`INSERT INTO scheduled_sessions (id, program_id, client_id, program_session_id, date, week_number, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
  const updateScheduledWeek = db.prepare('UPDATE scheduled_sessions SET week_number = ?, updated_at = ? WHERE id = ?')
  const detachScheduled = db.prepare('UPDATE scheduled_sessions SET program_session_id = NULL, updated_at = ? WHERE id = ?')
  const deleteScheduled = db.prepare('DELETE FROM scheduled_sessions WHERE id = ?')
  const scheduledOfSessions = db.prepare(
    'SELECT id, program_session_id, date, week_number FROM scheduled_sessions WHERE program_session_id IN (SELECT value FROM json_each(?))'
  )

  return {
    get(id: string): ProgramRow | undefined {
      return byId.get(id) as ProgramRow | undefined
    },

    insert(p: NewProgram, now: string): void {
      insertProgram.run({
        id: p.id,
        client_id: p.clientId,
        is_template: p.clientId === null ? 1 : 0,
        builtin_key: p.builtinKey,
        builtin_hash: p.builtinHash,
        source_id: p.sourceId,
        name: p.name,
        sort_name: foldText(p.name),
        goal: p.goal,
        level: p.level,
        description: p.description,
        sessions_per_week: p.sessionsPerWeek,
        status: p.status,
        start_date: p.startDate,
        weekdays: p.weekdays === null ? null : JSON.stringify(p.weekdays),
        now
      })
    },

    /** The document's own fields, with the revision bumped (every save goes through here). */
    updateMeta(id: string, meta: ProgramMeta, now: string): void {
      updateMeta.run({
        id,
        name: meta.name,
        sort_name: foldText(meta.name),
        goal: meta.goal,
        level: meta.level,
        description: meta.description,
        sessions_per_week: meta.sessionsPerWeek,
        now
      })
    },

    setStatus(id: string, status: ProgramStatus, now: string): void {
      prepared('UPDATE programs SET status = ?, updated_at = ? WHERE id = ?').run(status, now, id)
    },

    setSchedule(id: string, startDate: string | null, weekdays: number[] | null, now: string): void {
      prepared('UPDATE programs SET start_date = ?, weekdays = ?, updated_at = ? WHERE id = ?').run(startDate, weekdays && JSON.stringify(weekdays), now, id)
    },

    setArchived(id: string, archivedAt: string | null, now: string): void {
      prepared('UPDATE programs SET archived_at = ?, updated_at = ? WHERE id = ?').run(archivedAt, now, id)
    },

    setBuiltinHash(id: string, hash: string, now: string): void {
      prepared('UPDATE programs SET builtin_hash = ?, updated_at = ? WHERE id = ?').run(hash, now, id)
    },

    remove(id: string): void {
      prepared('DELETE FROM programs WHERE id = ?').run(id)
    },

    rows(programId: string): { weeks: WeekRow[]; sessions: SessionRow[]; items: ItemRow[] } {
      return {
        weeks: weeksOf.all(programId) as WeekRow[],
        sessions: sessionsOf.all(programId) as SessionRow[],
        items: itemsOf.all(programId) as ItemRow[]
      }
    },

    insertWeek(programId: string, id: string, position: number, phase: string, now: string): void {
      insertWeek.run(id, programId, position, phase, now, now)
    },
    updateWeek(id: string, position: number, phase: string, now: string): void {
      updateWeek.run(position, phase, now, id)
    },
    deleteWeek(id: string): void {
      deleteWeek.run(id)
    },
    insertSession(row: SessionRow & { program_id: string }, now: string): void {
      insertSession.run({ ...row, now })
    },
    updateSession(row: SessionRow, now: string): void {
      updateSession.run({ ...row, now })
    },
    deleteSession(id: string): void {
      deleteSession.run(id)
    },
    insertItem(row: ItemRow & { program_id: string }, now: string): void {
      insertItem.run({ ...row, now })
    },
    updateItem(row: ItemRow, now: string): void {
      updateItem.run({ ...row, now })
    },
    deleteItem(id: string): void {
      deleteItem.run(id)
    },

    /** Where each of these ids already lives (any program), by kind of row. */
    idsInUse(weekIds: string[], sessionIds: string[], itemIds: string[]): { id: string; kind: 'week' | 'session' | 'item'; program_id: string }[] {
      return idsInUse.all(JSON.stringify(weekIds), JSON.stringify(sessionIds), JSON.stringify(itemIds)) as {
        id: string
        kind: 'week' | 'session' | 'item'
        program_id: string
      }[]
    },

    knownExercises(ids: string[]): Set<string> {
      return new Set((knownExercises.all(JSON.stringify(ids)) as { id: string }[]).map((r) => r.id))
    },

    /** Changes whenever an exercise or a setting may have changed; null inside a transaction (nothing read there may be kept). */
    referenceRevision(): string | null {
      return db.inTransaction ? null : (referenceRevision.get() as string)
    },

    /** Every exercise's stored content (read-only: the exercises domain owns these rows). */
    allExercises(): { id: string; builtinKey: string | null; basedOnId: string | null; content: Exercise['content']; retired: boolean }[] {
      const rows = allExercises.all() as { id: string; builtin_key: string | null; based_on_id: string | null; content: string; hidden_at: string | null; archived_at: string | null }[]
      return rows.map((r) => ({
        id: r.id,
        builtinKey: r.builtin_key,
        basedOnId: r.based_on_id,
        content: JSON.parse(r.content) as Exercise['content'],
        retired: r.hidden_at !== null || r.archived_at !== null
      }))
    },

    list(filter: ListFilter): { items: ProgramSummary[]; total: number } {
      // A client's few programs are found through programs_by_client (naming is_template too, implied by the
      // client, let SQLite walk every program in name order instead). Otherwise the page is read off
      // programs_listed in the order shown (its entries answer the status and archived filters), stopping once full.
      const where = filter.clientId ? ['p.client_id = ?'] : [filter.templates ? 'p.is_template = 1' : 'p.is_template = 0']
      const args: (string | number)[] = filter.clientId ? [filter.clientId] : []
      if (filter.status) (where.push('p.status = ?'), args.push(filter.status))
      if (!filter.includeArchived) where.push('p.archived_at IS NULL')
      const terms = foldText(filter.query).split(/\s+/).filter(Boolean)
      for (const term of terms) (where.push('instr(p.sort_name, ?) > 0'), args.push(term))
      const whereSql = `WHERE ${where.join(' AND ')}`
      // Without a search or a client the total is kept (program-counts.ts); none left past the offset (a status
      // no program has, say) needs no walk through the index to find out.
      const kept = terms.length === 0 && !filter.clientId ? counts.total(filter) : null
      const rows =
        kept !== null && filter.offset >= kept
          ? []
          : (prepared(`SELECT ${PROGRAM_COLUMNS}, p.end_date, (SELECT count(*) FROM program_weeks w WHERE w.program_id = p.id) AS weeks
                FROM programs p LEFT JOIN clients c ON c.id = p.client_id ${whereSql}
                ORDER BY p.status = 'active' DESC, p.sort_name, p.id LIMIT ? OFFSET ?`).all(...args, filter.limit, filter.offset) as ListedRow[])
      // Otherwise a page that is not full ends the list, and a search or a client's list counts its (few, or indexed) rows.
      let total = kept ?? (rows.length < filter.limit && (rows.length > 0 || filter.offset === 0) ? filter.offset + rows.length : null)
      total ??= (prepared(`SELECT count(*) AS n FROM programs p ${whereSql}`).get(...args) as { n: number }).n
      return { items: rows.map(summaryOf), total }
    },

    programIdsOfClient(clientId: string): string[] {
      return (prepared('SELECT id FROM programs WHERE client_id = ?').all(clientId) as { id: string }[]).map((r) => r.id)
    },

    activeProgramIdsOfClient(clientId: string, except: string): string[] {
      return (prepared("SELECT id FROM programs WHERE client_id = ? AND status = 'active' AND id != ?").all(clientId, except) as { id: string }[]).map((r) => r.id)
    },

    counts(programIds: string[]): { weeks: number; sessions: number; items: number; scheduled: number } {
      const ids = JSON.stringify(programIds)
      const count = (table: string) => (prepared(`SELECT count(*) AS n FROM ${table} WHERE program_id IN (SELECT value FROM json_each(?))`).get(ids) as { n: number }).n
      return { weeks: count('program_weeks'), sessions: count('program_sessions'), items: count('program_items'), scheduled: count('scheduled_sessions') }
    },

    scheduled(programId: string): ScheduledRow[] {
      return scheduledOf.all(programId) as ScheduledRow[]
    },
    scheduledOfSessions(sessionIds: string[]): ScheduledRow[] {
      return scheduledOfSessions.all(JSON.stringify(sessionIds)) as ScheduledRow[]
    },
    insertScheduled(id: string, programId: string, clientId: string, programSessionId: string, date: string, weekNumber: number, now: string): void {
      insertScheduled.run(id, programId, clientId, programSessionId, date, weekNumber, now, now)
    },
    updateScheduledWeek(id: string, weekNumber: number, now: string): void {
      updateScheduledWeek.run(weekNumber, now, id)
    },
    detachScheduled(id: string, now: string): void {
      detachScheduled.run(now, id)
    },
    deleteScheduled(id: string): void {
      deleteScheduled.run(id)
    },

    schedule(filter: { clientId?: string | null; programId?: string | null; from?: string | null; to?: string | null; limit: number }) {
      const where: string[] = []
      const args: (string | number)[] = []
      if (filter.clientId) (where.push('s.client_id = ?'), args.push(filter.clientId))
      if (filter.programId) (where.push('s.program_id = ?'), args.push(filter.programId))
      if (filter.from) (where.push('s.date >= ?'), args.push(filter.from))
      if (filter.to) (where.push('s.date <= ?'), args.push(filter.to))
      const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
      const rows = prepared(`SELECT s.id, s.date, s.week_number, s.program_id, p.name AS program_name, p.status AS program_status,
            s.program_session_id, ps.name AS session_name, s.client_id, c.name AS client_name
          FROM scheduled_sessions s
          JOIN programs p ON p.id = s.program_id
          JOIN clients c ON c.id = s.client_id
          LEFT JOIN program_sessions ps ON ps.id = s.program_session_id
          ${whereSql} ORDER BY s.date, c.sort_name, s.id LIMIT ?`).all(...args, filter.limit) as {
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
      }[]
      const total = (prepared(`SELECT count(*) AS n FROM scheduled_sessions s ${whereSql}`).get(...args) as { n: number }).n
      return {
        items: rows.map((r) => ({
          id: r.id,
          date: r.date,
          weekNumber: r.week_number,
          programId: r.program_id,
          programName: r.program_name,
          programStatus: r.program_status,
          programSessionId: r.program_session_id,
          sessionName: r.session_name,
          clientId: r.client_id,
          clientName: r.client_name
        })),
        total
      }
    },

    builtinHashes(): Map<string, string | null> {
      const rows = prepared('SELECT id, builtin_hash FROM programs WHERE builtin_key IS NOT NULL').all() as { id: string; builtin_hash: string | null }[]
      return new Map(rows.map((r) => [r.id, r.builtin_hash]))
    },

    meta(key: string): string | undefined {
      return (prepared('SELECT value FROM app_meta WHERE id = ?').get(key) as { value: string } | undefined)?.value
    },
    setMeta(key: string, value: string, now: string): void {
      prepared(
        `INSERT INTO app_meta (id, value, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
      ).run(key, value, now, now)
    }
  }
}
export type ProgramsRepo = ReturnType<typeof createProgramsRepo>

/** A row of the list; end_date is kept by migration 0007's triggers (programEndDate of its start and weeks). */
type ListedRow = ProgramRow & { weeks: number; end_date: string | null }

function summaryOf(r: ListedRow): ProgramSummary {
  return {
    id: r.id,
    name: r.name,
    goal: r.goal,
    level: r.level,
    isTemplate: r.is_template === 1,
    builtin: r.builtin_key !== null,
    clientId: r.client_id,
    clientName: r.client_name,
    status: r.status,
    startDate: r.start_date,
    weekdays: r.weekdays ? (JSON.parse(r.weekdays) as number[]) : null,
    // Read, not worked out: date arithmetic on every row was most of a page's time in JavaScript.
    endDate: r.end_date,
    weeks: r.weeks,
    sessionsPerWeek: r.sessions_per_week,
    revision: r.revision,
    archivedAt: r.archived_at,
    updatedAt: r.updated_at
  }
}
