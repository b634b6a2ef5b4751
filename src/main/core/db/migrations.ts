import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type Database from 'better-sqlite3'
import { StoreOpenError } from '../errors'

export interface Migration {
  /** Sequence number, from the file name's NNNN prefix; also the schema's user_version once applied. */
  version: number
  /** File name without extension, e.g. "0001_foundation"; stored as the record's id. */
  name: string
  sql: string
  checksum: string
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/

/**
 * Where the .sql files are: beside this module in the source tree (tests, CLI, harness) or copied
 * beside the bundle by the build (the Electron app). SPOTTER_MIGRATIONS_DIR overrides both for tests.
 */
export function migrationsDir(): string {
  if (process.env.SPOTTER_MIGRATIONS_DIR) return process.env.SPOTTER_MIGRATIONS_DIR
  const here = dirname(fileURLToPath(import.meta.url))
  for (const candidate of [join(here, 'migrations'), join(here, 'db', 'migrations'), join(here, 'core', 'db', 'migrations')]) {
    if (existsSync(candidate)) return candidate
  }
  throw new Error(`Spotter's migration files are missing (looked beside ${here})`)
}

/** Checksums ignore line endings, so a checkout with Windows line endings is not "edited". */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex')
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = FILE_PATTERN.exec(file)
      if (!match) throw new Error(`Migration file name ${file} must look like 0001_name.sql`)
      const sql = readFileSync(join(dir, file), 'utf8')
      return { version: Number(match[1]), name: file.replace(/\.sql$/, ''), sql, checksum: checksumOf(sql) }
    })
    .sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 0001, 0002, ... without gaps; found ${m.name}`)
  })
  return migrations
}

interface AppliedMigration {
  id: string
  version: number
  checksum: string
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  id TEXT PRIMARY KEY,
  version INTEGER NOT NULL UNIQUE,
  checksum TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`

export function readApplied(db: Database.Database): AppliedMigration[] {
  const ledger = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'").get()
  if (!ledger) return []
  return db.prepare('SELECT id, version, checksum FROM schema_migrations ORDER BY version').all() as AppliedMigration[]
}

/**
 * Refuses a store this app cannot safely use: one migrated by a newer app version, or one whose
 * applied migrations were edited since. Runs read-only; throws before anything is written.
 */
export function assertCompatible(db: Database.Database, file: string, known: Migration[]): void {
  const userVersion = db.pragma('user_version', { simple: true }) as number
  const applied = readApplied(db)
  const latest = known.length
  const unknown = applied.filter((a) => !known.some((m) => m.name === a.id))
  if (userVersion > latest || unknown.length > 0) {
    throw new StoreOpenError(
      'newer_version',
      file,
      `This data file was written by a newer version of Spotter (schema ${Math.max(userVersion, ...applied.map((a) => a.version))}, this app knows up to ${latest}). ` +
        'Update Spotter to open it; the file has not been changed.'
    )
  }
  for (const a of applied) {
    const m = known.find((k) => k.name === a.id)
    if (m && m.checksum !== a.checksum) {
      throw new StoreOpenError(
        'migration_edited',
        file,
        `Migration ${a.id} differs from the one this data file was built with, so this copy of Spotter cannot be trusted with it. ` +
          'Reinstall Spotter; the file has not been changed.'
      )
    }
  }
}

/** The migrations a store still lacks, in order (none for a store at this app's version). */
export function pendingMigrations(db: Database.Database, known: Migration[]): Migration[] {
  const done = new Set(readApplied(db).map((a) => a.id))
  return known.filter((m) => !done.has(m.name))
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`

/**
 * The SQL that applies `pending` and records each one (ledger row with its checksum, user_version), to
 * run inside one transaction: the core's own connection runs it (applyPending), or a worker thread does
 * while the window says the data is being opened (see the switching core).
 */
export function migrationScript(pending: Migration[], appliedAt: string): string {
  const steps = pending.map(
    (m) =>
      `${m.sql}\n;\nINSERT INTO schema_migrations (id, version, checksum, applied_at) VALUES (${sqlText(m.name)}, ${m.version}, ${sqlText(m.checksum)}, ${sqlText(appliedAt)});\n` +
      `PRAGMA user_version = ${m.version};`
  )
  return [`${CREATE_LEDGER};`, ...steps].join('\n')
}

/**
 * Applies every pending migration in ONE transaction, recording each one's checksum: a migration that
 * fails rolls back all of them (and the ledger), so the file stays exactly at its previous version.
 */
export function applyPending(db: Database.Database, known: Migration[]): number[] {
  const pending = pendingMigrations(db, known)
  if (pending.length === 0) return []
  db.transaction(() => db.exec(migrationScript(pending, new Date().toISOString())))()
  return pending.map((m) => m.version)
}
