import { describe, expect, it } from 'vitest'
import type { Program } from '../../src/shared/programs'
import { fullClient, readinessAnswers } from '../helpers/clients'
import { openTestCore, rowCount, storeHash, type TestCore } from '../helpers/store'
import { HOME_TEMPLATE, allItems, templateId } from './helpers'

// Programs and templates through the real core: create, list, rename, status, archive, copies, deletes.

async function newClient(t: TestCore, name = 'Ana Ruiz') {
  return t.value('clients.create', fullClient({ name, readiness: null, limitations: [] }))
}

function errorOf(envelope: Awaited<ReturnType<TestCore['call']>>) {
  if (envelope.ok) throw new Error('expected a failure')
  return envelope.error
}

describe('creating programs', () => {
  it('makes N weeks of "Session A/B/C" sharing a lineage across weeks, with empty blocks', async () => {
    const t = openTestCore()
    const client = await newClient(t)
    const p = await t.value('programs.create', { clientId: client.id, name: 'Hamstring block', weeks: 4, sessionsPerWeek: 3 })
    expect(p).toMatchObject({ isTemplate: false, builtin: false, clientId: client.id, clientName: 'Ana Ruiz', status: 'draft', revision: 1, startDate: null })
    expect(p.document.weeks).toHaveLength(4)
    expect(p.document.weeks.map((w) => w.sessions.map((s) => s.name))).toEqual(Array(4).fill(['Session A', 'Session B', 'Session C']))
    expect(new Set(p.document.weeks.map((w) => w.sessions[0]!.lineageId)).size).toBe(1)
    expect(allItems(p.document)).toEqual([])
    expect(await t.value('programs.get', { id: p.id })).toEqual(p)
  })

  it('makes a template when no client is given, or blank weeks on request', async () => {
    const t = openTestCore()
    const p = await t.value('programs.create', { name: 'My template', weeks: 2, withSessions: false })
    expect(p).toMatchObject({ isTemplate: true, clientId: null, clientName: null })
    expect(p.document.weeks.map((w) => w.sessions)).toEqual([[], []])
  })

  it('refuses a client that does not exist, writing nothing', async () => {
    const t = openTestCore()
    const before = storeHash(t.db)
    const failed = await t.call('programs.create', { clientId: '01890a5d-ac96-774b-bcce-b302099a8057', name: 'X' })
    expect(errorOf(failed).code).toBe('not_found')
    expect(storeHash(t.db)).toBe(before)
  })
})

describe('listing', () => {
  it('lists templates apart from clients’ programs, by client, status and name (accents ignored)', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const ben = await newClient(t, 'Ben Okafor')
    const a = await t.value('programs.create', { clientId: ana.id, name: 'Fuerza de isquios' })
    await t.value('programs.create', { clientId: ben.id, name: 'Ben’s block' })
    await t.value('programs.setStatus', { id: a.id, status: 'active' })

    const templates = await t.value('programs.list', { templates: true })
    expect(templates.items.every((p) => p.isTemplate)).toBe(true)
    expect(templates.total).toBe(5)
    const all = await t.value('programs.list', {})
    expect(all.items.map((p) => p.name).sort()).toEqual(['Ben’s block', 'Fuerza de isquios'])
    expect((await t.value('programs.list', { clientId: ben.id })).items.map((p) => p.name)).toEqual(['Ben’s block'])
    expect((await t.value('programs.list', { status: 'active' })).items.map((p) => p.clientName)).toEqual(['Ana Ruiz'])
    expect((await t.value('programs.list', { query: 'FUÉRZA isq' })).items.map((p) => p.name)).toEqual(['Fuerza de isquios'])
    expect((await t.value('programs.list', { templates: true, query: 'walking' })).items.map((p) => p.name)).toEqual(['Walking plan: three walks a week'])
    const summary = templates.items.find((p) => p.id === templateId('twelve-week-back-of-thigh-routine'))
    expect(summary).toMatchObject({ weeks: 12, sessionsPerWeek: 3, builtin: true, status: 'draft' })
  })
})

describe('status and archive', () => {
  it('sets a client program’s status; templates have none', async () => {
    const t = openTestCore()
    const p = await t.value('programs.create', { clientId: (await newClient(t)).id, name: 'Block' })
    expect((await t.value('programs.setStatus', { id: p.id, status: 'completed' })).status).toBe('completed')
    expect(errorOf(await t.call('programs.setStatus', { id: templateId(HOME_TEMPLATE), status: 'active' })).code).toBe('conflict')
  })

  it('archives and restores, hiding archived programs from lists', async () => {
    const t = openTestCore()
    const id = templateId('walking-plan')
    expect((await t.value('programs.archive', { id })).archivedAt).not.toBeNull()
    expect((await t.value('programs.list', { templates: true })).items.map((p) => p.id)).not.toContain(id)
    expect((await t.value('programs.list', { templates: true, includeArchived: true })).items.map((p) => p.id)).toContain(id)
    expect(errorOf(await t.call('programs.archive', { id })).code).toBe('conflict')
    expect((await t.value('programs.restore', { id })).archivedAt).toBeNull()
  })
})

describe('built-in templates', () => {
  it('are read-only: saving, swapping or deleting one is a conflict that changes nothing', async () => {
    const t = openTestCore()
    const id = templateId(HOME_TEMPLATE)
    const template = await t.value('programs.get', { id })
    const before = storeHash(t.db)
    const renamed = { ...template.document, name: 'Mine now' }
    const saved = errorOf(await t.call('programs.save', { id, revision: template.revision, document: renamed }))
    expect(saved).toMatchObject({ code: 'conflict' })
    expect(saved.message).toMatch(/built-in template.*duplicate it/)
    expect(errorOf(await t.call('programs.delete', { id, confirm: true })).code).toBe('conflict')
    expect(storeHash(t.db)).toBe(before)
  })

  it('duplicate into an editable template (a copy, not a link)', async () => {
    const t = openTestCore()
    const original = await t.value('programs.get', { id: templateId(HOME_TEMPLATE) })
    const copy = await t.value('programs.duplicate', { id: original.id })
    expect(copy).toMatchObject({ isTemplate: true, builtin: false, sourceId: original.id, document: { name: `${original.document.name} (copy)` } })
    // Same plan, new rows; lineages kept so the copy reads the same on paper.
    const strip = (p: Program) => p.document.weeks.map((w) => w.sessions.map((s) => s.items.map((i) => [i.lineageId, i.exerciseId, i.prescription])))
    expect(strip(copy)).toEqual(strip(original))
    expect(allItems(copy.document).some((i) => allItems(original.document).some((o) => o.id === i.id))).toBe(false)
    await t.value('programs.save', { id: copy.id, revision: copy.revision, document: { ...copy.document, name: 'My home plan', weeks: copy.document.weeks.slice(0, 2) } })
    expect(await t.value('programs.get', { id: original.id })).toEqual(original)
  })
})

describe('copies', () => {
  it('duplicate keeps the owner as a draft without dates; save as template makes a template', async () => {
    const t = openTestCore()
    const client = await newClient(t)
    const assigned = await t.value('programs.assign', { programId: templateId(HOME_TEMPLATE), clientId: client.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
    const dup = await t.value('programs.duplicate', { id: assigned.id, name: 'Second block' })
    expect(dup).toMatchObject({ clientId: client.id, status: 'draft', startDate: null, weekdays: [1, 3, 5], sourceId: assigned.id })
    expect(dup.document.name).toBe('Second block')
    expect((await t.value('programs.schedule', { programId: dup.id })).total).toBe(0)
    const tpl = await t.value('programs.saveAsTemplate', { id: assigned.id })
    expect(tpl).toMatchObject({ isTemplate: true, clientId: null, status: 'draft', startDate: null, sourceId: assigned.id })
    expect(tpl.document.name).toBe(assigned.document.name)
  })
})

describe('deleting', () => {
  it('previews what goes, then erases the program and every row of it, leaving tombstones', async () => {
    const t = openTestCore()
    const client = await newClient(t)
    const p = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: client.id, startDate: '2030-01-07', weekdays: [1, 3, 6] })
    const preview = await t.value('programs.deletePreview', { id: p.id })
    expect(preview).toEqual({
      id: p.id,
      name: 'Walking plan: three walks a week',
      removes: [
        { what: 'training program of Ana Ruiz', count: 1 },
        { what: 'weeks', count: 12 },
        { what: 'sessions', count: 36 },
        { what: 'exercise entries', count: 144 },
        { what: 'scheduled sessions', count: 36 }
      ]
    })
    const refused = errorOf(await t.call('programs.delete', { id: p.id }))
    expect(refused.code).toBe('invalid_input')
    const tombstonesBefore = rowCount(t.db, 'tombstones')
    await t.value('programs.delete', { id: p.id, confirm: true })
    expect(errorOf(await t.call('programs.get', { id: p.id })).code).toBe('not_found')
    const left = t.db.prepare('SELECT count(*) FROM program_items WHERE program_id = ?').pluck().get(p.id)
    expect(left).toBe(0)
    expect(rowCount(t.db, 'tombstones') - tombstonesBefore).toBe(1 + 12 + 36 + 144 + 36)
    const entities = t.db.prepare('SELECT entity, count(*) AS n FROM tombstones GROUP BY entity ORDER BY entity').all()
    expect(entities).toEqual([
      { entity: 'program', n: 1 },
      { entity: 'program_item', n: 144 },
      { entity: 'program_session', n: 36 },
      { entity: 'program_week', n: 12 },
      { entity: 'scheduled_session', n: 36 }
    ])
  })

  it('deleting a client names and removes their programs and dated sessions too', async () => {
    const t = openTestCore()
    const client = await newClient(t)
    const templateRows = ['program_weeks', 'program_sessions', 'program_items'].map((table) => rowCount(t.db, table))
    await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: client.id, startDate: '2030-01-07', weekdays: [1, 3, 6] })
    await t.value('programs.create', { clientId: client.id, name: 'Draft' })
    const preview = await t.value('clients.deletePreview', { id: client.id })
    expect(preview.removes).toEqual(expect.arrayContaining([{ what: 'training programs', count: 2 }, { what: 'scheduled sessions', count: 36 }]))
    await t.value('clients.delete', { id: client.id, confirm: true })
    expect(t.db.prepare('SELECT count(*) FROM programs WHERE client_id IS NOT NULL').pluck().get()).toBe(0)
    // Only the templates' rows are left.
    expect(['program_weeks', 'program_sessions', 'program_items'].map((table) => rowCount(t.db, table))).toEqual(templateRows)
    expect(rowCount(t.db, 'scheduled_sessions')).toBe(0)
    // The templates are untouched.
    expect((await t.value('programs.list', { templates: true })).total).toBe(5)
  })

  it('a client with no programs keeps the plain preview', async () => {
    const t = openTestCore()
    const client = await newClient(t)
    const preview = await t.value('clients.deletePreview', { id: client.id })
    expect(preview.removes.map((r) => r.what)).not.toContain('training programs')
  })
})

describe('the client’s medical clearance', () => {
  it('is an error in the stored program’s checks', async () => {
    const t = openTestCore()
    const client = await t.value('clients.create', fullClient({ readiness: { answeredOn: '2024-09-01', answers: readinessAnswers(['heart']), clearanceReceivedOn: null } }))
    const p = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: client.id, startDate: '2030-01-07', weekdays: [1, 3, 6] })
    const check = await t.value('programs.check', { id: p.id })
    expect(check.issues.find((i) => i.ruleId === 'medical-clearance')).toMatchObject({ severity: 'error' })
  })
})
