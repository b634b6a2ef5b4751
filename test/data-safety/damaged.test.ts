import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore, createRecoveryCore, StoreOpenError } from '../../src/main/core/index'
import type { StoreProblem } from '../../src/main/core/errors'
import { fullClient } from '../helpers/clients'
import { fingerprint, sidecars, tempDir, useBrokenNextMigration } from '../helpers/store'

afterEach(() => {
  vi.unstubAllEnvs()
})

/** A closed store with 60 clients and one backup of it (taken when it had 50). */
async function storeWithBackup(): Promise<{ dataDir: string; dbFile: string; backup: string }> {
  const dataDir = tempDir()
  const core = createCore({ dataDir })
  for (let i = 0; i < 50; i++) await core.call('clients.create', fullClient({ name: `Client ${i}`, notes: 'n'.repeat(800) }))
  const made = await core.call('backups.create', {})
  if (!made.ok) throw new Error(made.error.message)
  for (let i = 50; i < 60; i++) await core.call('clients.create', fullClient({ name: `Client ${i}`, notes: 'n'.repeat(800) }))
  core.close()
  return { dataDir, dbFile: join(dataDir, 'spotter.db'), backup: (made.value as { path: string }).path }
}

function refusal(dataDir: string): StoreOpenError {
  try {
    createCore({ dataDir }).close()
  } catch (error) {
    if (error instanceof StoreOpenError) return error
    throw error
  }
  throw new Error('the store opened')
}

type Damage = (dbFile: string) => void
const pageSize = 4096
const CASES: [string, Damage, StoreProblem, RegExp][] = [
  ['zero-length', (f) => writeFileSync(f, ''), 'empty_file', /is empty \(0 bytes\)/],
  ['truncated', (f) => writeFileSync(f, readFileSync(f).subarray(0, 6 * pageSize)), 'damaged', /damaged|could not be read/],
  ['truncated mid-page', (f) => writeFileSync(f, readFileSync(f).subarray(0, 6 * pageSize + 1234)), 'damaged', /damaged|could not be read/],
  ['zeroed', (f) => writeFileSync(f, Buffer.alloc(readFileSync(f).length)), 'not_sqlite', /not a Spotter data file/],
  [
    'pages zeroed',
    (f) => {
      const b = readFileSync(f)
      b.fill(0, 3 * pageSize, 9 * pageSize)
      writeFileSync(f, b)
    },
    'damaged',
    /damaged|could not be read/
  ],
  [
    'overwritten',
    (f) => {
      const b = readFileSync(f)
      for (let i = 2 * pageSize; i < b.length; i++) b[i] = (i * 7919) & 0xff
      writeFileSync(f, b)
    },
    'damaged',
    /damaged|could not be read/
  ],
  ['replaced by text', (f) => writeFileSync(f, 'Dear diary,\n'.repeat(500)), 'not_sqlite', /not a Spotter data file/],
  [
    'newer version',
    (f) => {
      const db = new Database(f)
      db.pragma('user_version = 999')
      db.close()
    },
    'newer_version',
    /newer version of Spotter/
  ]
]

describe('a damaged or foreign data file is refused at open, untouched, and the recovery core helps', () => {
  it.each(CASES)('%s', async (_name, damage, problem, message) => {
    const { dataDir, dbFile, backup } = await storeWithBackup()
    damage(dbFile)
    const before = fingerprint(dbFile)
    const sidecarsBefore = sidecars(dbFile)
    const error = refusal(dataDir)
    expect(error.problem).toBe(problem)
    expect(error.message).toMatch(message)
    expect(error.message).toMatch(/has not been changed/)
    expect(fingerprint(dbFile)).toEqual(before)
    expect(sidecars(dbFile)).toEqual(sidecarsBefore)

    const recovered: string[] = []
    const recovery = createRecoveryCore({ dataDir, problem: error, onRecovered: ({ dataDir: d }) => recovered.push(d) })
    const status = await recovery.call('recovery.status', {})
    expect(status).toMatchObject({ ok: true, value: { problem, file: dbFile, message: error.message } })
    expect(await recovery.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'store_unavailable', message: error.message } })
    const listed = await recovery.call('recovery.backups', {})
    expect(listed).toMatchObject({ ok: true, value: { backups: [{ path: backup, counts: { clients: 50 } }] } })
    expect(fingerprint(dbFile)).toEqual(before)

    const restored = await recovery.call('recovery.restore', { path: backup, confirm: true })
    expect(restored).toMatchObject({ ok: true, value: { restoredFrom: backup, counts: { clients: 50 } } })
    const movedTo = (restored as { value: { damagedFileMovedTo: string } }).value.damagedFileMovedTo
    expect(movedTo).toMatch(/spotter\.db\.damaged-\d{4}-/)
    // The damaged file is kept, byte for byte, under its new name.
    expect(fingerprint(movedTo).sha256).toBe(before.sha256)
    await new Promise((r) => setImmediate(r))
    expect(recovered).toEqual([dataDir])
    recovery.close()

    const reopened = createCore({ dataDir })
    const list = await reopened.call('clients.list', { limit: 500 })
    expect(list).toMatchObject({ ok: true, value: { total: 50 } })
    reopened.close()
    expect(readdirSync(dataDir).filter((f) => f.startsWith('.work-') || f.endsWith('.partial'))).toEqual([])
  })

  it('a foreign SQLite file (another program\'s tables) is refused, not migrated', () => {
    const dataDir = tempDir()
    const dbFile = join(dataDir, 'spotter.db')
    const other = new Database(dbFile)
    other.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO recipes (title) VALUES ('Soup')")
    other.close()
    const before = fingerprint(dbFile)
    const error = refusal(dataDir)
    expect(error.problem).toBe('foreign')
    expect(error.message).toMatch(/another program \(it holds tables such as recipes\)/)
    expect(fingerprint(dbFile)).toEqual(before)
  })

  it('a migration that fails is reported as a StoreOpenError and leaves the file byte for byte as it was', async () => {
    const { dataDir, dbFile } = await storeWithBackup()
    useBrokenNextMigration()
    const before = fingerprint(dbFile)
    const error = refusal(dataDir)
    expect(error.problem).toBe('migration_failed')
    expect(error.message).toMatch(/could not upgrade.*no_such_table.*has not been changed/)
    expect(fingerprint(dbFile).sha256).toBe(before.sha256)
    expect(existsSync(`${dbFile}-wal`)).toBe(false)
  })

  it('salvage reads what it can from a damaged file into an export, without touching the file', async () => {
    const { dataDir, dbFile } = await storeWithBackup()
    const b = readFileSync(dbFile)
    b.fill(0, b.length - 4 * pageSize, b.length - 2 * pageSize)
    writeFileSync(dbFile, b)
    const before = fingerprint(dbFile)
    const error = refusal(dataDir)
    const recovery = createRecoveryCore({ dataDir, problem: error })
    expect(await recovery.call('recovery.status', {})).toMatchObject({ ok: true, value: { canSalvage: true } })
    const target = join(tempDir(), 'salvaged.json')
    const salvaged = await recovery.call('recovery.salvage', { path: target })
    expect(salvaged.ok, JSON.stringify(salvaged)).toBe(true)
    const value = (salvaged as { value: { counts: { clients: number }; tables: { name: string }[] } }).value
    expect(value.counts.clients).toBeGreaterThan(0)
    expect(value.tables.map((t) => t.name)).toContain('clients')
    const doc = JSON.parse(readFileSync(target, 'utf8'))
    expect(doc.format).toBe('spotter-export')
    expect(fingerprint(dbFile)).toEqual(before)
    expect(await recovery.call('recovery.openFolder', { path: tempDir() })).toMatchObject({ ok: false, error: { code: 'unavailable' } })
    recovery.close()
  })
})
