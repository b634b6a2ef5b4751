import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type Database from 'better-sqlite3'
import { afterEach, vi } from 'vitest'
import type { MethodName, MethodOutput } from '../../src/shared/api'
import type { Envelope } from '../../src/shared/envelope'
import { createCore, type Core } from '../../src/main/core/index'
import { DATABASE_FILE } from '../../src/main/core/db/open'

// Shared by the core, contract and CLI-level tests: a fresh data folder per test, removed afterwards,
// and the real core opened on it with every answer checked against its output schema.

export const SOURCE_MIGRATIONS_DIR = fileURLToPath(new URL('../../src/main/core/db/migrations', import.meta.url))

const cleanups: (() => void)[] = []

// Runs after every test of any file that imports this module; cores are closed before their folders go.
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.()
})

/** A temp folder removed after the current test. */
export function tempDir(prefix = 'spotter-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

export interface TestCore {
  core: Core
  dataDir: string
  dbFile: string
  db: Database.Database
  call(method: string, input?: unknown): Promise<Envelope<unknown>>
  /** Calls a method and returns its value, failing the test with the core's own message otherwise. */
  value<M extends MethodName>(method: M, input?: unknown): Promise<MethodOutput<M>>
  close(): void
}

/** Opens the real core on dataDir (a fresh temp folder by default); closed after the current test. */
export function openTestCore(dataDir = tempDir()): TestCore {
  const core = createCore({ dataDir, checkOutputs: true })
  cleanups.push(() => core.close())
  return wrapCore(core, dataDir)
}

/** Like openTestCore but for a whole file's lifetime (beforeAll / afterAll): the caller closes it. */
export function openLongLivedCore(dataDir: string): TestCore {
  return wrapCore(createCore({ dataDir, checkOutputs: true }), dataDir)
}

function wrapCore(core: Core, dataDir: string): TestCore {
  return {
    core,
    dataDir,
    dbFile: join(dataDir, DATABASE_FILE),
    db: core.context.db,
    call: (method, input) => core.call(method, input),
    async value(method, input) {
      const envelope = await core.call(method, input)
      if (!envelope.ok) {
        const issues = envelope.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')
        throw new Error(`${method} answered ${envelope.error.code}: ${envelope.error.message} ${issues}`)
      }
      return envelope.value as MethodOutput<typeof method>
    },
    close: () => core.close()
  }
}

/**
 * A hash of every row of every table (FTS shadow tables included) and user_version: equal hashes
 * mean no write reached the store. Rows are sorted by their serialised form, so no table needs an id column.
 */
export function storeHash(db: Database.Database): string {
  const hash = createHash('sha256')
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`)
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[]
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      .raw()
      .all()
      .map((row: unknown) => JSON.stringify(row, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)))
      .sort()
    hash.update(`${table}:${rows.length}\n${rows.join('\n')}\n`)
  }
  return hash.digest('hex')
}

export function rowCount(db: Database.Database, table: string): number {
  return db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
}

export interface FileFingerprint {
  sha256: string
  size: number
  mtimeMs: number
}

export function fingerprint(file: string): FileFingerprint {
  const stat = statSync(file)
  return { sha256: createHash('sha256').update(readFileSync(file)).digest('hex'), size: stat.size, mtimeMs: stat.mtimeMs }
}

/** The files SQLite keeps beside a WAL-mode database while it is open. */
export function sidecars(dbFile: string): string[] {
  return ['-wal', '-shm', '-journal'].filter((suffix) => existsSync(dbFile + suffix))
}

/** A copy of the app's migrations in a temp folder, for tests that add or edit one. */
export function copyOfMigrations(): string {
  const dir = join(tempDir('spotter-migrations-'), 'migrations')
  cpSync(SOURCE_MIGRATIONS_DIR, dir, { recursive: true })
  return dir
}

/**
 * The app's migrations plus one that fails halfway (its first statement works, its second names a table
 * that is not there), used in place of the app's through SPOTTER_MIGRATIONS_DIR: undo with vi.unstubAllEnvs.
 */
export function useBrokenNextMigration(): void {
  const migrations = copyOfMigrations()
  const next = readdirSync(migrations).filter((f) => f.endsWith('.sql')).length + 1
  writeFileSync(join(migrations, `${String(next).padStart(4, '0')}_broken.sql`), 'CREATE TABLE half_done (id TEXT PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n')
  vi.stubEnv('SPOTTER_MIGRATIONS_DIR', migrations)
}

/**
 * Like storeHash, but over the data only: search indexes (FTS tables and their shadow tables) are left
 * out, since a restore or import rebuilds them with the same content in a different internal layout.
 */
export function logicalHash(db: Database.Database): string {
  const hash = createHash('sha256')
  hash.update(`user_version=${String(db.pragma('user_version', { simple: true }))}\n`)
  const tables = (db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main' ORDER BY name").all() as { name: string; type: string }[])
    .filter((t) => t.type === 'table' && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`)
      .raw()
      .all()
      .map((row: unknown) => JSON.stringify(row, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)))
      .sort()
    hash.update(`${table}:${rows.length}\n${rows.join('\n')}\n`)
  }
  return hash.digest('hex')
}
