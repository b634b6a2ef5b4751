import type Database from 'better-sqlite3'
import type { StoreCounts } from '../../../shared/data-safety'

// What "the data" is, read from the schema itself, so tables other domains add later are included
// in backups, restores and exports without changes here.

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
export { quote as quoteName }

/** Tables that describe the file rather than the trainer's data. */
const FILE_TABLES = new Set(['schema_migrations'])

interface TableListRow {
  schema: string
  name: string
  type: 'table' | 'view' | 'shadow' | 'virtual'
}

/**
 * Ordinary tables holding data, in a stable order. FTS virtual tables and their shadow tables are
 * left out: search indexes are rebuilt from the data (see fts.ts), never copied from a file.
 */
export function dataTables(db: Database.Database, schema = 'main'): string[] {
  const rows = db.prepare(`SELECT schema, name, type FROM pragma_table_list WHERE schema = ?`).all(schema) as TableListRow[]
  return rows
    .filter((r) => r.type === 'table' && !r.name.startsWith('sqlite_') && !FILE_TABLES.has(r.name))
    .map((r) => r.name)
    .sort()
}

/** Full-text (virtual) tables of a schema. */
export function searchTables(db: Database.Database, schema = 'main'): string[] {
  const rows = db.prepare(`SELECT name, type FROM pragma_table_list WHERE schema = ?`).all(schema) as TableListRow[]
  return rows.filter((r) => r.type === 'virtual').map((r) => r.name).sort()
}

export function columnsOf(db: Database.Database, table: string, schema = 'main'): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_xinfo(?, ?) WHERE hidden = 0`).all(table, schema) as { name: string }[]).map((r) => r.name)
}

function hasTable(db: Database.Database, table: string, schema: string): boolean {
  return db.prepare(`SELECT 1 FROM pragma_table_list WHERE schema = ? AND name = ?`).get(schema, table) !== undefined
}

function countWhere(db: Database.Database, schema: string, table: string, where = ''): number {
  if (!hasTable(db, table, schema)) return 0
  return db.prepare(`SELECT count(*) FROM ${quote(schema)}.${quote(table)} ${where}`).pluck().get() as number
}

/** Session logs are counted from whichever log table this schema has (none before progress tracking). */
const LOG_TABLES = ['session_logs', 'workout_logs', 'logs']

export function countsOf(db: Database.Database, schema = 'main'): StoreCounts {
  const logTable = LOG_TABLES.find((t) => hasTable(db, t, schema))
  return {
    clients: countWhere(db, schema, 'clients'),
    programs: countWhere(db, schema, 'programs', 'WHERE client_id IS NOT NULL'),
    logs: logTable ? countWhere(db, schema, logTable) : 0
  }
}
