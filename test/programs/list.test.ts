import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { ProgramListQuery } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import { openTestCore, type TestCore } from '../helpers/store'
import { newUuid, templateId } from './helpers'

// programs.list at scale reads its page in the order shown and its total from counts kept beside the
// store (see program-counts.ts). These tests hold both to what a plain count and sort of the rows say,
// through every kind of change, including a rolled-back one and one made by another connection.

const FILTERS: ProgramListQuery[] = [
  {},
  { includeArchived: true },
  { status: 'active' },
  { status: 'draft', includeArchived: true },
  { status: 'completed' },
  { templates: true },
  { templates: true, includeArchived: true }
]

/** The answer worked out the slow, obvious way: every row read, filtered and sorted in JavaScript. */
function expected(t: TestCore, filter: ProgramListQuery) {
  const rows = t.db.prepare('SELECT id, is_template, status, archived_at, sort_name FROM programs').all() as {
    id: string
    is_template: number
    status: string
    archived_at: string | null
    sort_name: string
  }[]
  const kept = rows
    .filter((r) => r.is_template === (filter.templates ? 1 : 0))
    .filter((r) => !filter.status || r.status === filter.status)
    .filter((r) => filter.includeArchived || r.archived_at === null)
  const byOrder = (a: (typeof kept)[number], b: (typeof kept)[number]) =>
    Number(b.status === 'active') - Number(a.status === 'active') || (a.sort_name < b.sort_name ? -1 : a.sort_name > b.sort_name ? 1 : a.id < b.id ? -1 : 1)
  return { ids: kept.sort(byOrder).map((r) => r.id), total: kept.length }
}

/** Every filter, read a page of 2 at a time (so pages are full and the kept total is what answers). */
async function expectListsRight(t: TestCore) {
  for (const filter of FILTERS) {
    const want = expected(t, filter)
    const ids: string[] = []
    for (let offset = 0; offset <= want.total; offset += 2) {
      const page = await t.value('programs.list', { ...filter, limit: 2, offset })
      expect(page.total, JSON.stringify(filter)).toBe(want.total)
      ids.push(...page.items.map((p) => p.id))
    }
    expect(ids, JSON.stringify(filter)).toEqual(want.ids)
  }
}

async function someClientPrograms(t: TestCore) {
  const ana = await t.value('clients.create', fullClient({ name: 'Ana Ruiz', readiness: null, limitations: [] }))
  const ben = await t.value('clients.create', fullClient({ name: 'Ben Okafor', readiness: null, limitations: [] }))
  const names = ['Zeta block', 'alpha block', 'Mid block', 'Ålborg block', 'Beta block']
  const ids: string[] = []
  for (const [i, name] of names.entries()) ids.push((await t.value('programs.create', { clientId: i % 2 ? ben.id : ana.id, name })).id)
  return { ana, ben, ids }
}

describe('programs list order and totals', () => {
  it('stay right through creates, status changes, archives, restores, copies and deletes', async () => {
    const t = openTestCore()
    const { ids } = await someClientPrograms(t)
    await expectListsRight(t)
    await t.value('programs.setStatus', { id: ids[0]!, status: 'active' })
    await t.value('programs.setStatus', { id: ids[2]!, status: 'active' })
    await t.value('programs.setStatus', { id: ids[3]!, status: 'completed' })
    await expectListsRight(t)
    await t.value('programs.archive', { id: ids[1]! })
    await t.value('programs.archive', { id: ids[2]! })
    await t.value('programs.archive', { id: templateId('walking-plan') })
    await expectListsRight(t)
    await t.value('programs.restore', { id: ids[1]! })
    await t.value('programs.duplicate', { id: ids[0]!, name: 'Zeta block again' })
    await t.value('programs.saveAsTemplate', { id: ids[3]!, name: 'My template' })
    await expectListsRight(t)
    await t.value('programs.delete', { id: ids[4]!, confirm: true })
    await expectListsRight(t)
  })

  it('a change rolled back leaves the totals as they were', async () => {
    const t = openTestCore()
    const { ids } = await someClientPrograms(t)
    await expectListsRight(t)
    expect(() =>
      t.db.transaction(() => {
        t.db.prepare("UPDATE programs SET status = 'active' WHERE id = ?").run(ids[0])
        t.db.prepare('DELETE FROM programs WHERE id = ?').run(ids[1])
        throw new Error('changed my mind')
      })()
    ).toThrow('changed my mind')
    await expectListsRight(t)
  })

  it('sees changes made by another connection (a restore, the CLI)', async () => {
    const t = openTestCore()
    const { ids } = await someClientPrograms(t)
    await expectListsRight(t)
    const other = new Database(t.dbFile)
    try {
      other.prepare("UPDATE programs SET status = 'completed' WHERE id = ?").run(ids[0])
      other.prepare("UPDATE programs SET archived_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(ids[3])
    } finally {
      other.close()
    }
    await expectListsRight(t)
  })

  it('a client’s list and a search count their own rows', async () => {
    const t = openTestCore()
    const { ana } = await someClientPrograms(t)
    const mine = await t.value('programs.list', { clientId: ana.id, limit: 1 })
    expect(mine.total).toBe(3)
    expect(mine.items.map((p) => p.name)).toEqual(['Beta block'])
    const found = await t.value('programs.list', { query: 'block', limit: 2, offset: 2 })
    expect(found.total).toBe(5)
    expect(found.items.map((p) => p.name)).toEqual(['Beta block', 'Mid block'])
  })

  it('shows each program’s end date as opening it does, through reschedules and added weeks', async () => {
    const t = openTestCore()
    const { ana } = await someClientPrograms(t)
    const assigned = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: ana.id, startDate: '2030-01-09', weekdays: [5, 1, 3] })
    const listed = async (id: string) => (await t.value('programs.list', { clientId: ana.id })).items.find((p) => p.id === id)!
    expect((await listed(assigned.id)).endDate).toBe(assigned.endDate)
    expect(assigned.endDate).not.toBeNull()
    const moved = await t.value('programs.reschedule', { id: assigned.id, startDate: '2030-02-25', weekdays: [2, 4, 6] })
    expect((await listed(assigned.id)).endDate).toBe(moved.endDate)
    const doc = moved.document
    const longer = { ...doc, weeks: [...doc.weeks, { id: newUuid(), phase: '', sessions: [] }] }
    await t.value('programs.save', { id: assigned.id, revision: moved.revision, document: longer })
    const reopened = await t.value('programs.get', { id: assigned.id })
    expect(reopened.endDate).not.toBe(moved.endDate)
    expect(await listed(assigned.id)).toMatchObject({ endDate: reopened.endDate, weeks: doc.weeks.length + 1 })
    const unassigned = (await t.value('programs.list', { clientId: ana.id })).items.filter((p) => p.id !== assigned.id)
    expect(unassigned.map((p) => p.endDate)).toEqual(unassigned.map(() => null))
  })
})
