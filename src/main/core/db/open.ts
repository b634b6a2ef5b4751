import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { StoreOpenError } from '../errors'
import { applyPending, assertCompatible, loadMigrations, migrationScript, pendingMigrations, type Migration } from './migrations'

export const DATABASE_FILE = 'spotter.db'
const SQLITE_HEADER = 'SQLite format 3\u0000'

export interface OpenedStore {
  db: Database.Database
  file: string
  schemaVersion: number
  migrationsApplied: number[]
  /** The existing file was opened without its quick_check (see OpenOptions.deferCheck): the caller runs it. */
  checkDeferred: boolean
}

export interface OpenOptions {
  /**
   * Leave the whole-file quick_check to the caller (a worker thread), so a big store opens in
   * milliseconds. Only when nothing is to be written at open: a store with pending migrations is
   * still checked here first, since a damaged file must never be written to.
   */
  deferCheck?: boolean
}

/** What the trainer reads when a migration fails (it ran in one transaction, so the file is as it was). */
export function migrationFailed(file: string, detail: string, existed = true): StoreOpenError {
  return new StoreOpenError(
    'migration_failed',
    file,
    `Spotter could not upgrade the data file ${file} to this version (${detail}). ` +
      (existed ? 'It has not been changed: the previous version of Spotter can still open it.' : 'No data was written.')
  )
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const buf = Buffer.alloc(16)
    const n = readSync(fd, buf, 0, 16, 0)
    return buf.subarray(0, n).toString('latin1')
  } finally {
    closeSync(fd)
  }
}

// Files whose quick_check was just run elsewhere (a restore candidate, checked on a worker thread so the
// core's thread is not held): opening one of them skips a second full pass, once, and only while the
// file is exactly as it was checked (same inode, size and modification time).
const checkedElsewhere = new Map<string, string>()

function fileIdentity(file: string): string {
  const stat = statSync(file)
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeMs}`
}

/** Records that `file` has just passed quick_check (call right after the check, before any write). */
export function markChecked(file: string): void {
  checkedElsewhere.set(file, fileIdentity(file))
}

function takeChecked(file: string): boolean {
  const identity = checkedElsewhere.get(file)
  checkedElsewhere.delete(file)
  return identity !== undefined && identity === fileIdentity(file)
}

/**
 * Checks an existing file without writing to it: header, quick_check, schema compatibility.
 * Any refusal leaves the file byte-for-byte as it was.
 */
function inspectExisting(file: string, known: Migration[], deferCheck: boolean): boolean {
  const size = statSync(file).size
  if (size === 0) {
    throw new StoreOpenError('empty_file', file, `The data file ${file} is empty (0 bytes); it may have been cut short by a disk or sync problem. It has not been changed.`)
  }
  if (readHeader(file) !== SQLITE_HEADER) {
    throw new StoreOpenError('not_sqlite', file, `The file ${file} is not a Spotter data file (it is not an SQLite database). It has not been changed.`)
  }
  // Even a read-only connection to a WAL-mode file creates -wal and -shm beside it and leaves them.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f))
  let db: Database.Database | undefined
  let deferred = false
  try {
    const alreadyChecked = takeChecked(file)
    db = new Database(file, { readonly: true, fileMustExist: true })
    // Deferred only when no migration will write; reading the ledger reads the schema, which a
    // file damaged at its start already fails on here.
    deferred = deferCheck && !alreadyChecked && pendingMigrations(db, known).length === 0
    // Read through the page cache, not a memory map: a map makes every page of the file count in the
    // process's resident memory (1.1 GB for a decade of data), for about a third less CPU on the check.
    // The check reads each page once, so a small cache does as well as a big one.
    db.pragma('cache_size = -2000')
    const result = alreadyChecked || deferred ? 'ok' : db.pragma('quick_check', { simple: true })
    if (result !== 'ok') {
      throw damagedFile(file, String(result))
    }
    assertCompatible(db, file, known)
    assertOurs(db, file)
  } catch (error) {
    db?.close()
    db = undefined
    // A refused file is left as it was found: without sidecar files our look created.
    for (const created of sidecars) rmSync(created, { force: true })
    if (error instanceof StoreOpenError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new StoreOpenError('damaged', file, `The data file ${file} could not be read (${message}). It has not been changed.`)
  } finally {
    db?.close()
  }
  return deferred
}

/** What the trainer reads when quick_check finds damage, at open or in the background. */
export function damagedFile(file: string, found: string): StoreOpenError {
  return new StoreOpenError('damaged', file, `The data file ${file} is damaged (integrity check: ${found}). It has not been changed.`)
}

/**
 * A schema-less SQLite file (user_version 0, no migration ledger) that already has tables belongs to
 * another program: migrating it would mix our tables into someone else's data.
 */
function assertOurs(db: Database.Database, file: string): void {
  if ((db.pragma('user_version', { simple: true }) as number) !== 0) return
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'")
    .pluck()
    .all() as string[]
  if (tables.length > 0) {
    const shown = tables.slice(0, 3).join(', ') + (tables.length > 3 ? ', ...' : '')
    throw new StoreOpenError('foreign', file, `The file ${file} is a database of another program (it holds tables such as ${shown}), not a Spotter data file. It has not been changed.`)
  }
}

/**
 * The upgrade a store in dataDir awaits, as one script (migrations.ts), when its file is one this app can
 * migrate; null when there is nothing to migrate or the file has a problem (openStore then says which).
 * Reads only, and leaves no sidecar file of its own behind.
 */
export function pendingUpgrade(dataDir: string): { file: string; script: string } | null {
  const file = join(dataDir, DATABASE_FILE)
  if (!existsSync(file) || statSync(file).size === 0 || readHeader(file) !== SQLITE_HEADER) return null
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f))
  let db: Database.Database | undefined
  let pending: Migration[] = []
  try {
    const known = loadMigrations()
    db = new Database(file, { readonly: true, fileMustExist: true })
    assertCompatible(db, file, known)
    assertOurs(db, file)
    pending = pendingMigrations(db, known)
  } catch {
    pending = []
  } finally {
    db?.close()
  }
  if (pending.length === 0) {
    for (const created of sidecars) rmSync(created, { force: true })
    return null
  }
  return { file, script: migrationScript(pending, new Date().toISOString()) }
}

/** Opens (or creates) the store in dataDir: checked, migrated, with durable pragmas. */
export function openStore(dataDir: string, options: OpenOptions = {}): OpenedStore {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, DATABASE_FILE)
  const known = loadMigrations()
  const existed = existsSync(file)
  const checkDeferred = existed && inspectExisting(file, known, options.deferCheck ?? false)
  const sidecarsBefore = [`${file}-wal`, `${file}-shm`].filter((f) => existsSync(f))
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    // Health records: durability over a few hundred microseconds per commit.
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma('busy_timeout = 5000')
    let migrationsApplied: number[]
    try {
      migrationsApplied = applyPending(db, known)
    } catch (error) {
      // All pending migrations run in one transaction, so the file is still at its previous version.
      throw migrationFailed(file, error instanceof Error ? error.message : String(error), existed)
    }
    return { db, file, schemaVersion: db.pragma('user_version', { simple: true }) as number, migrationsApplied, checkDeferred }
  } catch (error) {
    db.close()
    if (!existed) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
    else for (const f of [`${file}-wal`, `${file}-shm`]) if (!sidecarsBefore.includes(f)) rmSync(f, { force: true })
    throw error
  }
}
