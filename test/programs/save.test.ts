import { describe, expect, it, vi } from 'vitest'
import type { Program, ProgramDocument } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import { openTestCore, rowCount, storeHash, type TestCore } from '../helpers/store'
import { HOME_TEMPLATE, allItems, exerciseId, item, newUuid, templateId } from './helpers'

// The designer autosaves the whole document; the core diffs it against the stored rows and writes
// only what changed, in one transaction, refusing a stale revision.

interface RowStamp {
  id: string
  updated_at: string
}

async function clientProgram(t: TestCore): Promise<Program> {
  const client = await t.value('clients.create', fullClient({ limitations: [], readiness: null }))
  const p = await t.value('programs.create', { clientId: client.id, name: 'Block', weeks: 2, sessionsPerWeek: 2 })
  const doc = structuredClone(p.document)
  const a = [item('heel-to-glute-kicks', 'warm-up'), item('deadlift'), item('bodyweight-squat'), item('standing-toe-drag-stretch', 'cool-down')]
  const b = [item('heel-to-glute-kicks', 'warm-up'), item('prone-floor-leg-curl'), item('standing-toe-drag-stretch', 'cool-down')]
  // Week 2 repeats week 1: the same items (lineages), their own rows.
  doc.weeks.forEach((w, n) => {
    w.sessions[0]!.items = a.map((i) => (n === 0 ? i : { ...i, id: newUuid() }))
    w.sessions[1]!.items = b.map((i) => (n === 0 ? i : { ...i, id: newUuid() }))
  })
  await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
  return t.value('programs.get', { id: p.id })
}

function stamps(t: TestCore, table: string, programId: string): Map<string, string> {
  const rows = t.db.prepare(`SELECT id, updated_at FROM ${table} WHERE program_id = ?`).all(programId) as RowStamp[]
  return new Map(rows.map((r) => [r.id, r.updated_at]))
}

function errorOf(envelope: Awaited<ReturnType<TestCore['call']>>) {
  if (envelope.ok) throw new Error('expected a failure')
  return envelope.error
}

async function later(): Promise<void> {
  // Timestamps have millisecond resolution; make sure "changed" and "unchanged" differ.
  await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('saving a document', () => {
  it('inserts, moves and deletes items by id; untouched rows keep their ids and timestamps', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const before = stamps(t, 'program_items', p.id)
    await later()
    const doc = structuredClone(p.document)
    const a = doc.weeks[0]!.sessions[0]!
    const [warm, deadlift, squat, cool] = a.items
    const added = item('calf-raise-step')
    a.items = [warm!, squat!, added, cool!] // deadlift deleted, squat moved up, calf raise added
    const saved = await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    expect(saved.revision).toBe(p.revision + 1)

    const after = await t.value('programs.get', { id: p.id })
    expect(after.revision).toBe(saved.revision)
    expect(after.document).toEqual(doc)
    const now = stamps(t, 'program_items', p.id)
    expect(now.has(deadlift!.id)).toBe(false)
    expect(now.has(added.id)).toBe(true)
    // The squat moved (position changed): updated. Week 2 was not touched: same timestamps.
    expect(now.get(squat!.id)).not.toBe(before.get(squat!.id))
    for (const i of p.document.weeks[1]!.sessions.flatMap((s) => s.items)) expect(now.get(i.id)).toBe(before.get(i.id))
    expect(t.db.prepare('SELECT entity FROM tombstones WHERE id = ?').pluck().get(deadlift!.id)).toBe('program_item')
  })

  it('an undo that brings a deleted item back under its id clears its tombstone', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc = structuredClone(p.document)
    const removed = doc.weeks[0]!.sessions[0]!.items.splice(1, 1)[0]!
    const first = await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    expect(t.db.prepare('SELECT count(*) FROM tombstones WHERE id = ?').pluck().get(removed.id)).toBe(1)
    await t.value('programs.save', { id: p.id, revision: first.revision, document: p.document })
    expect(t.db.prepare('SELECT count(*) FROM tombstones WHERE id = ?').pluck().get(removed.id)).toBe(0)
    expect((await t.value('programs.get', { id: p.id })).document).toEqual(p.document)
  })

  it('moves an item to another session and a session to another week, keeping their ids', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc = structuredClone(p.document)
    const [w1, w2] = doc.weeks
    const curl = w1!.sessions[1]!.items.splice(1, 1)[0]!
    w1!.sessions[0]!.items.splice(2, 0, curl)
    const movedSession = w2!.sessions.pop()!
    // Week 1 already has this session's lineages (week 2 copied it): in week 1 it is a new session.
    movedSession.lineageId = newUuid()
    for (const i of movedSession.items) i.lineageId = newUuid()
    w1!.sessions.push(movedSession)
    await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    const after = await t.value('programs.get', { id: p.id })
    expect(after.document.weeks[0]!.sessions[0]!.items.map((i) => i.id)).toContain(curl.id)
    expect(after.document.weeks[0]!.sessions.map((s) => s.id)).toEqual(w1!.sessions.map((s) => s.id))
    expect(after.document.weeks[1]!.sessions).toHaveLength(1)
    expect(rowCount(t.db, 'tombstones')).toBe(0)
  })

  it('stores items in block order whatever order they came in', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc = structuredClone(p.document)
    doc.weeks[0]!.sessions[0]!.items.reverse()
    await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    const blocks = (await t.value('programs.get', { id: p.id })).document.weeks[0]!.sessions[0]!.items.map((i) => i.block)
    expect(blocks).toEqual(['warm-up', 'main', 'main', 'cool-down'])
  })

  it('renames, re-levels and changes weeks, phases and weekdays', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc: ProgramDocument = { ...structuredClone(p.document), name: 'Zoë’s hamstrings', level: 'intermediate', goal: 'Sprint faster' }
    doc.weeks[0]!.phase = 'Muscular endurance'
    doc.weeks[0]!.sessions[0]!.weekday = 2
    doc.weeks.pop()
    await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    const after = await t.value('programs.get', { id: p.id })
    expect(after.document).toEqual(doc)
    expect((await t.value('programs.list', { query: 'zoe' })).items.map((x) => x.name)).toEqual(['Zoë’s hamstrings'])
    expect(t.db.prepare('SELECT entity, count(*) AS n FROM tombstones GROUP BY entity ORDER BY entity').all()).toEqual([
      { entity: 'program_item', n: 7 },
      { entity: 'program_session', n: 2 },
      { entity: 'program_week', n: 1 }
    ])
  })

  it('takes back an item deleted by an earlier save (undo), with the same id', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const withoutCurl = structuredClone(p.document)
    withoutCurl.weeks[0]!.sessions[1]!.items.splice(1, 1)
    const first = await t.value('programs.save', { id: p.id, revision: p.revision, document: withoutCurl })
    await t.value('programs.save', { id: p.id, revision: first.revision, document: p.document })
    expect((await t.value('programs.get', { id: p.id })).document).toEqual(p.document)
  })

  it('announces the change to the UI', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const seen: string[][] = []
    t.core.on('data.changed', ({ scopes }) => seen.push(scopes))
    await t.value('programs.save', { id: p.id, revision: p.revision, document: p.document })
    await t.call('programs.save', { id: p.id, revision: p.revision, document: p.document }) // stale: refused
    expect(seen).toEqual([['programs']])
  })
})

describe('saves that are refused write nothing', () => {
  it('a stale revision is a conflict (two windows editing the same program)', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    await t.value('programs.save', { id: p.id, revision: p.revision, document: { ...p.document, name: 'From window 1' } })
    const before = storeHash(t.db)
    const error = errorOf(await t.call('programs.save', { id: p.id, revision: p.revision, document: { ...p.document, name: 'From window 2' } }))
    expect(error).toMatchObject({ code: 'conflict', issues: [{ path: 'revision', message: `The program is at revision ${p.revision + 1}` }] })
    expect(storeHash(t.db)).toBe(before)
  })

  it('an exercise that is not in the library is invalid input naming where it is', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc = structuredClone(p.document)
    doc.weeks[1]!.sessions[0]!.items[2]!.exerciseId = newUuid()
    const before = storeHash(t.db)
    const error = errorOf(await t.call('programs.save', { id: p.id, revision: p.revision, document: doc }))
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'document.weeks.1.sessions.0.items.2.exerciseId', message: 'No exercise with this id in the library' }] })
    expect(storeHash(t.db)).toBe(before)
  })

  it('an id that belongs to another program is refused (rows are never stolen)', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const template = await t.value('programs.get', { id: templateId(HOME_TEMPLATE) })
    const doc = structuredClone(p.document)
    doc.weeks[0]!.sessions[0]!.items.push({ ...allItems(template.document)[3]!, lineageId: newUuid() })
    doc.weeks[0]!.sessions[1]!.id = template.document.weeks[0]!.sessions[0]!.id
    const before = storeHash(t.db)
    const error = errorOf(await t.call('programs.save', { id: p.id, revision: p.revision, document: doc }))
    expect(error.code).toBe('invalid_input')
    expect(error.issues.map((i) => i.path).sort()).toEqual(['document.weeks.0.sessions.0.items.4.id', 'document.weeks.0.sessions.1.id'])
    expect(storeHash(t.db)).toBe(before)
  })

  it('a document that breaks its own rules is refused by the contract', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc = structuredClone(p.document)
    doc.weeks[0]!.sessions[0]!.items[1]!.id = doc.weeks[0]!.sessions[0]!.items[0]!.id
    const error = errorOf(await t.call('programs.save', { id: p.id, revision: p.revision, document: doc }))
    expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'document.weeks.0.sessions.0.items.1.id' }] })
  })

  it('a save that fails half-way leaves nothing behind (one transaction)', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const doc: ProgramDocument = { ...structuredClone(p.document), name: 'Half-saved' }
    doc.weeks[0]!.sessions[0]!.items.splice(1, 1) // a delete
    doc.weeks[0]!.sessions[0]!.items[1]!.prescription.sets = 5 // an update
    doc.weeks.push({ id: newUuid(), phase: 'New', sessions: [] }) // a week insert
    const last = item('calf-raise-step')
    doc.weeks[1]!.sessions[1]!.items.push(last) // the last insert fails
    // The store refuses that one row, as a full disk or a crash would, after the others were written.
    t.db.exec(`CREATE TEMP TRIGGER fail_last BEFORE INSERT ON program_items WHEN NEW.id = '${last.id}' BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const before = storeHash(t.db)
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const error = errorOf(await t.call('programs.save', { id: p.id, revision: p.revision, document: doc }))
    quiet.mockRestore()
    expect(error.code).toBe('internal')
    expect(error.message).toMatch(/Nothing was saved/)
    expect(storeHash(t.db)).toBe(before)
    expect(await t.value('programs.get', { id: p.id })).toEqual(p)
  })
})

describe('swapping an exercise', () => {
  it('replaces it in every week and keeps each week’s prescription', async () => {
    const t = openTestCore()
    const p = await clientProgram(t)
    const deadlift = p.document.weeks[0]!.sessions[0]!.items[1]!
    const result = await t.value('programs.swap', { programId: p.id, revision: p.revision, itemId: deadlift.id, exerciseId: exerciseId('single-leg-deadlift') })
    expect(result).toMatchObject({ revision: p.revision + 1, swapped: 2 })
    const after = await t.value('programs.get', { id: p.id })
    const moved = after.document.weeks.map((w) => w.sessions[0]!.items[1]!)
    expect(moved.map((i) => i.exerciseId)).toEqual([exerciseId('single-leg-deadlift'), exerciseId('single-leg-deadlift')])
    expect(moved.map((i) => i.prescription)).toEqual(p.document.weeks.map((w) => w.sessions[0]!.items[1]!.prescription))
    expect(errorOf(await t.call('programs.swap', { programId: p.id, revision: after.revision, itemId: newUuid(), exerciseId: exerciseId('deadlift') })).code).toBe('not_found')
    expect(errorOf(await t.call('programs.swap', { programId: p.id, revision: after.revision, itemId: deadlift.id, exerciseId: newUuid() })).code).toBe('not_found')
  })
})
