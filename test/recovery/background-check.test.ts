import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadMigrations } from '../../src/main/core/db/migrations'
import { createCore } from '../../src/main/core/index'
import { openStore } from '../../src/main/core/db/open'
import { openSwitchingCore } from '../../src/main/core-switch'
import { fullClient } from '../helpers/clients'
import { fingerprint, tempDir, useBrokenNextMigration } from '../helpers/store'

afterEach(() => {
  vi.unstubAllEnvs()
})

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'schema-versions')

/** A data folder holding the sample store of an earlier schema version. */
function oldStore(version: number): { dataDir: string; dbFile: string } {
  const dataDir = tempDir()
  const dbFile = join(dataDir, 'spotter.db')
  copyFileSync(join(FIXTURES, `v${version}.db`), dbFile)
  return { dataDir, dbFile }
}

// Electron and the harness open the data without waiting for the whole-file check (a decade of data
// takes 1.5 s to check, a studio's 13 s): it runs on a worker thread while the window shows the data.
// Nothing may be written before it passes, and damage it finds brings up the recovery screen.

/** A closed store of 40 clients, big enough that zeroed pages in its middle spare the schema. */
async function storeOfClients(): Promise<{ dataDir: string; dbFile: string }> {
  const dataDir = tempDir()
  const core = createCore({ dataDir, automaticBackups: false })
  for (let i = 0; i < 40; i++) await core.call('clients.create', fullClient({ name: `Client ${i}`, notes: 'n'.repeat(800) }))
  core.close()
  return { dataDir, dbFile: join(dataDir, 'spotter.db') }
}

/** A quarter of the pages zeroed, as a failing disk leaves them: the header and schema still read. */
function zeroMiddlePages(file: string): void {
  const bytes = readFileSync(file)
  const page = (at: number) => Math.floor((bytes.length * at) / 4096) * 4096
  bytes.fill(0, page(0.5), page(0.75))
  writeFileSync(file, bytes)
}

describe('the whole-file check in the background', () => {
  it('a sound store opens without the check, then takes changes once the check has passed', async () => {
    const { dataDir } = await storeOfClients()
    const store = openStore(dataDir, { deferCheck: true })
    expect(store.checkDeferred).toBe(true)
    store.db.close()

    const core = createCore({ dataDir, automaticBackups: false, checkInBackground: true })
    try {
      const created = core.call('clients.create', fullClient({ name: 'Zoe Park' }))
      expect(await core.call('recovery.status', { afterCheck: true })).toMatchObject({ ok: true, value: { problem: null } })
      expect(await core.checked).toBeNull()
      expect(await created).toMatchObject({ ok: true })
      expect(await core.call('clients.list', {})).toMatchObject({ ok: true, value: { total: 41 } })
    } finally {
      core.close()
    }
  })

  it('a store that needs migrating is checked before it is written to, as before', () => {
    const { dataDir } = oldStore(1)
    const store = openStore(dataDir, { deferCheck: true })
    try {
      expect(store.checkDeferred).toBe(false)
      expect(store.migrationsApplied.length).toBeGreaterThan(0)
    } finally {
      store.db.close()
    }
  })

  it('damage found after opening: changes are refused, the recovery core takes over, and the file is untouched', async () => {
    const { dataDir, dbFile } = await storeOfClients()
    zeroMiddlePages(dbFile)
    const before = fingerprint(dbFile).sha256

    const core = openSwitchingCore({ dataDir, coreOptions: { automaticBackups: false, checkInBackground: true } })
    const changes: string[][] = []
    core.on('data.changed', ({ scopes }) => changes.push(scopes))
    try {
      // The schema reads, so the data opens; the check has not answered yet.
      expect(core.mode).toBe('normal')
      // The window's gate asks to hear when the check ends, whether or not it hears the change event.
      const afterCheck = core.call('recovery.status', { afterCheck: true })
      expect(await core.call('recovery.status', {})).toMatchObject({ ok: true, value: { problem: null } })
      const refused = await core.call('clients.create', fullClient({ name: 'Zoe Park' }))
      expect(refused).toMatchObject({ ok: false, error: { code: 'store_unavailable' } })
      if (!refused.ok) expect(refused.error.message).toMatch(/^Nothing was saved\. The data file .* is damaged \(integrity check: /)

      expect(await afterCheck).toMatchObject({ ok: true, value: { problem: 'damaged', file: dbFile } })
      expect((await core.checked)?.problem).toBe('damaged')
      expect(core.mode).toBe('recovery')
      // Every screen asks again, and the app's gate finds the problem.
      expect(changes.some((scopes) => scopes.includes('recovery') && scopes.includes('clients'))).toBe(true)
      expect(await core.call('recovery.status', {})).toMatchObject({ ok: true, value: { problem: 'damaged', file: dbFile } })
      expect(await core.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'store_unavailable' } })
    } finally {
      core.close()
    }
    expect(fingerprint(dbFile).sha256).toBe(before)
  })

  it('built-ins updated by a new app version are written only after the check', async () => {
    const { dataDir, dbFile } = await storeOfClients()
    // As if the store was last opened by a version whose hip thrust had another name.
    const db = new Database(dbFile)
    db.prepare("UPDATE app_meta SET value = 'an older library' WHERE id = 'library.hash'").run()
    const renamed = db.prepare("UPDATE exercises SET name = 'Barbell hip raise (old name)', builtin_hash = 'older' WHERE name = 'Hip thrust'").run()
    expect(renamed.changes).toBe(1)
    db.close()
    const libraryHash = () => {
      const reader = new Database(dbFile, { readonly: true })
      try {
        return reader.prepare("SELECT value FROM app_meta WHERE id = 'library.hash'").pluck().get()
      } finally {
        reader.close()
      }
    }

    const core = createCore({ dataDir, automaticBackups: false, checkInBackground: true })
    const changes: string[][] = []
    core.on('data.changed', ({ scopes }) => changes.push(scopes))
    try {
      expect(libraryHash()).toBe('an older library')
      const found = await core.call('exercises.list', { query: 'hip' })
      expect(found.ok && (found.value as { items: { name: string }[] }).items.map((e) => e.name)).toContain('Barbell hip raise (old name)')
      expect(await core.checked).toBeNull()
      // The seeding follows the check's answer.
      await new Promise((resolve) => setImmediate(resolve))
      expect(libraryHash()).not.toBe('an older library')
      expect(changes).toContainEqual(['exercises', 'programs'])
      const after = await core.call('exercises.list', { query: 'hip' })
      expect(after.ok && (after.value as { items: { name: string }[] }).items.map((e) => e.name)).toContain('Hip thrust')
    } finally {
      core.close()
    }
  })

  it('a core used on its own answers the wait for the check with the damage as a failure', async () => {
    const { dataDir, dbFile } = await storeOfClients()
    zeroMiddlePages(dbFile)
    const core = createCore({ dataDir, automaticBackups: false, checkInBackground: true })
    try {
      const answer = await core.call('recovery.status', { afterCheck: true })
      expect(answer).toMatchObject({ ok: false, error: { code: 'store_unavailable' } })
      if (!answer.ok) expect(answer.error.message).toMatch(/is damaged \(integrity check: /)
    } finally {
      core.close()
    }
  })
})

describe('a store this version must upgrade, in the app', () => {
  const latest = loadMigrations().length

  it('is checked and migrated on a worker thread while calls wait, then answers from the upgraded data', async () => {
    const { dataDir, dbFile } = oldStore(3)
    const old = new Database(dbFile, { readonly: true })
    const clients = old.prepare('SELECT count(*) FROM clients WHERE archived_at IS NULL').pluck().get() as number
    old.close()
    expect(clients).toBeGreaterThan(0)

    const core = openSwitchingCore({ dataDir, coreOptions: { automaticBackups: false, checkInBackground: true } })
    try {
      // The window is up and asking; the answer waits for the upgrade.
      expect(core.mode).toBe('opening')
      expect(() => core.context).toThrow(/being upgraded/)
      const status = core.call('recovery.status', {})
      const list = await core.call('clients.list', {})
      expect(await status).toMatchObject({ ok: true, value: { problem: null } })
      expect(list).toMatchObject({ ok: true, value: { total: clients } })
      expect(core.mode).toBe('normal')
      expect(core.context.schemaVersion).toBe(latest)
      expect(await core.checked).toBeNull()
      expect(await core.call('clients.create', fullClient({ name: 'Zoe Park' }))).toMatchObject({ ok: true })
    } finally {
      core.close()
    }
    const upgraded = new Database(dbFile, { readonly: true })
    try {
      expect(upgraded.pragma('user_version', { simple: true })).toBe(latest)
      expect(upgraded.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(latest)
      expect(upgraded.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      upgraded.close()
    }
  })

  it('a damaged one is not upgraded: the recovery screen, and the file as it was', async () => {
    const { dataDir, dbFile } = oldStore(3)
    zeroMiddlePages(dbFile)
    const before = fingerprint(dbFile).sha256
    const core = openSwitchingCore({ dataDir, coreOptions: { automaticBackups: false, checkInBackground: true } })
    try {
      expect(core.mode).toBe('opening')
      expect(await core.call('recovery.status', {})).toMatchObject({ ok: true, value: { problem: 'damaged' } })
      expect(core.mode).toBe('recovery')
    } finally {
      core.close()
    }
    expect(fingerprint(dbFile).sha256).toBe(before)
  })

  it('a migration that fails on the worker leaves the file as it was and says so', async () => {
    const { dataDir, dbFile } = await storeOfClients()
    useBrokenNextMigration()
    const before = fingerprint(dbFile).sha256
    const core = openSwitchingCore({ dataDir, coreOptions: { automaticBackups: false, checkInBackground: true } })
    try {
      expect(core.mode).toBe('opening')
      const status = await core.call('recovery.status', {})
      expect(status).toMatchObject({ ok: true, value: { problem: 'migration_failed' } })
      if (status.ok) expect((status.value as { message: string }).message).toMatch(/could not upgrade.*no_such_table.*has not been changed/)
    } finally {
      core.close()
    }
    expect(fingerprint(dbFile).sha256).toBe(before)
    expect(existsSync(`${dbFile}-wal`)).toBe(false)
  })
})
