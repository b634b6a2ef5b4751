import { createHash } from 'node:crypto'
import { appendFileSync, copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore, StoreOpenError } from '../../src/main/core/index'
import type { StoreProblem } from '../../src/main/core/errors'
import { copyOfMigrations, fingerprint, openTestCore, sidecars, SOURCE_MIGRATIONS_DIR, storeHash, tempDir } from '../helpers/store'
import { fullClient } from '../helpers/clients'

afterEach(() => {
  vi.unstubAllEnvs()
})

const migrationFiles = () => readdirSync(SOURCE_MIGRATIONS_DIR).filter((f) => f.endsWith('.sql')).sort()

/** A store with a client in it, closed again (so SQLite has folded its -wal back into the file). */
async function closedStoreWithData(): Promise<{ dataDir: string; dbFile: string }> {
  const dataDir = tempDir()
  const core = createCore({ dataDir })
  for (let i = 0; i < 40; i++) await core.call('clients.create', fullClient({ name: `Client ${i}`, notes: 'n'.repeat(1500) }))
  core.close()
  const dbFile = join(dataDir, 'spotter.db')
  return { dataDir, dbFile }
}

/** Edits a closed store with plain SQLite, as another program (or a newer Spotter) would. */
function editStore(dbFile: string, edit: (db: Database.Database) => void): void {
  const db = new Database(dbFile)
  edit(db)
  db.close()
}

/** Opening must throw StoreOpenError(problem) and leave the file, and the folder beside it, as they were. */
function expectRefused(dataDir: string, problem: StoreProblem, message: RegExp): StoreOpenError {
  const dbFile = join(dataDir, 'spotter.db')
  const before = fingerprint(dbFile)
  const sidecarsBefore = sidecars(dbFile)
  let thrown: unknown
  try {
    createCore({ dataDir }).close()
  } catch (error) {
    thrown = error
  }
  expect(thrown).toBeInstanceOf(StoreOpenError)
  const error = thrown as StoreOpenError
  expect(error.problem).toBe(problem)
  expect(error.file).toBe(dbFile)
  expect(error.message).toMatch(message)
  expect(error.message).toMatch(/has not been changed/)
  expect(fingerprint(dbFile)).toEqual(before)
  expect(sidecars(dbFile)).toEqual(sidecarsBefore)
  return error
}

describe('opening a new store', () => {
  it('creates spotter.db with durable pragmas and records every migration with its checksum', () => {
    const { db, dbFile } = openTestCore()
    expect(existsSync(dbFile)).toBe(true)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)

    const files = migrationFiles()
    expect(files.length).toBeGreaterThan(0)
    expect(db.pragma('user_version', { simple: true })).toBe(files.length)
    const recorded = db.prepare('SELECT id, version, checksum FROM schema_migrations ORDER BY version').all()
    expect(recorded).toEqual(
      files.map((file, i) => ({
        id: file.replace(/\.sql$/, ''),
        version: i + 1,
        checksum: createHash('sha256').update(readFileSync(join(SOURCE_MIGRATIONS_DIR, file), 'utf8').replace(/\r\n/g, '\n')).digest('hex')
      }))
    )
  })

  it('reopening an up-to-date store changes nothing', async () => {
    const dataDir = tempDir()
    const first = createCore({ dataDir })
    await first.call('clients.create', fullClient())
    const hash = storeHash(first.context.db)
    first.close()

    const second = openTestCore(dataDir)
    expect(storeHash(second.db)).toBe(hash) // the ledger's applied_at included: nothing re-applied
    expect((await second.value('clients.list', {})).total).toBe(1)
  })
})

describe('refusing a store it cannot safely use', () => {
  it('refuses a store written by a newer version (higher user_version)', async () => {
    const { dataDir, dbFile } = await closedStoreWithData()
    editStore(dbFile, (db) => db.pragma(`user_version = ${migrationFiles().length + 1}`))
    expectRefused(dataDir, 'newer_version', /newer version of Spotter.*Update Spotter/)
  })

  it('leaves the -wal of a newer store that was not closed cleanly exactly as it was', async () => {
    const { dbFile: source } = await closedStoreWithData()
    const writer = new Database(source)
    writer.pragma('wal_autocheckpoint = 0')
    writer.pragma(`user_version = ${migrationFiles().length + 1}`)
    writer.prepare("UPDATE clients SET notes = 'written by a newer Spotter'").run()
    // Copy the file and its -wal while the writer still has them open: what a crash leaves behind.
    const dataDir = tempDir()
    const dbFile = join(dataDir, 'spotter.db')
    copyFileSync(source, dbFile)
    copyFileSync(`${source}-wal`, `${dbFile}-wal`)
    writer.close()
    const walBefore = fingerprint(`${dbFile}-wal`)
    expect(walBefore.size).toBeGreaterThan(0)
    expectRefused(dataDir, 'newer_version', /newer version of Spotter/)
    expect(fingerprint(`${dbFile}-wal`)).toEqual(walBefore)
  })

  it('refuses a store with a migration this app does not know', async () => {
    const { dataDir, dbFile } = await closedStoreWithData()
    editStore(dbFile, (db) =>
      db.prepare("INSERT INTO schema_migrations (id, version, checksum, applied_at) VALUES ('0999_from_the_future', 999, 'x', '2030-01-01')").run()
    )
    expectRefused(dataDir, 'newer_version', /newer version of Spotter/)
  })

  it('refuses a store whose applied migration was since edited in the app', async () => {
    const { dataDir } = await closedStoreWithData()
    const edited = copyOfMigrations()
    appendFileSync(join(edited, '0001_foundation.sql'), '\n-- a later edit\n')
    vi.stubEnv('SPOTTER_MIGRATIONS_DIR', edited)
    expectRefused(dataDir, 'migration_edited', /Migration 0001_foundation differs/)
  })

  it('refuses a store whose recorded checksum was tampered with', async () => {
    const { dataDir, dbFile } = await closedStoreWithData()
    editStore(dbFile, (db) => db.prepare("UPDATE schema_migrations SET checksum = 'deadbeef' WHERE version = 1").run())
    expectRefused(dataDir, 'migration_edited', /Reinstall Spotter/)
  })

  it('refuses an empty (0 byte) file', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'spotter.db'), '')
    expectRefused(dataDir, 'empty_file', /is empty \(0 bytes\)/)
  })

  it('refuses a file that is not an SQLite database', () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, 'spotter.db'), 'Shopping list:\n- eggs\n- oats\n'.repeat(50))
    expectRefused(dataDir, 'not_sqlite', /is not a Spotter data file/)
  })

  it('refuses an SQLite file whose pages are garbage', async () => {
    const { dataDir, dbFile } = await closedStoreWithData()
    const bytes = readFileSync(dbFile)
    // Keep the 100-byte header and first page; scramble every page after it.
    for (let i = 4096; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff
    writeFileSync(dbFile, bytes)
    expectRefused(dataDir, 'damaged', /is damaged|could not be read/)
  })

  it('refuses an SQLite file cut short', async () => {
    const { dataDir, dbFile } = await closedStoreWithData()
    const bytes = readFileSync(dbFile)
    writeFileSync(dbFile, bytes.subarray(0, Math.floor(bytes.length / 2 / 4096) * 4096))
    expectRefused(dataDir, 'damaged', /is damaged|could not be read/)
  })
})

describe('migrating forward', () => {
  it('applies a new migration to an existing store and keeps its data', async () => {
    const migrations = copyOfMigrations()
    vi.stubEnv('SPOTTER_MIGRATIONS_DIR', migrations)
    const dataDir = tempDir()
    const before = createCore({ dataDir })
    const created = await before.call('clients.create', fullClient())
    before.close()
    if (!created.ok) throw new Error(created.error.message)
    const { id } = created.value as { id: string }
    const next = migrationFiles().length + 1
    const name = `${String(next).padStart(4, '0')}_nicknames`
    const sql = 'ALTER TABLE clients ADD COLUMN nickname TEXT;\nCREATE TABLE nickname_history (id TEXT PRIMARY KEY, nickname TEXT NOT NULL) STRICT;\n'
    writeFileSync(join(migrations, `${name}.sql`), sql)

    const after = openTestCore(dataDir)
    expect(after.db.pragma('user_version', { simple: true })).toBe(next)
    expect(after.db.prepare('SELECT checksum FROM schema_migrations WHERE id = ?').pluck().get(name)).toBe(
      createHash('sha256').update(sql).digest('hex')
    )
    expect(after.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('clients')).toContain('nickname')
    expect((await after.value('clients.get', { id })).name).toBe(fullClient().name)
  })

  it('a migration that fails leaves the store at its previous version, not half-applied', async () => {
    const migrations = copyOfMigrations()
    vi.stubEnv('SPOTTER_MIGRATIONS_DIR', migrations)
    const dataDir = tempDir()
    const first = createCore({ dataDir })
    await first.call('clients.create', fullClient())
    const hashBefore = storeHash(first.context.db)
    first.close()
    const previous = migrationFiles().length
    const broken = join(migrations, `${String(previous + 1).padStart(4, '0')}_broken.sql`)
    writeFileSync(broken, 'CREATE TABLE half_done (id TEXT PRIMARY KEY);\nINSERT INTO no_such_table VALUES (1);\n')

    expect(() => createCore({ dataDir })).toThrow(/no_such_table/)
    const check = new Database(join(dataDir, 'spotter.db'), { readonly: true })
    expect(check.pragma('user_version', { simple: true })).toBe(previous)
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0)
    expect(storeHash(check)).toBe(hashBefore)
    check.close()

    // Once the app ships a working migration again, the same store opens and moves forward.
    writeFileSync(broken, 'CREATE TABLE half_done (id TEXT PRIMARY KEY);\n')
    const fixed = openTestCore(dataDir)
    expect(fixed.db.pragma('user_version', { simple: true })).toBe(previous + 1)
    expect((await fixed.value('clients.list', {})).total).toBe(1)
  })
})
