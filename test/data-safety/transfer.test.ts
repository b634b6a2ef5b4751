import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { searchTables } from '../../src/main/core/backup/tables'
import { searchTablesWithoutRebuilder } from '../../src/main/core/transfer/fts'
import { dumpTables } from '../../src/main/core/transfer/rows'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import { fullClient } from '../helpers/clients'
import { logicalHash, openTestCore, storeHash, tempDir, type TestCore } from '../helpers/store'

async function storeWithData(): Promise<TestCore> {
  const t = openTestCore()
  await t.value('sample.load', {})
  const client = await t.value('clients.create', fullClient({ name: 'Quillon Export', notes: 'Knee surgery 2019; "quotes", commas, and ünïcode' }))
  await t.value('programs.create', { clientId: client.id, name: 'Back of thigh', weeks: 2, sessionsPerWeek: 2, withSessions: true })
  return t
}

async function expectRefused(t: TestCore, method: string, input: unknown, message: RegExp, field = 'path'): Promise<void> {
  const hash = storeHash(t.db)
  const answer = await t.call(method, input)
  expect(answer.ok, `${String((input as { path?: string }).path)}: ${JSON.stringify(answer).slice(0, 300)}`).toBe(false)
  if (!answer.ok) {
    expect(answer.error.message).toMatch(message)
    expect(answer.error.issues.map((i) => i.path)).toContain(field)
  }
  expect(storeHash(t.db)).toBe(hash)
}

describe('whole-store export and import', () => {
  it('export -> change -> import gives back exactly the exported data, and can be undone', async () => {
    const t = await storeWithData()
    const path = join(tempDir(), 'all.json')
    const exported = await t.value('transfer.exportStore', { path })
    expect(exported.encrypted).toBe(false)
    expect(exported.counts.clients).toBeGreaterThan(1)
    const atExport = logicalHash(t.db)
    const doc = JSON.parse(readFileSync(path, 'utf8'))
    expect(doc).toMatchObject({ format: 'spotter-export', formatVersion: 1, kind: 'store' })
    expect(Object.keys(doc.tables)).not.toContain('clients_search')

    await t.value('clients.create', fullClient({ name: 'After Export' }))
    const beforeImport = logicalHash(t.db)
    const preview = await t.value('transfer.previewImport', { path })
    expect(preview).toMatchObject({ kind: 'store', counts: exported.counts, encrypted: false })
    const imported = await t.value('transfer.importStore', { path, confirm: true })
    expect(imported.counts).toEqual(exported.counts)
    expect(imported.beforeImport.kind).toBe('before-import')
    expect(logicalHash(t.db)).toBe(atExport)
    expect((await t.value('clients.list', { query: 'Quillon' })).total).toBe(1)
    expect((await t.value('clients.list', { query: 'After Export' })).total).toBe(0)

    await t.value('backups.undoRestore', { confirm: true })
    expect(logicalHash(t.db)).toBe(beforeImport)
  })

  it('a password-protected export cannot be read without the right password', async () => {
    const t = await storeWithData()
    const path = join(tempDir(), 'locked.json')
    await t.value('transfer.exportStore', { path, password: 'correct horse' })
    const text = readFileSync(path, 'utf8')
    expect(text).not.toContain('Quillon')
    expect(JSON.parse(text)).toMatchObject({ format: 'spotter-export-encrypted', cipher: 'aes-256-gcm', kdf: { name: 'scrypt' } })
    await expectRefused(t, 'transfer.previewImport', { path }, /protected by a password/, 'password')
    await expectRefused(t, 'transfer.importStore', { path, password: 'wrong horse', confirm: true }, /password is wrong/, 'password')
    const preview = await t.value('transfer.previewImport', { path, password: 'correct horse' })
    expect(preview.encrypted).toBe(true)
    // A changed byte is caught by the authentication tag.
    const sealed = JSON.parse(text)
    sealed.data = (sealed.data[0] === 'A' ? 'B' : 'A') + sealed.data.slice(1)
    writeFileSync(path, JSON.stringify(sealed))
    await expectRefused(t, 'transfer.importStore', { path, password: 'correct horse', confirm: true }, /password is wrong \(or the file was changed/, 'password')
  })
})

describe('import refuses bad files with a message naming the problem, and changes nothing', () => {
  async function exportedDoc(t: TestCore) {
    const path = join(tempDir(), 'good.json')
    await t.value('transfer.exportStore', { path })
    return { path, text: readFileSync(path, 'utf8') }
  }

  it('truncated, not JSON, not ours, wrong version, newer version, wrong types, unknown tables, broken references', async () => {
    const t = await storeWithData()
    const { text } = await exportedDoc(t)
    const dir = tempDir()
    const doc = () => JSON.parse(text)
    const cases: [string, string, RegExp][] = [
      ['truncated', text.slice(0, Math.floor(text.length / 2)), /cut short or damaged/],
      ['empty', '', /is empty/],
      ['not-json', 'name,email\nAna,ana@example.com\n', /not a JSON file/],
      ['other-json', JSON.stringify({ hello: 'world' }), /not a Spotter export/],
      ['wrong-version', JSON.stringify({ ...doc(), formatVersion: 0 }), /export format this app does not know/],
      ['newer-format', JSON.stringify({ ...doc(), formatVersion: 2 }), /newer version of Spotter.*Update Spotter/],
      ['newer-schema', JSON.stringify({ ...doc(), schemaVersion: 999 }), /newer version of Spotter \(schema 999/],
      ['wrong-kind', JSON.stringify({ ...doc(), kind: 'spreadsheet' }), /not a valid Spotter export: kind/]
    ]
    const typed = doc()
    const clients = typed.tables.clients
    clients.rows[0][clients.columns.indexOf('height_cm')] = 'tall'
    cases.push(['wrong-typed', JSON.stringify(typed), /wrong type.*clients, row 1/])
    const checked = doc()
    checked.tables.clients.rows[0][checked.tables.clients.columns.indexOf('level')] = 'olympian'
    cases.push(['out-of-range', JSON.stringify(checked), /clients|client/])
    const unknownTable = doc()
    unknownTable.tables.sqlite_master = { columns: ['name'], rows: [['x']] }
    cases.push(['unknown-table', JSON.stringify(unknownTable), /does not have: sqlite_master/])
    const shadow = doc()
    shadow.tables.clients_search_data = { columns: ['id', 'block'], rows: [[1, { $blob: 'AAAA' }]] }
    cases.push(['fts-shadow', JSON.stringify(shadow), /does not have: clients_search_data/])
    const orphan = doc()
    orphan.tables.clients.rows = []
    cases.push(['orphans', JSON.stringify(orphan), /refer to clients records it does not hold/])
    const badJson = doc()
    badJson.tables.clients.rows[0][badJson.tables.clients.columns.indexOf('limitations')] = '{not json'
    cases.push(['bad-json-column', JSON.stringify(badJson), /cannot be read|not valid|damaged|JSON/])
    const proto = doc()
    cases.push(['proto', JSON.stringify(proto).replace('"tables":{', '"tables":{"__proto__":{"columns":["id"],"rows":[["x"]]},'), /not a valid Spotter export|does not have/])

    for (const [name, content, message] of cases) {
      const path = join(dir, `${name}.json`)
      writeFileSync(path, content)
      await expectRefused(t, 'transfer.importStore', { path, confirm: true }, message)
    }
    expect(Object.prototype).not.toHaveProperty('columns')
  })

  it('a huge (100 MB) file is refused with a clear message and without running out of memory', async () => {
    const t = await storeWithData()
    const { text } = await exportedDoc(t)
    const huge = JSON.parse(text)
    const clients = huge.tables.clients
    const row = clients.rows[0]
    // 100 MB of notes in one client: every limit must hold, not just the file's size.
    row[clients.columns.indexOf('notes')] = 'x'.repeat(100 * 1024 * 1024)
    const path = join(tempDir(), 'huge.json')
    writeFileSync(path, JSON.stringify(huge))
    await expectRefused(t, 'transfer.importStore', { path, confirm: true }, /would not accept.*notes.*at most 20000/)
  }, 60_000)
})

describe('one client', () => {
  it('travels with programs to another store, and gets new ids when imported twice', async () => {
    const source = await storeWithData()
    const client = await source.value('clients.create', fullClient({ name: 'Handed Over' }))
    const program = await source.value('programs.create', { clientId: client.id, name: 'Hamstrings', weeks: 2, sessionsPerWeek: 2, withSessions: true })
    const path = join(tempDir(), 'client.json')
    const exported = await source.value('transfer.exportClient', { clientId: client.id, path, password: 'handover-1' })
    expect(exported.counts).toEqual({ clients: 1, programs: 1, logs: 0 })
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('spotter-export-encrypted')

    const target = openTestCore()
    const preview = await target.value('transfer.previewImport', { path, password: 'handover-1' })
    expect(preview).toMatchObject({ kind: 'client', clientName: 'Handed Over', counts: { clients: 1, programs: 1 } })
    const first = await target.value('transfer.importClient', { path, password: 'handover-1' })
    expect(first).toMatchObject({ clientId: client.id, clientName: 'Handed Over', programs: 1, newIds: false })
    const got = await target.value('programs.get', { id: program.id })
    expect(got.document.name).toBe('Hamstrings')
    expect((await target.value('clients.list', { query: 'Handed' })).total).toBe(1)

    const second = await target.value('transfer.importClient', { path, password: 'handover-1' })
    expect(second.newIds).toBe(true)
    expect(second.clientId).not.toBe(client.id)
    expect((await target.value('clients.list', { query: 'Handed' })).total).toBe(2)
    const programs = await target.value('programs.list', { clientId: second.clientId })
    expect(programs.items.map((p) => p.name)).toEqual(['Hamstrings'])
    expect(target.db.pragma('foreign_key_check')).toEqual([])

    await expectRefused(target, 'transfer.importStore', { path, password: 'handover-1', confirm: true }, /holds one client/)
  })

  it('brings their session logs and measurements, and every copied reference follows the new ids', async () => {
    const source = openTestCore()
    const client = await source.value('clients.create', fullClient({ name: 'Logged Client' }))
    const exercises = await source.value('exercises.list', { query: 'glute bridge' })
    const custom = await source.value('exercises.duplicate', { id: exercises.items[0]!.id, name: 'My own bridge' })
    await source.value('logs.save', { clientId: client.id, date: '2024-03-04', title: 'Home session', entries: [{ exerciseId: custom.id, sets: [{ reps: 12, loadKg: 10, status: 'done' }] }] })
    await source.value('measurements.record', { clientId: client.id, date: '2024-03-04', values: [{ typeId: BUILTIN_MEASUREMENT_TYPES[0]!.id, value: 72.5 }], note: 'Morning' })
    const path = join(tempDir(), 'logged.json')
    const exported = await source.value('transfer.exportClient', { clientId: client.id, path })
    expect(exported.counts).toEqual({ clients: 1, programs: 0, logs: 1 })

    const target = openTestCore()
    await target.value('transfer.importClient', { path })
    const second = await target.value('transfer.importClient', { path })
    expect(second).toMatchObject({ newIds: true, logs: 1 })
    // The custom exercise came along once (reused the second time).
    expect((await target.value('exercises.list', { query: 'My own bridge', source: 'all' })).total).toBe(1)
    const entries = target.db.prepare('SELECT e.client_id AS entry, l.client_id AS log FROM log_entries e JOIN session_logs l ON l.id = e.log_id').all() as { entry: string; log: string }[]
    expect(entries.length).toBe(2)
    for (const e of entries) expect(e.entry).toBe(e.log)
    const sets = target.db.prepare('SELECT count(*) FROM log_sets s JOIN log_entries e ON e.id = s.entry_id WHERE s.log_id = e.log_id').pluck().get()
    expect(sets).toBe(2)
    const logs = await target.value('logs.list', { clientId: second.clientId })
    expect(logs.items.length).toBe(1)
    expect(target.db.prepare('SELECT count(*) FROM measurements WHERE client_id = ?').pluck().get(second.clientId)).toBe(1)
    expect(target.db.pragma('foreign_key_check')).toEqual([])
  })
})

describe('generic over the schema', () => {
  it('every search (FTS) table has a rebuilder, so imports and restores can rebuild it', () => {
    const t = openTestCore()
    expect(searchTablesWithoutRebuilder(t.db)).toEqual([])
    expect(searchTables(t.db).length).toBeGreaterThan(0)
  })

  it('an export written by an older version (schema 3) is upgraded on import', async () => {
    const old = new Database(fileURLToPath(new URL('../fixtures/schema-versions/v3.db', import.meta.url)), { readonly: true })
    const doc = {
      format: 'spotter-export',
      formatVersion: 1,
      kind: 'store',
      exportedAt: '2025-01-01T00:00:00.000Z',
      appVersion: '0.0.9',
      schemaVersion: 3,
      counts: { clients: 0, programs: 0, logs: 0 },
      clientId: null,
      clientName: null,
      tables: dumpTables(old)
    }
    old.close()
    const path = join(tempDir(), 'old-export.json')
    writeFileSync(path, JSON.stringify(doc))
    const t = openTestCore()
    const preview = await t.value('transfer.previewImport', { path })
    expect(preview.schemaVersion).toBe(3)
    await t.value('transfer.importStore', { path, confirm: true })
    expect((await t.value('clients.list', { query: 'Ana Fixture' })).total).toBe(1)
    expect(t.db.pragma('foreign_key_check')).toEqual([])
  })
})
