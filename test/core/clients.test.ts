import { describe, expect, it } from 'vitest'
import type { Client, ClientInput } from '../../src/shared/clients'
import { fullClient, readinessAnswers } from '../helpers/clients'
import { openTestCore, rowCount, type TestCore } from '../helpers/store'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function create(t: TestCore, input: ClientInput): Promise<Client> {
  return t.value('clients.create', input)
}

describe('creating, reading and updating a client', () => {
  it('reads back every field exactly as created', async () => {
    const t = openTestCore()
    const input = fullClient()
    const created = await create(t, input)
    expect(created.id).toMatch(UUID)
    expect(created.createdAt).toBe(created.updatedAt)
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt)
    const expected = { ...input, id: created.id, medicalClearanceNeeded: false, archivedAt: null, createdAt: created.createdAt, updatedAt: created.updatedAt }
    expect(created).toEqual(expected)
    expect(await t.value('clients.get', { id: created.id })).toEqual(expected)
  })

  it('fills defaults for what the trainer left out and trims typed text', async () => {
    const t = openTestCore()
    const created = await create(t, { name: '  Ada Byrne  ', email: '', phone: '' })
    expect(created).toMatchObject({
      name: 'Ada Byrne',
      email: null,
      phone: null,
      dateOfBirth: null,
      level: 'beginner',
      trainingLocation: 'home',
      equipment: [],
      limitations: [],
      readiness: null,
      weightGoal: null,
      tags: []
    })
  })

  it('an update replaces every field: what is left out goes back to empty', async () => {
    const t = openTestCore()
    const created = await create(t, fullClient())
    await sleep(3)
    const updated = await t.value('clients.update', { id: created.id, name: 'Zoë Nguyễn', level: 'advanced' })
    expect(updated).toMatchObject({ id: created.id, name: 'Zoë Nguyễn', level: 'advanced', email: null, phone: null, limitations: [], readiness: null, weightGoal: null, tags: [] })
    expect(updated.createdAt).toBe(created.createdAt)
    expect(updated.updatedAt > created.updatedAt).toBe(true)
    expect(await t.value('clients.get', { id: created.id })).toEqual(updated)
  })

  it('answers not_found for a client that does not exist, and writes nothing', async () => {
    const t = openTestCore()
    const id = '01890a5d-ac96-774b-bcce-b302099a8057'
    for (const method of ['clients.get', 'clients.archive', 'clients.restore', 'clients.deletePreview']) {
      expect(await t.call(method, { id })).toMatchObject({ ok: false, error: { code: 'not_found', issues: [{ path: 'id' }] } })
    }
    expect(await t.call('clients.update', { id, name: 'Nobody' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await t.call('clients.delete', { id, confirm: true })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(rowCount(t.db, 'clients')).toBe(0)
    expect(rowCount(t.db, 'tombstones')).toBe(0)
  })
})

describe('archiving and deleting', () => {
  it('archives and restores a client, refusing to archive twice or restore an active one', async () => {
    const t = openTestCore()
    const { id } = await create(t, fullClient())
    const archived = await t.value('clients.archive', { id })
    expect(archived.archivedAt).not.toBeNull()
    const twice = await t.call('clients.archive', { id })
    expect(twice).toMatchObject({ ok: false, error: { code: 'conflict', message: `${fullClient().name} is already archived` } })
    expect((await t.value('clients.get', { id })).archivedAt).toBe(archived.archivedAt)

    const restored = await t.value('clients.restore', { id })
    expect(restored.archivedAt).toBeNull()
    expect(await t.call('clients.restore', { id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('delete erases the row and its search entry and leaves only a tombstone', async () => {
    const t = openTestCore()
    const keep = await create(t, { name: 'Marcus Okafor' })
    const gone = await create(t, fullClient())
    expect((await t.value('clients.list', { query: 'lukasiewicz' })).total).toBe(1)

    const refused = await t.call('clients.delete', { id: gone.id })
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'confirm' }] } })

    const deleted = await t.value('clients.delete', { id: gone.id, confirm: true })
    expect(deleted.id).toBe(gone.id)
    expect(await t.call('clients.get', { id: gone.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(t.db.prepare('SELECT count(*) FROM clients WHERE id = ?').pluck().get(gone.id)).toBe(0)
    expect(t.db.prepare('SELECT count(*) FROM clients_search WHERE client_id = ?').pluck().get(gone.id)).toBe(0)
    expect(t.db.prepare("SELECT count(*) FROM clients_search WHERE doc LIKE '%lukasiewicz%'").pluck().get()).toBe(0)
    expect((await t.value('clients.list', { query: 'lukasiewicz', status: 'all' })).total).toBe(0)
    expect(t.db.prepare('SELECT id, entity, deleted_at FROM tombstones').all()).toEqual([{ id: gone.id, entity: 'client', deleted_at: deleted.deletedAt }])
    // Nothing of the client's content survives anywhere in the file's tables.
    const everything = JSON.stringify(t.db.prepare('SELECT * FROM tombstones').all())
    expect(everything).not.toMatch(/Zoë|hamstring|zoe\.lukasiewicz/)
    expect((await t.value('clients.list', {})).items.map((c) => c.id)).toEqual([keep.id])
  })

  it('the delete preview names what goes: limitations, readiness answers, weight goal', async () => {
    const t = openTestCore()
    const full = await create(t, fullClient())
    expect(await t.value('clients.deletePreview', { id: full.id })).toEqual({
      id: full.id,
      name: fullClient().name,
      removes: [
        { what: 'client profile, contact details, goals and notes', count: 1 },
        { what: 'injuries and limitations', count: 2 },
        { what: 'health-readiness questionnaire', count: 1 },
        { what: 'body-weight goal', count: 1 }
      ]
    })
    const bare = await create(t, { name: 'Ada Byrne', limitations: [{ area: 'knee', note: '' }] })
    expect((await t.value('clients.deletePreview', { id: bare.id })).removes).toEqual([
      { what: 'client profile, contact details, goals and notes', count: 1 },
      { what: 'injury or limitation', count: 1 }
    ])
  })
})

describe('the client list', () => {
  const people: ClientInput[] = [
    fullClient(),
    { name: 'Marcus Okafor', email: 'marcus.okafor@example.com', phone: '07700 900123', tags: ['knee rehab'], goals: 'Lose weight steadily' },
    { name: 'Émile Zola', email: 'emile@example.org', goalTags: ['flexibility'] },
    { name: 'ada byrne', phone: '+353 1 234 5678', goals: 'Deadlift her bodyweight' },
    { name: 'Øyvind Berg', email: 'oyvind.berg@example.no', tags: ['morning'] },
    { name: 'Percent 100% Club', notes: 'names with SQL wildcards must not match everything' }
  ]

  async function seeded(): Promise<TestCore & { ids: Record<string, string> }> {
    const t = openTestCore()
    const ids: Record<string, string> = {}
    for (const p of people) ids[p.name] = (await create(t, p)).id
    return Object.assign(t, { ids })
  }

  async function names(t: TestCore, query: Record<string, unknown>): Promise<string[]> {
    return (await t.value('clients.list', query)).items.map((c) => c.name)
  }

  it('finds clients by any part of the name, ignoring accents and case', async () => {
    const t = await seeded()
    expect(await names(t, { query: 'zoe luka' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: 'ŁUKASIEWICZ' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: 'nguyen' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: 'emile' })).toEqual(['Émile Zola'])
    expect(await names(t, { query: 'oyv' })).toEqual(['Øyvind Berg'])
    expect(await names(t, { query: 'BYR' })).toEqual(['ada byrne'])
  })

  it('finds clients by email, phone digits with or without spaces, tag and goal text', async () => {
    const t = await seeded()
    expect(await names(t, { query: 'okafor@' })).toEqual(['Marcus Okafor'])
    expect(await names(t, { query: 'example.no' })).toEqual(['Øyvind Berg'])
    expect(await names(t, { query: '7946 0958' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: '79460958' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: '07700900123' })).toEqual(['Marcus Okafor'])
    expect(await names(t, { query: '234 5678' })).toEqual(['ada byrne'])
    expect(await names(t, { query: 'rehab' })).toEqual(['Marcus Okafor'])
    expect(await names(t, { query: 'morning' })).toEqual(['Øyvind Berg', 'Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: 'flexibility' })).toEqual(['Émile Zola'])
    expect(await names(t, { query: 'deadlift' })).toEqual(['ada byrne'])
    expect(await names(t, { query: 'marathon' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
  })

  it('requires every typed word to match, and short or wildcard queries match literally', async () => {
    const t = await seeded()
    expect(await names(t, { query: 'zoe marathon' })).toEqual(['Zoë Łukasiewicz-Nguyễn'])
    expect(await names(t, { query: 'zoe okafor' })).toEqual([])
    expect(await names(t, { query: '  marcus   lose  ' })).toEqual(['Marcus Okafor'])
    expect(await names(t, { query: 'ok' })).toEqual(['Marcus Okafor'])
    expect(await names(t, { query: '%' })).toEqual(['Percent 100% Club'])
    expect(await names(t, { query: '_' })).toEqual([])
    expect(await names(t, { query: 'nobody-by-this-name' })).toEqual([])
  })

  it('treats *, ? and [ in a query as the characters themselves', async () => {
    const t = openTestCore()
    for (const name of ['Asterisk *Gym*', 'Question? Gym', 'Bracket [Gym]', 'Plain Gym']) await create(t, { name })
    expect(await names(t, { query: '*' })).toEqual(['Asterisk *Gym*'])
    expect(await names(t, { query: '?' })).toEqual(['Question? Gym'])
    expect(await names(t, { query: '[gym]' })).toEqual(['Bracket [Gym]'])
    expect(await names(t, { query: '[' })).toEqual(['Bracket [Gym]'])
    expect(await names(t, { query: 'g*m' })).toEqual([])
    expect(await names(t, { query: 'q?estion' })).toEqual([])
    expect(await names(t, { query: 'gym' })).toEqual(['Asterisk *Gym*', 'Bracket [Gym]', 'Plain Gym', 'Question? Gym'])
  })

  it('sorts by name with accents folded, and by last change', async () => {
    const t = await seeded()
    expect(await names(t, {})).toEqual(['ada byrne', 'Émile Zola', 'Marcus Okafor', 'Øyvind Berg', 'Percent 100% Club', 'Zoë Łukasiewicz-Nguyễn'])
    await sleep(3)
    await t.value('clients.update', { id: t.ids['Émile Zola'], name: 'Émile Zola', notes: 'changed' })
    const byUpdated = (await t.value('clients.list', { sort: 'updated' })).items
    expect(byUpdated[0]?.name).toBe('Émile Zola')
    const stamps = byUpdated.map((c) => c.updatedAt)
    expect(stamps).toEqual([...stamps].sort().reverse())
  })

  it('filters by status: active, archived or all', async () => {
    const t = await seeded()
    await t.value('clients.archive', { id: t.ids['Marcus Okafor'] })
    expect(await names(t, { status: 'archived' })).toEqual(['Marcus Okafor'])
    expect(await names(t, {})).not.toContain('Marcus Okafor')
    expect((await t.value('clients.list', { status: 'all' })).total).toBe(people.length)
    expect((await t.value('clients.list', { status: 'active' })).total).toBe(people.length - 1)
    expect(await names(t, { query: 'okafor', status: 'active' })).toEqual([])
    expect(await names(t, { query: 'okafor', status: 'archived' })).toEqual(['Marcus Okafor'])
  })

  it('pages through a long list without gaps or repeats, with the total on every page', async () => {
    const t = openTestCore()
    for (let i = 0; i < 25; i++) await create(t, { name: `Client ${String(i).padStart(2, '0')}` })
    const pages = [0, 10, 20].map((offset) => t.value('clients.list', { limit: 10, offset }))
    const results = await Promise.all(pages)
    expect(results.map((r) => r.items.length)).toEqual([10, 10, 5])
    expect(results.map((r) => r.total)).toEqual([25, 25, 25])
    const all = results.flatMap((r) => r.items.map((c) => c.name))
    expect(all).toEqual(Array.from({ length: 25 }, (_, i) => `Client ${String(i).padStart(2, '0')}`))
    expect((await t.value('clients.list', { limit: 10, offset: 30 })).items).toEqual([])
  })
})

describe('medical clearance', () => {
  const readiness = (yes: Parameters<typeof readinessAnswers>[0], answeredOn: string, clearanceReceivedOn: string | null = null) => ({
    answeredOn,
    answers: readinessAnswers(yes),
    clearanceReceivedOn
  })

  it.each([
    { label: 'no questionnaire', answers: null, expected: false },
    { label: 'every answer no', answers: readiness([], '2024-05-01'), expected: false },
    { label: 'one yes, no clearance', answers: readiness(['dizziness'], '2024-05-01'), expected: true },
    { label: 'clearance received before the answers', answers: readiness(['heart'], '2024-05-01', '2024-04-30'), expected: true },
    { label: 'clearance received the same day', answers: readiness(['heart'], '2024-05-01', '2024-05-01'), expected: false },
    { label: 'clearance received after', answers: readiness(['heart', 'boneJoint'], '2024-05-01', '2024-06-01'), expected: false }
  ])('$label -> needs clearance: $expected', async ({ answers, expected }) => {
    const t = openTestCore()
    const client = await create(t, { name: 'Ada', readiness: answers })
    expect(client.medicalClearanceNeeded).toBe(expected)
    expect((await t.value('clients.list', {})).items[0]?.medicalClearanceNeeded).toBe(expected)
  })

  it('recomputes the flag when the answers change', async () => {
    const t = openTestCore()
    const client = await create(t, { name: 'Ada', readiness: readiness(['chestPainActive'], '2024-05-01') })
    expect(client.medicalClearanceNeeded).toBe(true)
    const cleared = await t.value('clients.update', { id: client.id, name: 'Ada', readiness: readiness(['chestPainActive'], '2024-05-01', '2024-05-20') })
    expect(cleared.medicalClearanceNeeded).toBe(false)
  })
})
