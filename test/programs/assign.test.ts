import { describe, expect, it } from 'vitest'
import type { ScheduledSession } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import { openTestCore, storeHash, type TestCore } from '../helpers/store'
import { HOME_TEMPLATE, exerciseId, item, localToday, newUuid, templateId } from './helpers'

// Assigning copies a template to a client with dated sessions; rescheduling rebuilds the dates from
// today on; edits to the program keep the coming dates in line. Dates below are worked out by hand.

function shift(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

function weekdayOf(iso: string): number {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay()
  return day === 0 ? 7 : day
}

async function client(t: TestCore, name = 'Ana Ruiz', changes = {}) {
  return t.value('clients.create', fullClient({ name, readiness: null, limitations: [], ...changes }))
}

function errorOf(envelope: Awaited<ReturnType<TestCore['call']>>) {
  if (envelope.ok) throw new Error('expected a failure')
  return envelope.error
}

const dated = (items: ScheduledSession[]) => items.map((s) => [s.date, s.weekNumber, s.sessionName])

describe('assigning a template', () => {
  it('copies it into an active client program with dated sessions on the chosen weekdays', async () => {
    const t = openTestCore()
    const ana = await client(t)
    // 2030-01-09 is a Wednesday: week 1 runs Wed 9 - Tue 15, so Mon/Wed/Fri fall on the 9th, 11th and 14th.
    const p = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: ana.id, startDate: '2030-01-09', weekdays: [5, 1, 3] })
    expect(p).toMatchObject({ clientId: ana.id, status: 'active', startDate: '2030-01-09', endDate: '2030-04-02', weekdays: [1, 3, 5], sourceId: templateId('walking-plan') })
    const schedule = await t.value('programs.schedule', { clientId: ana.id })
    expect(schedule.total).toBe(36)
    expect(dated(schedule.items.slice(0, 6))).toEqual([
      ['2030-01-09', 1, 'Walk 1'],
      ['2030-01-11', 1, 'Walk 2'],
      ['2030-01-14', 1, 'Walk 3'],
      ['2030-01-16', 2, 'Walk 1'],
      ['2030-01-18', 2, 'Walk 2'],
      ['2030-01-21', 2, 'Walk 3']
    ])
    // Week 12 starts 77 days after the 9th of January: 27 March.
    expect(dated(schedule.items.slice(-3))).toEqual([
      ['2030-03-27', 12, 'Walk 1'],
      ['2030-03-29', 12, 'Walk 2'],
      ['2030-04-01', 12, 'Walk 3']
    ])
    expect(schedule.items[0]).toMatchObject({ programId: p.id, programName: 'Walking plan: three walks a week', programStatus: 'active', clientName: 'Ana Ruiz' })
  })

  it('the client’s copy is theirs: editing it leaves the template as it was', async () => {
    const t = openTestCore()
    const template = await t.value('programs.get', { id: templateId(HOME_TEMPLATE) })
    const p = await t.value('programs.assign', { programId: template.id, clientId: (await client(t)).id, startDate: '2030-01-07', weekdays: [1, 3, 5], name: 'Ana’s home plan' })
    expect(p.document.name).toBe('Ana’s home plan')
    const doc = structuredClone(p.document)
    doc.weeks[0]!.sessions[0]!.items[2]!.prescription.sets = 5
    doc.weeks.pop()
    await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    expect(await t.value('programs.get', { id: template.id })).toEqual(template)
  })

  it('sessions with their own weekday keep it', async () => {
    const t = openTestCore()
    const ana = await client(t)
    const draft = await t.value('programs.create', { clientId: ana.id, name: 'Two days', weeks: 1, sessionsPerWeek: 2 })
    const doc = structuredClone(draft.document)
    doc.weeks[0]!.sessions[0]!.weekday = 6 // Session A always on Saturday
    await t.value('programs.save', { id: draft.id, revision: draft.revision, document: doc })
    const p = await t.value('programs.assign', { programId: draft.id, clientId: ana.id, startDate: '2030-01-07', weekdays: [2] })
    expect(dated((await t.value('programs.schedule', { programId: p.id })).items)).toEqual([
      ['2030-01-08', 1, 'Session B'],
      ['2030-01-12', 1, 'Session A']
    ])
  })

  it('refuses fewer weekdays than a week has sessions, and a client that does not exist, writing nothing', async () => {
    const t = openTestCore()
    const ana = await client(t)
    const before = storeHash(t.db)
    const short = errorOf(await t.call('programs.assign', { programId: templateId(HOME_TEMPLATE), clientId: ana.id, startDate: '2030-01-07', weekdays: [1, 4] }))
    expect(short).toMatchObject({ code: 'conflict', issues: [{ path: 'weekdays', message: 'Choose at least 3 weekdays' }] })
    expect(errorOf(await t.call('programs.assign', { programId: templateId(HOME_TEMPLATE), clientId: newUuid(), startDate: '2030-01-07', weekdays: [1, 3, 5] })).code).toBe('not_found')
    expect(storeHash(t.db)).toBe(before)
  })

  it('can replace the client’s current program: it is completed and its sessions from the new start go', async () => {
    const t = openTestCore()
    const ana = await client(t)
    const first = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: ana.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
    const second = await t.value('programs.assign', { programId: templateId(HOME_TEMPLATE), clientId: ana.id, startDate: '2030-02-04', weekdays: [2, 4, 6], replaceActive: true })
    expect((await t.value('programs.get', { id: first.id })).status).toBe('completed')
    const firstDates = (await t.value('programs.schedule', { programId: first.id })).items.map((s) => s.date)
    // Four weeks (7 Jan - 3 Feb) stay as history.
    expect(firstDates).toHaveLength(12)
    expect(firstDates.every((d) => d < '2030-02-04')).toBe(true)
    expect((await t.value('programs.schedule', { programId: second.id })).total).toBe(24)
    // Without replaceActive, two programs can run side by side (e.g. a walking plan and a strength plan).
    await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: ana.id, startDate: '2030-02-04', weekdays: [1, 3, 5] })
    expect((await t.value('programs.list', { clientId: ana.id, status: 'active' })).total).toBe(2)
  })
})

describe('the client’s dated sessions', () => {
  it('filter by client and dates, in date order across clients', async () => {
    const t = openTestCore()
    const ana = await client(t)
    const ben = await client(t, 'Ben Okafor')
    await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: ana.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
    await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: ben.id, startDate: '2030-01-08', weekdays: [2, 4, 6] })
    const firstWeek = await t.value('programs.schedule', { from: '2030-01-07', to: '2030-01-10' })
    expect(firstWeek.items.map((s) => [s.date, s.clientName])).toEqual([
      ['2030-01-07', 'Ana Ruiz'],
      ['2030-01-08', 'Ben Okafor'],
      ['2030-01-09', 'Ana Ruiz'],
      ['2030-01-10', 'Ben Okafor']
    ])
    const bens = await t.value('programs.schedule', { clientId: ben.id, from: '2030-03-01', limit: 2 })
    // Ben's weeks start on Tuesdays (8 Jan + 7n): week 8 from 26 Feb has 26, 28 Feb and 2 Mar;
    // weeks 9-12 (from 5, 12, 19, 26 Mar) have three each: 1 + 12 sessions from March on.
    expect(bens.items.map((s) => s.date)).toEqual(['2030-03-02', '2030-03-05'])
    expect(bens.total).toBe(13)
  })
})

describe('rescheduling', () => {
  async function startedTwoWeeksAgo(t: TestCore) {
    const today = localToday()
    const start = shift(today, -14)
    // Every weekday chosen: the three walks fall on the first three days of each program week.
    const p = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: (await client(t)).id, startDate: start, weekdays: [1, 2, 3, 4, 5, 6, 7] })
    return { today, start, p }
  }

  it('keeps past dates as history and rebuilds the coming ones from the new start', async () => {
    const t = openTestCore()
    const { today, start, p } = await startedTwoWeeksAgo(t)
    const before = (await t.value('programs.schedule', { programId: p.id })).items
    const past = before.filter((s) => s.date < today)
    expect(past.map((s) => s.date)).toEqual([0, 1, 2, 7, 8, 9].map((d) => shift(start, d)))

    // Away for a while: start again next week.
    const next = shift(today, 7)
    const moved = await t.value('programs.reschedule', { id: p.id, startDate: next, weekdays: [1, 2, 3, 4, 5, 6, 7] })
    expect(moved).toMatchObject({ startDate: next, status: 'active' })
    const after = (await t.value('programs.schedule', { programId: p.id })).items
    expect(after.filter((s) => s.date < today)).toEqual(past)
    const coming = after.filter((s) => s.date >= today)
    expect(coming).toHaveLength(36)
    expect(dated(coming.slice(0, 3))).toEqual([
      [next, 1, 'Walk 1'],
      [shift(next, 1), 1, 'Walk 2'],
      [shift(next, 2), 1, 'Walk 3']
    ])
  })

  it('changing only the weekdays moves the coming sessions; the same schedule again changes nothing', async () => {
    const t = openTestCore()
    const { today, start, p } = await startedTwoWeeksAgo(t)
    const same = await t.value('programs.reschedule', { id: p.id, startDate: start, weekdays: [1, 2, 3, 4, 5, 6, 7] })
    const before = (await t.value('programs.schedule', { programId: same.id })).items
    await t.value('programs.reschedule', { id: p.id, startDate: start, weekdays: [1, 2, 3, 4, 5, 6, 7] })
    expect((await t.value('programs.schedule', { programId: p.id })).items).toEqual(before)

    // Days 1, 3 and 5 of each program week instead of 0, 1 and 2.
    const weekdays = [1, 3, 5].map((d) => weekdayOf(shift(start, d)))
    await t.value('programs.reschedule', { id: p.id, startDate: start, weekdays })
    const after = (await t.value('programs.schedule', { programId: p.id })).items
    expect(after.filter((s) => s.date < today)).toEqual(before.filter((s) => s.date < today))
    const expected = Array.from({ length: 12 }, (_, w) => [1, 3, 5].map((d) => shift(start, w * 7 + d)))
      .flat()
      .filter((d) => d >= today)
    expect(after.filter((s) => s.date >= today).map((s) => s.date)).toEqual(expected)
  })

  it('is for clients’ programs; a template has no dates', async () => {
    const t = openTestCore()
    expect(errorOf(await t.call('programs.reschedule', { id: templateId(HOME_TEMPLATE), startDate: '2030-01-07', weekdays: [1, 3, 5] })).code).toBe('conflict')
  })

  it('gives a draft its dates and starts it', async () => {
    const t = openTestCore()
    const draft = await t.value('programs.create', { clientId: (await client(t)).id, name: 'Draft', weeks: 2, sessionsPerWeek: 2 })
    const p = await t.value('programs.reschedule', { id: draft.id, startDate: '2030-01-07', weekdays: [1, 4] })
    expect(p.status).toBe('active')
    expect((await t.value('programs.schedule', { programId: p.id })).items.map((s) => s.date)).toEqual(['2030-01-07', '2030-01-10', '2030-01-14', '2030-01-17'])
  })
})

describe('edits and status keep the coming dates in line', () => {
  it('a session removed from the program loses its coming date; a past date stays, detached', async () => {
    const t = openTestCore()
    const today = localToday()
    const start = shift(today, -7)
    const p = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: (await client(t)).id, startDate: start, weekdays: [1, 2, 3, 4, 5, 6, 7] })
    const doc = structuredClone(p.document)
    const [gonePast] = doc.weeks[0]!.sessions.splice(0, 1) // week 1, Walk 1: dated a week ago
    const [goneComing] = doc.weeks[3]!.sessions.splice(2, 1) // week 4, Walk 3: still to come
    doc.weeks[3]!.sessions[0]!.items.push(item('calf-raise-step'))
    await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    const items = (await t.value('programs.schedule', { programId: p.id })).items
    expect(items).toHaveLength(35)
    expect(items[0]).toMatchObject({ date: start, programSessionId: null, sessionName: null })
    expect(items.some((s) => s.programSessionId === goneComing!.id)).toBe(false)
    expect(items.some((s) => s.programSessionId === gonePast!.id)).toBe(false)
  })

  it('completing a program drops its coming dates; making it active again brings them back', async () => {
    const t = openTestCore()
    const today = localToday()
    const p = await t.value('programs.assign', { programId: templateId('walking-plan'), clientId: (await client(t)).id, startDate: shift(today, -7), weekdays: [1, 2, 3, 4, 5, 6, 7] })
    await t.value('programs.setStatus', { id: p.id, status: 'completed' })
    expect((await t.value('programs.schedule', { programId: p.id })).items.map((s) => s.date)).toEqual([0, 1, 2].map((d) => shift(today, d - 7)))
    await t.value('programs.setStatus', { id: p.id, status: 'active' })
    expect((await t.value('programs.schedule', { programId: p.id })).total).toBe(36)
  })
})

describe('the designer’s journey for a home beginner', () => {
  it('a barbell move added by hand fails the checks; swapping it for the suggested step fixes them', async () => {
    const t = openTestCore()
    const ben = await client(t, 'Ben Okafor', { level: 'beginner', trainingLocation: 'home', equipment: ['mat', 'chair', 'step', 'wall', 'household-weights', 'stability-ball'] })
    const p = await t.value('programs.assign', { programId: templateId(HOME_TEMPLATE), clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
    expect((await t.value('programs.check', { id: p.id })).counts).toEqual({ error: 0, warning: 0, info: 0 })

    const doc = structuredClone(p.document)
    doc.weeks[0]!.sessions[0]!.items.splice(2, 0, item('deadlift'))
    const saved = await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    const check = await t.value('programs.check', { id: p.id })
    const equipment = check.issues.find((i) => i.ruleId === 'equipment-missing')!
    expect(equipment).toMatchObject({ severity: 'error', message: 'Deadlift in Session A: hinge and squat needs barbell and plates, which Ben Okafor does not have in week 1.' })
    expect(check.issues.find((i) => i.ruleId === 'above-level')).toMatchObject({ severity: 'warning' })
    expect(equipment.fix).toMatchObject({ kind: 'swap', exerciseId: exerciseId('single-leg-deadlift') })

    const candidates = await t.value('programs.swapCandidates', { programId: p.id, itemId: equipment.target.itemId! })
    expect(candidates.items[0]!.exerciseId).toBe(exerciseId('single-leg-deadlift'))
    if (equipment.fix?.kind !== 'swap') throw new Error('expected a swap')
    await t.value('programs.swap', { programId: p.id, revision: saved.revision, itemId: equipment.target.itemId!, exerciseId: equipment.fix.exerciseId })
    expect((await t.value('programs.check', { id: p.id })).counts).toEqual({ error: 0, warning: 0, info: 0 })
  })
})
