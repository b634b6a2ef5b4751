import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { columnsOf, dataTables, quoteName as q } from '../../src/main/core/backup/tables'
import { loadMigrations } from '../../src/main/core/db/migrations'
import { openTestCore, tempDir } from '../helpers/store'

// Every schema version the app has had keeps a sample store in test/fixtures/schema-versions (made by
// make.ts there). Each must open in today's app with every row it held still there, unchanged, and
// every record readable through the contract.

const FIXTURES = fileURLToPath(new URL('../fixtures/schema-versions', import.meta.url))
const versions = loadMigrations().map((m) => m.version)

function rowsOf(db: Database.Database, table: string, columns: string[]): string[] {
  return (db.prepare(`SELECT ${columns.map(q).join(', ')} FROM ${q(table)}`).raw().all() as unknown[][]).map((r) => JSON.stringify(r)).sort()
}

describe('upgrading a store from every earlier schema version', () => {
  it('has a sample store for every migration (run: npx tsx test/fixtures/schema-versions/make.ts)', () => {
    for (const v of versions) expect(existsSync(join(FIXTURES, `v${v}.db`)), `v${v}.db is missing`).toBe(true)
  })

  it.each(versions)('v%i opens in this version with its data intact', async (version) => {
    const dataDir = tempDir()
    copyFileSync(join(FIXTURES, `v${version}.db`), join(dataDir, 'spotter.db'))
    const old = new Database(join(dataDir, 'spotter.db'), { readonly: true })
    expect(old.pragma('user_version', { simple: true })).toBe(version)
    const before = new Map(dataTables(old).map((t) => [t, { columns: columnsOf(old, t), rows: [] as string[] }]))
    for (const [table, entry] of before) entry.rows = rowsOf(old, table, entry.columns)
    const builtins = builtinIds(old)
    old.close()
    expect(before.get('clients')?.rows.length).toBeGreaterThan(0)

    const t = openTestCore(dataDir)
    expect(t.db.pragma('user_version', { simple: true })).toBe(versions.length)
    expect(t.db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(t.db.pragma('foreign_key_check')).toEqual([])
    for (const [table, { columns, rows }] of before) {
      const after = new Set(rowsOf(t.db, table, columns))
      // Built-ins may be updated in place by a newer library; the trainer's own rows must not change.
      const missing = rows.filter((r) => !after.has(r) && !isBuiltinRow(table, r, columns, builtins))
      expect(missing, `${table} rows changed or lost`).toEqual([])
    }
    const clients = await t.value('clients.list', { status: 'all', limit: 500 })
    expect(clients.items.map((c) => c.name)).toEqual(expect.arrayContaining(['Ana Fixture', 'Ben Fixture']))
    for (const c of clients.items) await t.value('clients.get', { id: c.id })
    expect((await t.value('clients.list', { query: 'Fixture' })).total).toBe(2)
    if (version >= 2) expect((await t.value('exercises.list', { query: 'Fixture bridge', source: 'all' })).total).toBe(1)
    if (version >= 3) {
      const programs = await t.value('programs.list', { limit: 100 })
      expect(programs.items.length).toBeGreaterThan(0)
      for (const p of programs.items) await t.value('programs.get', { id: p.id })
    }
  })
})

function builtinIds(db: Database.Database): Set<unknown> {
  const ids = new Set<unknown>()
  for (const table of ['exercises', 'programs']) {
    if (!dataTables(db).includes(table)) continue
    for (const id of db.prepare(`SELECT id FROM ${table} WHERE builtin_key IS NOT NULL`).pluck().all()) ids.add(id)
  }
  return ids
}

/** Rows of built-in exercises and templates (and their parts), which the app refreshes when its library changes. */
function isBuiltinRow(table: string, row: string, columns: string[], builtins: Set<unknown>): boolean {
  const values = JSON.parse(row) as unknown[]
  const at = (col: string) => (columns.includes(col) ? values[columns.indexOf(col)] : undefined)
  if (table === 'exercises' || table === 'programs') return builtins.has(at('id'))
  if (table.startsWith('exercise_')) return builtins.has(at('exercise_id'))
  if (table.startsWith('program_')) return builtins.has(at('program_id'))
  return false
}
