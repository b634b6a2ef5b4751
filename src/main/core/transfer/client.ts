import { rmSync } from 'node:fs'
import Database from 'better-sqlite3'
import { api } from '../../../shared/api'
import type { StoreCounts } from '../../../shared/data-safety'
import { ExerciseContent } from '../../../shared/exercises'
import { createClientsRepo, searchDocument } from '../clients/repo'
import { workFolder } from '../backup/candidate'
import { clientProblem } from './checks'
import { badFile } from '../backup/fs-errors'
import { dataTables, quoteName as q } from '../backup/tables'
import { applyPending, loadMigrations } from '../db/migrations'
import type { CoreDeps } from '../deps'
import { newId } from '../ids'
import { EXPORT_FORMAT, FORMAT_VERSION, type ExportDocument } from './document'
import { buildStoreFile, dumpTables, type TableDumps } from './rows'

// One client with everything that hangs off them (programs, schedule, logs...), found through the
// schema's foreign keys, so tables added later come along. Records they only refer to (exercises,
// and any other shared table) travel too and are reused when the receiving store already has them.

interface ForeignKey {
  table: string
  from: string
  parent: string
  to: string
}

function foreignKeys(db: Database.Database, tables: string[]): ForeignKey[] {
  return tables.flatMap((table) =>
    (db.prepare('SELECT "table" AS parent, "from", "to" FROM pragma_foreign_key_list(?)').all(table) as { parent: string; from: string; to: string | null }[]).map(
      (fk) => ({ table, from: fk.from, parent: fk.parent, to: fk.to ?? 'id' })
    )
  )
}

/** Tables whose rows belong to a client: clients, and every table that refers (through others) to it. */
export function clientTables(db: Database.Database): string[] {
  const fks = foreignKeys(db, dataTables(db))
  const owned = new Set(['clients'])
  let grew = true
  while (grew) {
    grew = false
    for (const fk of fks) {
      if (owned.has(fk.parent) && !owned.has(fk.table)) {
        owned.add(fk.table)
        grew = true
      }
    }
  }
  return [...owned].sort()
}

const LOG_TABLES = ['session_logs', 'workout_logs', 'logs']

export function countsInClientDocument(doc: ExportDocument): StoreCounts {
  const logTable = LOG_TABLES.find((t) => doc.tables[t])
  const programs = doc.tables.programs
  const clientCol = programs?.columns.indexOf('client_id') ?? -1
  return {
    clients: doc.tables.clients?.rows.length ?? 0,
    programs: programs ? programs.rows.filter((r) => clientCol >= 0 && r[clientCol] !== null).length : 0,
    logs: logTable ? (doc.tables[logTable]?.rows.length ?? 0) : 0
  }
}

export function clientDocument(deps: CoreDeps, clientId: string): ExportDocument {
  const { db } = deps
  const client = deps.clients.get(clientId)
  return db.transaction((): ExportDocument => {
    const owned = clientTables(db)
    const fks = foreignKeys(db, owned)
    const ids = new Map<string, Set<string>>([['clients', new Set([clientId])]])
    const where: Record<string, { sql: string; args: unknown[] }> = {}
    // Walk down: rows whose reference points at a row already taken.
    let grew = true
    while (grew) {
      grew = false
      for (const table of owned) {
        const links = fks.filter((fk) => fk.table === table && ids.has(fk.parent))
        if (table === 'clients' || links.length === 0) continue
        const sql = links.map((fk) => `${q(fk.from)} IN (SELECT value FROM json_each(?))`).join(' OR ')
        const args = links.map((fk) => JSON.stringify([...(ids.get(fk.parent) ?? [])]))
        const found = db.prepare(`SELECT id FROM ${q(table)} WHERE ${sql}`).pluck().all(...args) as string[]
        const set = ids.get(table) ?? new Set<string>()
        const before = set.size
        for (const id of found) set.add(id)
        ids.set(table, set)
        if (set.size > before) grew = true
      }
    }
    // Walk up once: shared records the client's rows refer to (exercises, ...).
    const shared = new Map<string, Set<string>>()
    for (const fk of fks) {
      if (owned.includes(fk.parent)) continue
      const taken = ids.get(fk.table)
      if (!taken || taken.size === 0) continue
      const refs = db
        .prepare(`SELECT DISTINCT ${q(fk.from)} FROM ${q(fk.table)} WHERE id IN (SELECT value FROM json_each(?)) AND ${q(fk.from)} IS NOT NULL`)
        .pluck()
        .all(JSON.stringify([...taken])) as string[]
      const set = shared.get(fk.parent) ?? new Set<string>()
      for (const r of refs) set.add(r)
      shared.set(fk.parent, set)
    }
    // A custom exercise's picture goes with it.
    const exerciseIds = shared.get('exercises')
    if (exerciseIds && exerciseIds.size > 0 && dataTables(db).includes('exercise_images')) {
      where.exercise_images = { sql: 'exercise_id IN (SELECT value FROM json_each(?))', args: [JSON.stringify([...exerciseIds])] }
    }
    for (const [table, set] of [...ids, ...shared]) where[table] = { sql: 'id IN (SELECT value FROM json_each(?))', args: [JSON.stringify([...set])] }
    const tables = [...new Set([...ids.keys(), ...shared.keys(), ...(where.exercise_images ? ['exercise_images'] : [])])].sort()
    const doc: ExportDocument = {
      format: EXPORT_FORMAT,
      formatVersion: FORMAT_VERSION,
      kind: 'client',
      exportedAt: new Date().toISOString(),
      appVersion: deps.ctx.version,
      schemaVersion: deps.ctx.schemaVersion,
      counts: { clients: 1, programs: 0, logs: 0 },
      clientId,
      clientName: client.name,
      tables: dumpTables(db, tables, where)
    }
    doc.counts = countsInClientDocument(doc)
    return doc
  })()
}

/** An older one-client file is brought up to this schema in a work folder first. */
function upgraded(deps: CoreDeps, doc: ExportDocument, path: string): ExportDocument {
  const latest = loadMigrations()
  if (doc.schemaVersion === latest.length) return doc
  const dir = workFolder(deps.ctx.dataDir)
  try {
    const file = buildStoreFile(doc, dir, path, { checkReferences: false })
    const db = new Database(file)
    try {
      db.pragma('foreign_keys = OFF')
      applyPending(db, latest)
      const present = dataTables(db).filter((t) => (db.prepare(`SELECT count(*) FROM ${q(t)}`).pluck().get() as number) > 0)
      return { ...doc, schemaVersion: latest.length, tables: dumpTables(db, present) }
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A trainer's own exercise imported before (under a new id): same name, same content. */
function sameCustomExercise(db: Database.Database, row: Record<string, unknown>): string | null {
  let wanted: string
  try {
    wanted = JSON.stringify(JSON.parse(String(row.content)))
  } catch {
    return null
  }
  const candidates = db.prepare('SELECT id, content FROM exercises WHERE builtin_key IS NULL AND name = ?').all(row.name) as { id: string; content: string }[]
  return candidates.find((c) => JSON.stringify(JSON.parse(c.content)) === wanted)?.id ?? null
}

function cellValue(v: unknown): unknown {
  return v !== null && typeof v === 'object' ? Buffer.from((v as { $blob: string }).$blob, 'base64') : v
}

export function importClientDocument(deps: CoreDeps, original: ExportDocument, path: string) {
  const doc = upgraded(deps, original, path)
  const { db } = deps
  const owned = new Set(clientTables(db))
  const known = new Set(dataTables(db))
  for (const table of Object.keys(doc.tables)) if (!known.has(table)) throw badFile(`${path} holds a table Spotter does not have: ${table}`)
  const clients = doc.tables.clients
  if (!clients || clients.rows.length !== 1) throw badFile(`${path} should hold exactly one client, and holds ${clients?.rows.length ?? 0}`)
  const fks = foreignKeys(db, [...known])
  const rowsOf = (table: string) => {
    const dump = doc.tables[table]
    return dump ? dump.rows.map((row) => Object.fromEntries(dump.columns.map((c, i) => [c, cellValue(row[i])])) as Record<string, unknown>) : []
  }
  const exists = (table: string, id: unknown) => db.prepare(`SELECT 1 FROM ${q(table)} WHERE id = ?`).get(id) !== undefined

  try {
    return db.transaction(() => {
      db.pragma('defer_foreign_keys = ON')
      // Shared records first: reuse what this store has, add what it lacks.
      const mapped = new Map<string, Map<unknown, unknown>>()
      const mapOf = (table: string) => mapped.get(table) ?? mapped.set(table, new Map()).get(table)!
      for (const table of Object.keys(doc.tables).filter((t) => !owned.has(t) && t !== 'exercise_images')) {
        for (const row of rowsOf(table)) {
          if (exists(table, row.id)) mapOf(table).set(row.id, row.id)
          else if (table === 'exercises') {
            const same = sameCustomExercise(db, row)
            if (same) {
              mapOf(table).set(row.id, same)
              continue
            }
            const content = ExerciseContent.safeParse(JSON.parse(String(row.content)))
            if (!content.success) throw badFile(`${path} holds an exercise that is not valid (${content.error.issues[0]?.message ?? 'unreadable'})`)
            const created = deps.exercises.create(content.data as never)
            mapOf(table).set(row.id, created.id)
            const image = rowsOf('exercise_images').find((i) => i.exercise_id === row.id)
            if (image && Buffer.isBuffer(image.data)) deps.exercises.setImage(created.id, image.mime_type as 'image/png', image.data.toString('base64'))
          } else {
            const cols = Object.keys(row)
            db.prepare(`INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]))
            mapOf(table).set(row.id, row.id)
          }
        }
      }
      // The client's own rows: new ids throughout if any of them is already here (e.g. imported twice).
      const ownTables = Object.keys(doc.tables).filter((t) => owned.has(t))
      const newIds = ownTables.some((t) => rowsOf(t).some((row) => exists(t, row.id)))
      for (const table of ownTables) for (const row of rowsOf(table)) mapOf(table).set(row.id, newIds ? newId() : row.id)
      // Ids are unique across tables, so any cell holding a changed id refers to that row, whether through
      // a foreign key or a copied column (e.g. a log entry's client_id, kept beside it for its index).
      const changed = new Map<unknown, unknown>()
      for (const map of mapped.values()) for (const [from, to] of map) if (from !== to) changed.set(from, to)
      for (const table of ownTables) {
        const links = fks.filter((fk) => fk.table === table)
        for (const row of rowsOf(table)) {
          const out: Record<string, unknown> = Object.fromEntries(Object.entries(row).map(([c, v]) => [c, changed.has(v) ? changed.get(v) : v]))
          for (const fk of links) {
            const value = row[fk.from]
            if (value === null || value === undefined || mapped.get(fk.parent)?.has(value)) continue
            if (!exists(fk.parent, value)) throw badFile(`${path} refers to a ${fk.parent} record it does not hold (${table}.${fk.from})`)
          }
          const cols = Object.keys(out)
          try {
            db.prepare(`INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => out[c]))
          } catch (error) {
            throw badFile(`${path} has a record that does not fit in ${table} (${error instanceof Error ? error.message : String(error)})`)
          }
        }
      }
      const clientId = String(mapOf('clients').get(rowsOf('clients')[0]?.id))
      const repo = createClientsRepo(db)
      const stored = repo.get(clientId)
      if (!stored) throw badFile(`${path} has a client record that cannot be read`)
      db.prepare('INSERT INTO clients_search (client_id, doc) VALUES (?, ?)').run(clientId, searchDocument(stored))
      // Read back through the contract's own shapes: what the screens could not show is refused now.
      const client = api['clients.get'].output.safeParse(deps.clients.get(clientId))
      if (!client.success) throw badFile(`${path} has a client record that is not valid (${client.error.issues[0]?.path.join('.')}: ${client.error.issues[0]?.message})`)
      const problem = clientProblem(client.data)
      if (problem) throw badFile(`${path} has a client record Spotter would not accept (${problem})`)
      const programIds = [...mapOf('programs').entries()].filter(([old]) => rowsOf('programs').some((p) => p.id === old && p.client_id !== null)).map(([, id]) => id as string)
      for (const id of programIds) {
        const program = api['programs.get'].output.safeParse(deps.programs.get(id))
        if (!program.success) throw badFile(`${path} has a program that is not valid (${program.error.issues[0]?.message})`)
      }
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) throw badFile(`${path} has ${broken.length} record(s) that refer to records it does not hold`)
      const counts = countsInClientDocument(doc)
      return { clientId, clientName: client.data.name, programs: counts.programs, logs: counts.logs, newIds }
    })()
  } catch (error) {
    if (error instanceof Error && /FOREIGN KEY/.test(error.message)) throw badFile(`${path} has records that refer to records it does not hold`)
    throw error
  }
}
