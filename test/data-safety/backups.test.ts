import { randomBytes } from 'node:crypto'
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, statSync, utimesSync, writeFileSync, writeSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createCore } from '../../src/main/core/index'
import { backupFileName, backupsToRemove, parseBackupName, type BackupFile } from '../../src/main/core/backup/files'
import { readyCandidate, replaceLiveData } from '../../src/main/core/backup/replace'
import { fullClient } from '../helpers/clients'
import { fingerprint, logicalHash, openTestCore, storeHash, tempDir } from '../helpers/store'

describe('backups', () => {
  it('"Back up now" writes a checked, self-contained copy with the counts a trainer recognises', async () => {
    const t = openTestCore()
    await t.value('clients.create', fullClient({ name: 'Ana Lima' }))
    await t.value('clients.create', fullClient({ name: 'Ben Okafor' }))
    const entry = await t.value('backups.create', {})
    expect(entry.kind).toBe('manual')
    expect(entry.counts).toEqual({ clients: 2, programs: 0, logs: 0 })
    expect(entry.problem).toBeNull()
    expect(entry.path.startsWith(join(t.dataDir, 'backups'))).toBe(true)
    expect(existsSync(`${entry.path}-wal`)).toBe(false)
    const copy = new Database(entry.path, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.prepare('SELECT name FROM clients ORDER BY name').pluck().all()).toEqual(['Ana Lima', 'Ben Okafor'])
    copy.close()

    const list = await t.value('backups.list', {})
    expect(list.backups.map((b) => b.path)).toEqual([entry.path])
    expect(list.lastBackupAt).toBe(entry.createdAt)
    expect(list.undo).toBeNull()
  })

  it('back up, change, restore, undo: each step leaves exactly the data it should', async () => {
    const t = openTestCore()
    await t.value('clients.create', fullClient({ name: 'Kept Client' }))
    const backup = await t.value('backups.create', {})
    const atBackup = logicalHash(t.db)
    const later = await t.value('clients.create', fullClient({ name: 'Added Later' }))
    const beforeRestore = logicalHash(t.db)

    const changed: string[][] = []
    t.core.on('data.changed', ({ scopes }) => changed.push(scopes))
    const preview = await t.value('backups.preview', { path: backup.path })
    expect(preview.counts.clients).toBe(1)
    expect(preview.needsUpgrade).toBe(false)

    const restored = await t.value('backups.restore', { path: backup.path, confirm: true })
    expect(restored.counts.clients).toBe(1)
    expect(restored.beforeRestore.kind).toBe('before-restore')
    expect(restored.beforeRestore.counts?.clients).toBe(2)
    expect(logicalHash(t.db)).toBe(atBackup)
    expect(changed.at(-1)).toEqual(expect.arrayContaining(['clients', 'exercises', 'programs', 'settings']))
    // The core keeps running on the same connection: searches see the restored rows.
    expect((await t.value('clients.list', { query: 'Added' })).total).toBe(0)
    expect((await t.value('clients.list', { query: 'Kept' })).total).toBe(1)
    expect((await t.call('clients.get', { id: later.id })).ok).toBe(false)

    const list = await t.value('backups.list', {})
    expect(list.undo).toMatchObject({ restoredFrom: backup.path, beforeRestore: restored.beforeRestore.path })

    await t.value('backups.undoRestore', { confirm: true })
    expect(logicalHash(t.db)).toBe(beforeRestore)
    expect((await t.value('clients.list', { query: 'Added' })).total).toBe(1)
    expect((await t.value('backups.list', {})).undo).toBeNull()
    const again = await t.call('backups.undoRestore', { confirm: true })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('refuses to restore a file that is not a good backup, and changes nothing', async () => {
    const t = openTestCore()
    await t.value('clients.create', fullClient())
    const hash = storeHash(t.db)
    const dir = tempDir()
    const cases: [string, string | Buffer, RegExp][] = [
      ['empty.db', '', /is empty/],
      ['notes.db', 'just some text, not a database', /not a Spotter data file/],
      ['zeros.db', Buffer.alloc(8192), /not a Spotter data file/]
    ]
    for (const [name, content, message] of cases) {
      const path = join(dir, name)
      writeFileSync(path, content)
      const answer = await t.call('backups.restore', { path, confirm: true })
      expect(answer.ok).toBe(false)
      if (!answer.ok) expect(answer.error.message).toMatch(message)
    }
    const foreign = join(dir, 'foreign.db')
    const other = new Database(foreign)
    other.exec('CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)')
    other.close()
    const answer = await t.call('backups.preview', { path: foreign })
    expect(answer.ok).toBe(false)
    if (!answer.ok) expect(answer.error.message).toMatch(/not a Spotter data file|another program/)
    const missing = await t.call('backups.restore', { path: join(dir, 'nope.db'), confirm: true })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(storeHash(t.db)).toBe(hash)
    expect(readdirSync(t.dataDir).filter((f) => f.startsWith('.work-'))).toEqual([])
  })

  it('refuses a backup from a newer version of Spotter', async () => {
    const t = openTestCore()
    const backup = await t.value('backups.create', {})
    const db = new Database(backup.path)
    db.pragma('user_version = 999')
    db.close()
    const hash = storeHash(t.db)
    const answer = await t.call('backups.restore', { path: backup.path, confirm: true })
    expect(answer.ok).toBe(false)
    if (!answer.ok) expect(answer.error.message).toMatch(/newer version of Spotter.*Update Spotter/)
    expect(storeHash(t.db)).toBe(hash)
  })

  it('settings: folder, schedule and rotation are kept beside the data, and a missing folder is refused', async () => {
    const t = openTestCore()
    const defaults = await t.value('backups.settings', {})
    expect(defaults).toMatchObject({ folder: join(t.dataDir, 'backups'), automatic: true, everyHours: 4, keepDaily: 7, keepWeekly: 4 })
    const elsewhere = tempDir()
    const updated = await t.value('backups.updateSettings', { folder: elsewhere, everyHours: 8 })
    expect(updated).toMatchObject({ folder: elsewhere, everyHours: 8 })
    const entry = await t.value('backups.create', {})
    expect(entry.path.startsWith(elsewhere)).toBe(true)
    const missing = await t.call('backups.updateSettings', { folder: join(elsewhere, 'not-there') })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ path: 'folder' }] } })
    expect((await t.value('backups.updateSettings', { folder: null })).folder).toBe(join(t.dataDir, 'backups'))
  })
})

describe('automatic backups', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('one shortly after start, announced to the UI; a restart minutes later does not make another', async () => {
    vi.stubEnv('SPOTTER_BACKUP_START_DELAY_MS', '20')
    const dataDir = tempDir()
    const core = createCore({ dataDir, automaticBackups: true })
    const changed: string[][] = []
    core.on('data.changed', ({ scopes }) => changed.push(scopes))
    await expect.poll(() => changed, { timeout: 10_000, interval: 50 }).toContainEqual(['backups'])
    const list = await core.call('backups.list', {})
    expect(list).toMatchObject({ ok: true, value: { backups: [{ kind: 'automatic', problem: null }] } })
    const next = (list as { value: { nextBackupAt: string; lastBackupAt: string } }).value
    expect(Date.parse(next.nextBackupAt) - Date.parse(next.lastBackupAt)).toBe(4 * 3600_000)
    core.close()

    const again = createCore({ dataDir, automaticBackups: true })
    await new Promise((r) => setTimeout(r, 500))
    expect((await again.call('backups.list', {})) as { value: { backups: unknown[] } }).toMatchObject({ value: { backups: [expect.anything()] } })
    again.close()
    // Off by default on the command line and in tests (no host).
    const quiet = createCore({ dataDir: tempDir() })
    await new Promise((r) => setTimeout(r, 300))
    expect(await quiet.call('backups.list', {})).toMatchObject({ ok: true, value: { backups: [] } })
    quiet.close()
  })
})

describe('rotation', () => {
  const at = (iso: string, kind: BackupFile['kind'] = 'automatic'): BackupFile => parseBackupName('/b', backupFileName(kind, new Date(iso)))!

  it('names sort by time and read back', () => {
    const name = backupFileName('manual', new Date('2026-03-04T05:06:07.089Z'))
    expect(name).toBe('spotter-2026-03-04_05-06-07-089Z-manual.db')
    expect(parseBackupName('/b', name)).toMatchObject({ kind: 'manual', createdAt: '2026-03-04T05:06:07.089Z' })
    expect(parseBackupName('/b', 'holiday.jpg')).toBeNull()
  })

  it('keeps the last day, 7 daily and 4 weekly automatic backups, and the newest manual ones', () => {
    const now = new Date('2026-06-30T12:00:00Z')
    const files: BackupFile[] = []
    // Every 4 hours for 60 days.
    for (let h = 0; h < 60 * 24; h += 4) files.push(at(new Date(now.getTime() - h * 3600_000).toISOString()))
    for (let d = 0; d < 15; d++) files.push(at(new Date(now.getTime() - d * 86400_000 - 1000).toISOString(), 'manual'))
    files.sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
    const removed = new Set(backupsToRemove(files, { keepDaily: 7, keepWeekly: 4, keepManual: 10, keep: new Set(), now }).map((f) => f.path))
    const kept = files.filter((f) => !removed.has(f.path))
    const keptAutomatic = kept.filter((f) => f.kind === 'automatic')
    const lastDay = keptAutomatic.filter((f) => now.getTime() - Date.parse(f.createdAt) <= 24 * 3600_000)
    expect(lastDay.length).toBe(7) // 0, 4, ..., 24 hours ago
    expect(keptAutomatic.length).toBeLessThanOrEqual(7 + 7 + 4)
    // Today and yesterday are among the 7 days; the last 24 hours keep every backup.
    expect(keptAutomatic.length).toBeGreaterThanOrEqual(7 + 5 + 4)
    const oldest = keptAutomatic.at(-1)!
    expect(now.getTime() - Date.parse(oldest.createdAt)).toBeGreaterThan(28 * 86400_000)
    expect(kept.filter((f) => f.kind === 'manual').length).toBe(10)
    // The backup an undo needs is never removed.
    const undo = files.at(-1)!
    expect(backupsToRemove(files, { keepDaily: 7, keepWeekly: 4, keepManual: 10, keep: new Set([undo.path]), now }).map((f) => f.path)).not.toContain(undo.path)
  })

  it('a backup does not block: the event loop keeps turning while pages are copied', async () => {
    const t = openTestCore()
    t.db.exec('CREATE TABLE filler (id TEXT PRIMARY KEY, blob BLOB)')
    const insert = t.db.prepare('INSERT INTO filler VALUES (?, randomblob(4000))')
    t.db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`f${i}`)
    })()
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const progress: { done: number; total: number }[] = []
    t.core.on('job.progress', (p) => progress.push(p))
    const entry = await t.value('backups.create', {})
    clearInterval(timer)
    expect(statSync(entry.path).size).toBeGreaterThan(5000 * 4000)
    expect(ticks).toBeGreaterThan(2)
    expect(progress.length).toBeGreaterThanOrEqual(2)
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total)
  })
})

describe('restoring from older versions and leftovers', () => {
  it('a backup from schema version 1 is upgraded in a copy, then restored; the chosen file is not changed', async () => {
    const t = openTestCore()
    const old = join(tempDir(), 'old-backup.db')
    copyFileSync(fileURLToPath(new URL('../fixtures/schema-versions/v1.db', import.meta.url)), old)
    const before = fingerprint(old)
    const preview = await t.value('backups.preview', { path: old })
    expect(preview).toMatchObject({ schemaVersion: 1, needsUpgrade: true })
    expect(preview.counts.clients).toBeGreaterThan(0)
    await t.value('backups.restore', { path: old, confirm: true })
    expect((await t.value('clients.list', { query: 'Ana Fixture' })).total).toBe(1)
    expect(t.db.pragma('user_version', { simple: true })).toBe(preview.appSchemaVersion)
    // Built-ins the old file did not have are added, as on any upgrade.
    expect((await t.value('exercises.list', {})).total).toBeGreaterThan(10)
    expect(fingerprint(old)).toEqual(before)
  })

  it('backups are readable by the owner only, and stale leftovers of a crash are cleared at start', async () => {
    const t = openTestCore()
    const entry = await t.value('backups.create', {})
    expect(statSync(entry.path).mode & 0o077).toBe(0)
    const folder = join(t.dataDir, 'backups')
    const stale = join(folder, 'spotter-2020-01-01_00-00-00-000Z-manual.db.partial')
    const fresh = join(folder, 'spotter-2030-01-01_00-00-00-000Z-manual.db.partial')
    const work = join(t.dataDir, '.work-stale')
    writeFileSync(stale, 'half')
    writeFileSync(fresh, 'half')
    mkdirSync(work)
    const hourAgo = new Date(Date.now() - 2 * 3600_000)
    utimesSync(stale, hourAgo, hourAgo)
    utimesSync(work, hourAgo, hourAgo)
    t.close()
    const again = openTestCore(t.dataDir)
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(work)).toBe(false)
    expect(existsSync(fresh)).toBe(true)
    expect((await again.value('backups.list', {})).backups.map((b) => b.path)).toEqual([entry.path])
  })
})

/** A store with a client and their program, and a backup of it whose clients were then deleted behind its foreign keys. */
async function backupMissingItsClients() {
  const t = openTestCore()
  const client = await t.value('clients.create', fullClient({ name: 'Live Client' }))
  await t.value('programs.create', { clientId: client.id, name: 'Live plan', weeks: 1, sessionsPerWeek: 1, withSessions: true })
  const backup = await t.value('backups.create', {})
  const broken = new Database(backup.path)
  broken.pragma('foreign_keys = OFF')
  broken.prepare('DELETE FROM clients').run()
  broken.close()
  return { t, backup }
}

describe('the swap itself', () => {
  it('refuses, all or nothing, a file whose rows refer to records it does not hold', async () => {
    const { t, backup } = await backupMissingItsClients()
    const hash = logicalHash(t.db)
    expect(() => replaceLiveData(t.dbFile, backup.path)).toThrow(/refer to records that are not there/)
    expect(logicalHash(t.db)).toBe(hash)
  })
})

describe('the check of a backup', () => {
  it('a store damaged under a running app gives no backup: the check fails and nothing is listed', async () => {
    const t = openTestCore()
    t.db.exec('CREATE TABLE filler (id TEXT PRIMARY KEY, blob BLOB)')
    const insert = t.db.prepare('INSERT INTO filler VALUES (?, randomblob(3000))')
    t.db.transaction(() => {
      for (let i = 0; i < 400; i++) insert.run(`f${i}`)
    })()
    t.db.pragma('wal_checkpoint(TRUNCATE)')
    // A disk fault: a stretch of pages in the middle of the file overwritten with noise.
    const pages = t.db.pragma('page_count', { simple: true }) as number
    const fd = openSync(t.dbFile, 'r+')
    writeSync(fd, randomBytes(4096 * 8), 0, 4096 * 8, 4096 * Math.floor(pages / 2))
    closeSync(fd)
    const answer = await t.call('backups.create', {})
    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!answer.ok) expect(answer.error.message).toMatch(/failed its check/)
    const folder = join(t.dataDir, 'backups')
    expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([])
  })
})

describe('backups where the host forbids blocking waits', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('a backup is still made and checked when the core thread may not wait on the workers (as in some Electron builds)', async () => {
    const t = openTestCore()
    await t.value('clients.create', fullClient({ name: 'Ana Lima' }))
    const wait = vi.spyOn(Atomics, 'wait').mockImplementation(() => {
      throw new TypeError('Atomics.wait cannot be called in this context')
    })
    const entry = await t.value('backups.create', {})
    expect(wait).toHaveBeenCalled()
    expect(entry.counts).toEqual({ clients: 1, programs: 0, logs: 0 })
    const copy = new Database(entry.path, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    copy.close()
  })
})

describe('restore on worker threads', () => {
  it('a restore leaves the core answering: its pages are copied in on a worker, with progress', async () => {
    const t = openTestCore()
    // About 20 MB of pages, so the copy takes many steps.
    t.db.exec('CREATE TABLE filler (id TEXT PRIMARY KEY, blob BLOB)')
    const insert = t.db.prepare('INSERT INTO filler VALUES (?, randomblob(4000))')
    t.db.transaction(() => {
      for (let i = 0; i < 5000; i++) insert.run(`f${i}`)
    })()
    await t.value('clients.create', fullClient({ name: 'Kept Client' }))
    const backup = await t.value('backups.create', {})
    const atBackup = logicalHash(t.db)
    await t.value('clients.create', fullClient({ name: 'Added Later' }))
    const progress: { job: string; done: number; total: number }[] = []
    t.core.on('job.progress', (p) => progress.push(p))
    let ticks = 0
    const timer = setInterval(() => ticks++, 1)
    const restoring = t.value('backups.restore', { path: backup.path, confirm: true })
    // Calls made meanwhile are answered (reads see the data as it was until the swap commits).
    const during = await t.value('clients.list', { query: '' })
    await restoring
    clearInterval(timer)
    expect(during.total).toBeGreaterThanOrEqual(1)
    expect(ticks).toBeGreaterThan(5)
    expect(logicalHash(t.db)).toBe(atBackup)
    const ours = progress.filter((p) => p.job === 'restore')
    expect(ours.length).toBeGreaterThanOrEqual(2)
    expect(ours.at(-1)?.done).toBe(ours.at(-1)?.total)
    expect((await t.value('clients.list', { query: 'Added' })).total).toBe(0)
    // The swap gave the write-ahead log's space back.
    expect(statSync(`${t.dbFile}-wal`, { throwIfNoEntry: false })?.size ?? 0).toBeLessThan(1024 * 1024)
  })

  it('a file that carries a trigger of its own is copied row by row: the trigger stays out of the live store', async () => {
    const t = openTestCore()
    await t.value('clients.create', fullClient({ name: 'Kept Client' }))
    const backup = await t.value('backups.create', {})
    const crafted = new Database(backup.path)
    crafted.exec("CREATE TRIGGER wipe_on_insert AFTER INSERT ON clients BEGIN DELETE FROM clients WHERE id <> NEW.id; END")
    crafted.close()
    await t.value('backups.restore', { path: backup.path, confirm: true })
    expect(t.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name = 'wipe_on_insert'").get()).toBeUndefined()
    await t.value('clients.create', fullClient({ name: 'New After Restore' }))
    expect((await t.value('clients.list', { query: '' })).total).toBe(2)
  })

  it('a file whose rows refer to records it does not hold is refused before anything is copied', async () => {
    const { t, backup } = await backupMissingItsClients()
    const hash = logicalHash(t.db)
    await expect(readyCandidate(t.dbFile, backup.path)).rejects.toThrow(/refer to records that are not there/)
    expect(logicalHash(t.db)).toBe(hash)
  })
})
