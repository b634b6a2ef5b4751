import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Program } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import { openTestCore, type TestCore } from '../helpers/store'
import { allItems, item, newUuid } from './helpers'

// Opening a program reads each distinct prescription text once and reuses it on later reads (the
// prescriptions repeat across weeks and programs): what a caller gets must still be its own to change,
// and a text changed by any writer must read as changed.

async function repeatedProgram(t: TestCore): Promise<Program> {
  const client = await t.value('clients.create', fullClient({ limitations: [], readiness: null }))
  const p = await t.value('programs.create', { clientId: client.id, name: 'Repeats', weeks: 3, sessionsPerWeek: 1 })
  const doc = structuredClone(p.document)
  const main = item('deadlift', 'main', { sets: 3, reps: { min: 6, max: 8 }, load: { kind: 'kg', value: 60 } })
  // Three weeks of the same items: every prescription text is stored three times.
  doc.weeks.forEach((w, n) => {
    w.sessions[0]!.items = [item('heel-to-glute-kicks', 'warm-up'), { ...main, id: n === 0 ? main.id : newUuid() }, item('standing-toe-drag-stretch', 'cool-down')]
  })
  await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
  return t.value('programs.get', { id: p.id })
}

describe('reading a program', () => {
  it('gives every item a prescription of its own: changing one changes no other item and no later read', async () => {
    const t = openTestCore()
    const p = await repeatedProgram(t)
    const deadlifts = allItems(p.document).filter((i) => i.block === 'main')
    expect(deadlifts).toHaveLength(3)
    expect(deadlifts[0]!.prescription).toEqual(deadlifts[1]!.prescription)
    expect(deadlifts[0]!.prescription).not.toBe(deadlifts[1]!.prescription)

    const first = deadlifts[0]!.prescription
    first.sets = 5
    first.reps!.min = 10
    if (first.load?.kind === 'kg') first.load.value = 100
    expect(deadlifts[1]!.prescription).toMatchObject({ sets: 3, reps: { min: 6, max: 8 }, load: { kind: 'kg', value: 60 } })
    const again = await t.value('programs.get', { id: p.id })
    for (const d of allItems(again.document).filter((i) => i.block === 'main')) {
      expect(d.prescription).toEqual({ ...deadlifts[1]!.prescription })
    }
    // The checks read the stored program, not the changed copy.
    const check = await t.value('programs.check', { id: p.id })
    expect(check.issues.some((i) => i.ruleId === 'measure-missing')).toBe(false)
  })

  it('reads a prescription changed by another connection as changed, in the document and in the checks', async () => {
    const t = openTestCore()
    const p = await repeatedProgram(t)
    const main = allItems(p.document).find((i) => i.block === 'main')!
    await t.value('programs.check', { id: p.id })
    const other = new Database(t.dbFile)
    try {
      // Another writer (a restore, the CLI) leaves the deadlift of week 1 with no reps at all.
      const text = JSON.stringify({ ...main.prescription, sets: 4, reps: null })
      other.prepare('UPDATE program_items SET prescription = ? WHERE id = ?').run(text, main.id)
    } finally {
      other.close()
    }
    const after = await t.value('programs.get', { id: p.id })
    expect(allItems(after.document).find((i) => i.id === main.id)!.prescription).toMatchObject({ sets: 4, reps: null })
    const check = await t.value('programs.check', { id: p.id })
    expect(check.issues.filter((i) => i.ruleId === 'measure-missing').map((i) => i.weeks)).toEqual([[1]])
  })
})

describe('reading rows stored in another order', () => {
  it('gives the same document when positions count within each session instead of through the program', async () => {
    const t = openTestCore()
    const client = await t.value('clients.create', fullClient({ limitations: [], readiness: null }))
    const p = await t.value('programs.create', { clientId: client.id, name: 'Older rows', weeks: 2, sessionsPerWeek: 2 })
    const doc = structuredClone(p.document)
    for (const w of doc.weeks) for (const s of w.sessions) s.items = [item('heel-to-glute-kicks', 'warm-up'), item('deadlift'), item('bodyweight-squat'), item('standing-toe-drag-stretch', 'cool-down')]
    await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    const stored = await t.value('programs.get', { id: p.id })
    // As a writer that numbered items within their session (and sessions within their week, the weeks'
    // apart) would leave them: read by position, the sessions' items interleave, and so do the weeks' sessions.
    const positions = t.db.prepare('UPDATE program_items SET position = ? WHERE id = ?')
    const sessionPositions = t.db.prepare('UPDATE program_sessions SET position = ? WHERE id = ?')
    stored.document.weeks.forEach((w, n) =>
      w.sessions.forEach((s, k) => {
        sessionPositions.run(k * 10 + n, s.id)
        s.items.forEach((i, m) => positions.run(m, i.id))
      })
    )
    expect((await t.value('programs.get', { id: p.id })).document).toEqual(stored.document)
    const check = await t.value('programs.check', { id: p.id })
    expect(check.issues.filter((i) => i.ruleId === 'warm-up-missing' || i.ruleId === 'cool-down-missing')).toEqual([])
  })
})
