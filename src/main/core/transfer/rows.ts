import { join } from 'node:path'
import Database from 'better-sqlite3'
import { badFile } from '../backup/fs-errors'
import { columnsOf, dataTables, quoteName as q } from '../backup/tables'
import { applyPending, loadMigrations } from '../db/migrations'
import type { Cell, ExportDocument } from './document'

// Rows in and out of the export document, table by table, for whatever tables the schema has.

export type TableDumps = ExportDocument['tables']

function toCell(value: unknown): Cell {
  if (Buffer.isBuffer(value)) return { $blob: value.toString('base64') }
  if (typeof value === 'bigint') return Number(value)
  return value as Cell
}

function fromCell(value: unknown): unknown {
  if (value !== null && typeof value === 'object') return Buffer.from((value as { $blob: string }).$blob, 'base64')
  return value
}

/** Every row of the given tables (all data tables by default), optionally filtered per table. */
export function dumpTables(db: Database.Database, tables = dataTables(db), where: Record<string, { sql: string; args: unknown[] }> = {}): TableDumps {
  const out: TableDumps = {}
  for (const table of tables) {
    const columns = columnsOf(db, table)
    const filter = where[table]
    const rows = db
      .prepare(`SELECT ${columns.map(q).join(', ')} FROM ${q(table)} ${filter ? `WHERE ${filter.sql}` : ''} ORDER BY rowid`)
      .raw()
      .all(...(filter?.args ?? [])) as unknown[][]
    out[table] = { columns, rows: rows.map((row) => row.map(toCell)) }
  }
  return out
}

/** SQLite's own words for a refused row, turned into what a trainer can act on. */
function rowProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/cannot store/i.test(message)) return `a value of the wrong type (${message})`
  if (/CHECK constraint/i.test(message)) return `a value outside what Spotter allows (${message})`
  if (/NOT NULL/i.test(message)) return `a required value missing (${message})`
  if (/UNIQUE|PRIMARY KEY/i.test(message)) return `a duplicated record (${message})`
  return message
}

/**
 * Builds an SQLite file at the document's schema version holding its rows (references are not
 * checked here: a one-client file refers to built-in exercises it does not carry). The caller
 * migrates and checks it like any other file before its rows go anywhere.
 */
export function buildStoreFile(doc: ExportDocument, dir: string, path: string, options: { checkReferences: boolean }): string {
  const file = join(dir, 'import.db')
  const db = new Database(file)
  try {
    db.pragma('journal_mode = DELETE')
    // Checked as a whole afterwards (or, for one client, against the store it joins).
    db.pragma('foreign_keys = OFF')
    applyPending(db, loadMigrations().slice(0, doc.schemaVersion))
    const known = new Set(dataTables(db))
    db.transaction(() => {
      for (const [table, dump] of Object.entries(doc.tables)) {
        if (!known.has(table)) throw badFile(`${path} holds a table Spotter (schema ${doc.schemaVersion}) does not have: ${table}`)
        const columns = new Set(columnsOf(db, table))
        const unknown = dump.columns.find((c) => !columns.has(c))
        if (unknown) throw badFile(`${path} holds a column Spotter does not have: ${table}.${unknown}`)
        const insert = db.prepare(`INSERT INTO ${q(table)} (${dump.columns.map(q).join(', ')}) VALUES (${dump.columns.map(() => '?').join(', ')})`)
        dump.rows.forEach((row, i) => {
          try {
            insert.run(...row.map(fromCell))
          } catch (error) {
            throw badFile(`${path} has ${rowProblem(error)} in ${table}, row ${i + 1}`)
          }
        })
      }
    })()
    if (options.checkReferences) {
      const broken = db.pragma('foreign_key_check') as { table: string; parent: string }[]
      const first = broken[0]
      if (first) throw badFile(`${path} has ${broken.length} record(s) in ${first.table} that refer to ${first.parent} records it does not hold`)
    }
    return file
  } finally {
    db.close()
  }
}
