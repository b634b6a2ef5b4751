import type Database from 'better-sqlite3'
import type { Client, ClientFields, ClientSummary, Limitation, Readiness, WeightGoal } from '../../../shared/clients'
import { foldText } from '../../../shared/text'
import type { Equipment, GoalTag } from '../../../shared/vocabulary'

// The only code that reads or writes the clients tables.

interface ClientRow {
  id: string
  name: string
  email: string | null
  phone: string | null
  date_of_birth: string | null
  sex: Client['sex']
  height_cm: number | null
  weight_kg: number | null
  goals: string
  goal_tags: string
  level: Client['level']
  training_location: Client['trainingLocation']
  equipment: string
  limitations: string
  readiness: string | null
  weight_goal: string | null
  medical_clearance_needed: number
  notes: string
  tags: string
  archived_at: string | null
  created_at: string
  updated_at: string
}

type SummaryRow = Pick<
  ClientRow,
  'id' | 'name' | 'email' | 'phone' | 'level' | 'training_location' | 'goal_tags' | 'tags' | 'medical_clearance_needed' | 'archived_at' | 'updated_at'
>

const SUMMARY_COLUMNS = 'c.id, c.name, c.email, c.phone, c.level, c.training_location, c.goal_tags, c.tags, c.medical_clearance_needed, c.archived_at, c.updated_at'

function fromRow(row: ClientRow): Client {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    dateOfBirth: row.date_of_birth,
    sex: row.sex,
    heightCm: row.height_cm,
    weightKg: row.weight_kg,
    goals: row.goals,
    goalTags: JSON.parse(row.goal_tags) as GoalTag[],
    level: row.level,
    trainingLocation: row.training_location,
    equipment: JSON.parse(row.equipment) as Equipment[],
    limitations: JSON.parse(row.limitations) as Limitation[],
    readiness: row.readiness === null ? null : (JSON.parse(row.readiness) as Readiness),
    weightGoal: row.weight_goal === null ? null : (JSON.parse(row.weight_goal) as WeightGoal),
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    medicalClearanceNeeded: row.medical_clearance_needed === 1,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

// A list parses two tag lists per row (most of its JavaScript time), and the same lists come back
// row after row and keystroke after keystroke (clients share a few goal and tag sets): each distinct
// text is parsed once and its frozen list shared. Bounded: a studio's distinct sets are a few thousand.
const parsedLists = new Map<string, readonly string[]>()
const PARSED_KEPT = 10_000
const NO_TAGS: readonly string[] = Object.freeze([])

/** A stored JSON list of strings, parsed once per distinct text (frozen: shared by every row that has it). */
function listOf<T extends string>(json: string): T[] {
  if (json === '[]') return NO_TAGS as T[]
  let list = parsedLists.get(json)
  if (list === undefined) {
    if (parsedLists.size >= PARSED_KEPT) parsedLists.clear()
    parsedLists.set(json, (list = Object.freeze(JSON.parse(json) as string[])))
  }
  return list as T[]
}

function summaryFromRow(row: SummaryRow): ClientSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    level: row.level,
    trainingLocation: row.training_location,
    goalTags: listOf<GoalTag>(row.goal_tags),
    tags: listOf<string>(row.tags),
    medicalClearanceNeeded: row.medical_clearance_needed === 1,
    archivedAt: row.archived_at,
    updatedAt: row.updated_at
  }
}

/** The text a search runs over: folded, with the phone also as bare digits (also rebuilds the index after an import). */
export function searchDocument(fields: Pick<ClientFields, 'name' | 'email' | 'phone' | 'tags' | 'goalTags' | 'goals'>): string {
  const parts = [fields.name, fields.email ?? '', fields.phone ?? '', (fields.phone ?? '').replace(/\D/g, ''), fields.tags.join(' '), fields.goalTags.join(' '), fields.goals]
  return foldText(parts.join('\n'))
}

/** GLOB wildcards in typed text match themselves: each goes in a one-character class ("*" -> "[*]"). */
function escapeGlob(term: string): string {
  return term.replace(/[*?[]/g, (ch) => `[${ch}]`)
}

export interface ListOptions {
  query: string
  status: 'active' | 'archived' | 'all'
  sort: 'name' | 'updated'
  limit: number
  offset: number
}

export interface ClientListSql {
  /** The page (LIMIT and OFFSET go last). With `totalInPage`, each row also carries the match count as `total`. */
  sql: string
  /** The count alone: run after the page unless the page carried it. */
  countSql: string
  args: (string | number)[]
  totalInPage: boolean
}

// Active clients, counted without walking them: SQLite counts a whole table page by page (a few
// microseconds for thousands), and the archived few are counted through their own index (0008).
const ACTIVE_COUNT = 'SELECT (SELECT count(*) FROM clients) - (SELECT count(*) FROM clients WHERE archived_at IS NOT NULL) AS n'

/** The SQL of a client list. The bench runs it raw as its peer. */
export function clientListQuery(options: Omit<ListOptions, 'limit' | 'offset'>): ClientListSql {
  const where: string[] = []
  const args: (string | number)[] = []
  if (options.status === 'active') where.push('c.archived_at IS NULL')
  if (options.status === 'archived') where.push('c.archived_at IS NOT NULL')
  const terms = foldText(options.query).split(/\s+/).filter(Boolean)
  // Words of 3+ characters may appear anywhere (name, email, phone, tags, goals), found through the
  // trigram index. GLOB, not LIKE: FTS5 cannot use its index for LIKE ... ESCAPE, and the text is
  // already folded to lower case. One or two characters (the first keystrokes) are looked for in the
  // name only: a trigram index cannot serve them, and scanning every client's whole text for "an" is
  // what made the first keystroke slow. instr() takes the text literally (no wildcards to escape) and
  // costs about half a GLOB per name; the name index holds archived_at (0008), so a count never reads a client row.
  const long = terms.filter((t) => t.length >= 3)
  const short = terms.filter((t) => t.length < 3)
  if (long.length > 0) {
    where.push(`c.id IN (SELECT client_id FROM clients_search WHERE ${long.map(() => 'doc GLOB ?').join(' AND ')})`)
    args.push(...long.map((t) => `*${escapeGlob(t)}*`))
  }
  for (const t of short) {
    where.push('instr(c.sort_name, ?) > 0')
    args.push(t)
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  const order = options.sort === 'name' ? 'c.sort_name, c.id' : 'c.updated_at DESC, c.id'
  // A trigram search's matches are few and all found before the sort: counting them in the same pass
  // (a window over the matches) saves searching the index twice. Without one, the page stops at its
  // LIMIT in index order and the count reads the name index alone, so each stays a statement of its own.
  const totalInPage = long.length > 0
  return {
    sql: `SELECT ${SUMMARY_COLUMNS}${totalInPage ? ', count(*) OVER () AS total' : ''} FROM clients c ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    countSql: terms.length === 0 && options.status === 'active' ? ACTIVE_COUNT : `SELECT count(*) AS n FROM clients c ${whereSql}`,
    args,
    totalInPage
  }
}

export interface StoredClient extends ClientFields {
  medicalClearanceNeeded: boolean
  isSample: boolean
}

export function createClientsRepo(db: Database.Database) {
  const insert = db.prepare(`INSERT INTO clients (
      id, name, sort_name, email, phone, date_of_birth, sex, height_cm, weight_kg, goals, goal_tags, level,
      training_location, equipment, limitations, readiness, weight_goal, medical_clearance_needed, notes, tags,
      is_sample, archived_at, created_at, updated_at)
    VALUES (@id, @name, @sort_name, @email, @phone, @date_of_birth, @sex, @height_cm, @weight_kg, @goals, @goal_tags, @level,
      @training_location, @equipment, @limitations, @readiness, @weight_goal, @medical_clearance_needed, @notes, @tags,
      @is_sample, NULL, @now, @now)`)
  const update = db.prepare(`UPDATE clients SET
      name = @name, sort_name = @sort_name, email = @email, phone = @phone, date_of_birth = @date_of_birth, sex = @sex,
      height_cm = @height_cm, weight_kg = @weight_kg, goals = @goals, goal_tags = @goal_tags, level = @level,
      training_location = @training_location, equipment = @equipment, limitations = @limitations, readiness = @readiness,
      weight_goal = @weight_goal, medical_clearance_needed = @medical_clearance_needed, notes = @notes, tags = @tags,
      updated_at = @now
    WHERE id = @id`)
  const byId = db.prepare('SELECT * FROM clients WHERE id = ?')
  const setArchived = db.prepare('UPDATE clients SET archived_at = ?, updated_at = ? WHERE id = ?')
  const removeRow = db.prepare('DELETE FROM clients WHERE id = ?')
  const removeSearch = db.prepare('DELETE FROM clients_search WHERE client_id = ?')
  const insertSearch = db.prepare('INSERT INTO clients_search (client_id, doc) VALUES (?, ?)')
  const sampleIds = db.prepare('SELECT id FROM clients WHERE is_sample = 1')
  // A list's SQL depends on its filters (a few shapes per session): each is prepared once.
  const listStatements = new Map<string, Database.Statement>()
  const prepared = (sql: string): Database.Statement => {
    let statement = listStatements.get(sql)
    if (!statement) listStatements.set(sql, (statement = db.prepare(sql)))
    return statement
  }

  function params(id: string, client: StoredClient, now: string) {
    return {
      id,
      name: client.name,
      sort_name: foldText(client.name),
      email: client.email,
      phone: client.phone,
      date_of_birth: client.dateOfBirth,
      sex: client.sex,
      height_cm: client.heightCm,
      weight_kg: client.weightKg,
      goals: client.goals,
      goal_tags: JSON.stringify(client.goalTags),
      level: client.level,
      training_location: client.trainingLocation,
      equipment: JSON.stringify(client.equipment),
      limitations: JSON.stringify(client.limitations),
      readiness: client.readiness === null ? null : JSON.stringify(client.readiness),
      weight_goal: client.weightGoal === null ? null : JSON.stringify(client.weightGoal),
      medical_clearance_needed: client.medicalClearanceNeeded ? 1 : 0,
      notes: client.notes,
      tags: JSON.stringify(client.tags),
      is_sample: client.isSample ? 1 : 0,
      now
    }
  }

  function reindex(id: string, client: ClientFields): void {
    removeSearch.run(id)
    insertSearch.run(id, searchDocument(client))
  }

  return {
    get(id: string): Client | undefined {
      const row = byId.get(id) as ClientRow | undefined
      return row && fromRow(row)
    },

    insert(id: string, client: StoredClient, now: string): void {
      insert.run(params(id, client, now))
      // A new id has no search entry to remove; looking for one scans the whole index (client_id is UNINDEXED).
      insertSearch.run(id, searchDocument(client))
    },

    update(id: string, client: StoredClient, now: string): boolean {
      const changed = update.run(params(id, client, now)).changes > 0
      if (changed) reindex(id, client)
      return changed
    },

    setArchived(id: string, archivedAt: string | null, now: string): boolean {
      return setArchived.run(archivedAt, now, id).changes > 0
    },

    remove(id: string): boolean {
      removeSearch.run(id)
      return removeRow.run(id).changes > 0
    },

    sampleIds(): string[] {
      return (sampleIds.all() as { id: string }[]).map((r) => r.id)
    },

    list(options: ListOptions): { items: ClientSummary[]; total: number } {
      const { sql, countSql, args, totalInPage } = clientListQuery(options)
      const rows = prepared(sql).all(...args, options.limit, options.offset) as (SummaryRow & { total?: number })[]
      const count = () => prepared(countSql).pluck().get(...args) as number
      // An empty first page means no match; an empty later page (past the end) carries no count, so asks.
      const total = !totalInPage ? count() : rows.length > 0 ? rows[0]!.total! : options.offset === 0 ? 0 : count()
      return { items: rows.map(summaryFromRow), total }
    }
  }
}

export type ClientsRepo = ReturnType<typeof createClientsRepo>
