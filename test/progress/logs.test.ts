import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../src/shared/envelope'
import { openTestCore, rowCount, storeHash } from '../helpers/store'
import { item } from '../programs/helpers'
import { assignedProgram, DEADLIFT, entry, GLUTE_BRIDGE, HIP_THRUST, LEG_CURL, lift, log, newClient, saveLog } from './helpers'

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a failure')
  return envelope.error
}

describe('saving a session log', () => {
  it('keeps every set as entered and reads it back in order, with each set’s e1RM', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const saved = await saveLog(
      t,
      ana.id,
      '2024-03-04',
      [entry(DEADLIFT, [lift(5, 100, { rpe: 7.5 }), lift(5, 102.5), lift(12, 60)], { label: 'A1' }), entry(GLUTE_BRIDGE, [lift(15, null), { status: 'skipped' }])],
      { startTime: '07:30', durationMinutes: 50, effort: 8, notes: 'Good morning.' }
    )
    const again = await t.value('logs.get', { id: saved.id })
    expect(again).toEqual(saved)
    expect(again).toMatchObject({ clientName: 'Ana Lima', date: '2024-03-04', startTime: '07:30', durationMinutes: 50, effort: 8, notes: 'Good morning.', programId: null })
    expect(again.entries.map((e) => [e.exerciseName, e.label, e.sets.length])).toEqual([
      ['Deadlift', 'A1', 3],
      [again.entries[1]!.exerciseName, null, 2]
    ])
    const [first, , third] = again.entries[0]!.sets
    expect(first).toMatchObject({ reps: 5, loadKg: 100, rpe: 7.5, status: 'done' })
    expect(first!.e1rmKg).toBeCloseTo(116.6667, 4)
    expect(third!.e1rmKg).toBeNull() // 12 reps: outside Epley's range
    expect(again.entries[1]!.sets[1]).toMatchObject({ status: 'skipped', reps: null })
  })

  it('an edit replaces the whole log in place: same row ids where positions match, dropped sets leave tombstones', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const first = await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100), lift(5, 100), lift(5, 100)])])
    const setIds = first.entries[0]!.sets.map((s) => s.id)
    const edited = await saveLog(t, ana.id, '2024-03-05', [entry(DEADLIFT, [lift(6, 100), lift(5, 105)])], { id: first.id, notes: 'Moved a day' })
    expect(edited.id).toBe(first.id)
    expect(edited.date).toBe('2024-03-05')
    expect(edited.entries[0]!.sets.map((s) => s.id)).toEqual(setIds.slice(0, 2))
    expect(edited.entries[0]!.sets.map((s) => [s.reps, s.loadKg])).toEqual([
      [6, 100],
      [5, 105]
    ])
    expect(rowCount(t.db, 'log_sets')).toBe(2)
    expect(t.db.prepare('SELECT entity FROM tombstones WHERE id = ?').pluck().get(setIds[2])).toBe('log_set')
    const list = await t.value('logs.list', { clientId: ana.id })
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({ date: '2024-03-05', setsDone: 2, volumeKg: 6 * 100 + 5 * 105, exercises: 1 })
  })

  it('a delete erases the log, its sets and pain flags, each leaving a tombstone', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const saved = await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100, { pain: { area: 'lower-back', note: 'Sharp' } })])])
    const refused = errorOf(await t.call('logs.delete', { id: saved.id }))
    expect(refused.code).toBe('invalid_input')
    await t.value('logs.delete', { id: saved.id, confirm: true })
    expect(errorOf(await t.call('logs.get', { id: saved.id })).code).toBe('not_found')
    for (const table of ['session_logs', 'log_entries', 'log_sets', 'pain_flags']) expect(rowCount(t.db, table), table).toBe(0)
    const entities = t.db.prepare('SELECT entity FROM tombstones ORDER BY entity').pluck().all()
    expect(entities).toEqual(['log_entry', 'log_set', 'pain_flag', 'session_log'])
  })

  it('lists newest first, paged by cursor, filtered by dates', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const dates = ['2024-01-02', '2024-01-05', '2024-01-05', '2024-01-09', '2024-01-12']
    for (const date of dates) await saveLog(t, ana.id, date, [entry(LEG_CURL, [lift(10, 30)])])
    const page1 = await t.value('logs.list', { clientId: ana.id, limit: 2 })
    expect(page1.total).toBe(5)
    expect(page1.items.map((l) => l.date)).toEqual(['2024-01-12', '2024-01-09'])
    const page2 = await t.value('logs.list', { clientId: ana.id, limit: 2, cursor: page1.nextCursor })
    expect(page2.items.map((l) => l.date)).toEqual(['2024-01-05', '2024-01-05'])
    const page3 = await t.value('logs.list', { clientId: ana.id, limit: 2, cursor: page2.nextCursor })
    expect(page3.items.map((l) => l.date)).toEqual(['2024-01-02'])
    expect(page3.nextCursor).toBeNull()
    const seen = [...page1.items, ...page2.items, ...page3.items].map((l) => l.id)
    expect(new Set(seen).size).toBe(5)
    const january = await t.value('logs.list', { clientId: ana.id, from: '2024-01-05', to: '2024-01-09' })
    expect(january.items.map((l) => l.date)).toEqual(['2024-01-09', '2024-01-05', '2024-01-05'])
  })
})

describe('personal records are marked when set', () => {
  it('a heavier session says so, with the best before it; edits and deletes of earlier logs move the marks', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const first = await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])])
    expect(first.records).toEqual([]) // the first session is the baseline
    const second = await saveLog(t, ana.id, '2024-03-11', [entry(DEADLIFT, [lift(5, 105), lift(3, 100)])])
    expect(second.records).toEqual([
      { exerciseId: DEADLIFT, exerciseName: 'Deadlift', kind: 'e1rm', value: expect.closeTo(122.5, 9), previous: expect.closeTo(116.6667, 4) },
      { exerciseId: DEADLIFT, exerciseName: 'Deadlift', kind: 'load', value: 105, previous: 100 }
    ])
    expect((await t.value('logs.list', { clientId: ana.id })).items.map((l) => l.records)).toEqual([1, 0])

    // The first log was mistyped: it was 110 kg. The second one no longer beats it.
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 110)])], { id: first.id })
    expect((await t.value('logs.get', { id: second.id })).records).toEqual([])

    await t.value('logs.delete', { id: first.id, confirm: true })
    expect((await t.value('logs.get', { id: second.id })).records).toEqual([]) // now the baseline
  })

  it('a log entered later for an earlier date does not steal a record from the logs after it', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2024-03-01', [entry(HIP_THRUST, [lift(8, 60)])])
    const later = await saveLog(t, ana.id, '2024-03-15', [entry(HIP_THRUST, [lift(8, 70)])])
    expect(later.records.map((r) => r.kind)).toEqual(['e1rm', 'load'])
    const backfilled = await saveLog(t, ana.id, '2024-03-08', [entry(HIP_THRUST, [lift(8, 65)])])
    expect(backfilled.records.map((r) => r.kind)).toEqual(['e1rm', 'load'])
    expect((await t.value('logs.get', { id: later.id })).records.map((r) => [r.kind, r.previous])).toEqual([
      ['e1rm', expect.closeTo(65 * (1 + 8 / 30), 6)],
      ['load', 65]
    ])
  })
})

describe('a session from the program', () => {
  it('prefills that week’s targets in the order of the printed sheet, and saving it marks the dated session done', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const items = [
      item('standing-toe-drag-stretch', 'cool-down'),
      item('deadlift', 'main', { sets: 3, reps: { min: 5, max: 5 }, load: { kind: 'kg', value: 80 } }, { group: 'A', groupKind: 'superset' }),
      item('heel-to-glute-kicks', 'warm-up'),
      item('seated-leg-curl-machine', 'main', { sets: 2, reps: { min: 8, max: 12 }, load: { kind: 'lb', value: 50 }, notes: 'Slow down' }, { group: 'A', groupKind: 'superset' })
    ]
    const { schedule } = await assignedProgram(t, ana.id, { startDate: '2024-03-04', weeks: 2, weekdays: [1], items })
    const week2 = schedule.find((s) => s.weekNumber === 2)!
    const draft = await t.value('logs.prefill', { clientId: ana.id, scheduledSessionId: week2.id })
    expect(draft).toMatchObject({ clientId: ana.id, scheduledSessionId: week2.id, weekNumber: 2, date: '2024-03-11', title: 'Session A', existingLogId: null })
    expect(draft.entries.map((e) => [e.block, e.label, e.sets.length])).toEqual([
      ['warm-up', null, draft.entries[0]!.sets.length],
      ['main', 'A1', 3],
      ['main', 'A2', 2],
      ['cool-down', null, draft.entries[3]!.sets.length]
    ])
    const deadlift = draft.entries[1]!
    expect(deadlift.sets[0]).toMatchObject({ reps: 5, loadKg: 80, status: 'done' })
    expect(deadlift.prescription).toBe('3 × 5 @ 80 kg, rest ' + `${items[1]!.prescription.restSeconds} s`)
    const curl = draft.entries[2]!
    expect(curl.instructions).toBe('Slow down')
    expect(curl.sets[0]).toMatchObject({ reps: 12, loadKg: 22.68 }) // 50 lb, the top of 8-12
    expect(curl.sets[0]!.target).toMatchObject({ reps: { min: 8, max: 12 }, load: { kind: 'lb', value: 50 } })

    // Saved as prefilled: one keystroke for a session done as written.
    const { existingLogId: _, clientName: __, programName: ___, phase: ____, entries, ...rest } = draft
    const saved = await t.value('logs.save', {
      ...rest,
      entries: entries.map((e) => ({ exerciseId: e.exerciseId, itemId: e.itemId, label: e.label, sets: e.sets }))
    })
    expect(saved).toMatchObject({ programId: week2.programId, scheduledSessionId: week2.id, weekNumber: 2 })
    const again = await t.value('logs.prefill', { clientId: ana.id, scheduledSessionId: week2.id })
    expect(again.existingLogId).toBe(saved.id)
    // One log per dated session: a second one is refused, nothing written.
    const hash = storeHash(t.db)
    const twice = errorOf(await t.call('logs.save', log(ana.id, '2024-03-11', [entry(DEADLIFT, [lift(5, 80)])], { scheduledSessionId: week2.id })))
    expect(twice.code).toBe('conflict')
    expect(twice.message).toMatch(/already logged/)
    expect(storeHash(t.db)).toBe(hash)
  })

  it('a program session and week prefill the same sheet when there is no dated session to pick', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const items = [item('deadlift', 'main', { sets: 2, reps: { min: 6, max: 8 }, load: { kind: 'kg', value: 70 } })]
    const { program } = await assignedProgram(t, ana.id, { startDate: '2024-03-04', weeks: 3, weekdays: [3], items })
    const sessionWeek1 = program.document.weeks[0]!.sessions[0]!
    const draft = await t.value('logs.prefill', { clientId: ana.id, programId: program.id, sessionId: sessionWeek1.id, week: 3 })
    expect(draft).toMatchObject({ weekNumber: 3, date: '2024-03-20', programSessionId: program.document.weeks[2]!.sessions[0]!.id })
    expect(draft.scheduledSessionId).not.toBeNull()
    const nope = errorOf(await t.call('logs.prefill', { clientId: ana.id, programId: program.id, sessionId: sessionWeek1.id, week: 9 }))
    expect(nope.code).toBe('not_found')
  })
})

describe('bad input is refused and nothing is written', () => {
  it.each([
    ['RPE above 10', { sets: [lift(5, 100, { rpe: 11 })] }, 'entries.0.sets.0.rpe'],
    ['negative reps', { sets: [lift(-1, 100)] }, 'entries.0.sets.0.reps'],
    ['a load over 1000 kg', { sets: [lift(5, 1200)] }, 'entries.0.sets.0.loadKg'],
    ['no sets', { sets: [] }, 'entries.0.sets'],
    ['an unknown pain area', { sets: [lift(5, 100, { pain: { area: 'elbow' as never, note: '' } })] }, 'entries.0.sets.0.pain.area']
  ])('%s', async (_, change, path) => {
    const t = openTestCore()
    const ana = await newClient(t)
    const hash = storeHash(t.db)
    const error = errorOf(await t.call('logs.save', log(ana.id, '2024-03-04', [{ ...entry(DEADLIFT, []), ...change }])))
    expect(error.code).toBe('invalid_input')
    expect(error.issues.map((i) => i.path)).toContain(path)
    expect(storeHash(t.db)).toBe(hash)
  })

  it('a date ahead of tomorrow, an unknown exercise, another client’s log', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const ben = await newClient(t, 'Ben Okafor')
    const saved = await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])])
    const hash = storeHash(t.db)
    const future = errorOf(await t.call('logs.save', log(ana.id, '2199-01-01', [entry(DEADLIFT, [lift(5, 100)])])))
    expect(future).toMatchObject({ code: 'invalid_input', issues: [{ path: 'date', message: 'A session cannot be logged ahead of time' }] })
    const unknown = errorOf(await t.call('logs.save', log(ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)]), entry(ben.id, [lift(5, 100)])])))
    expect(unknown).toMatchObject({ code: 'not_found', issues: [{ path: 'entries.1.exerciseId' }] })
    const moved = errorOf(await t.call('logs.save', log(ben.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])], { id: saved.id })))
    expect(moved.code).toBe('conflict')
    const empty = errorOf(await t.call('logs.save', log(ana.id, '2024-03-04', [])))
    expect(empty).toMatchObject({ code: 'invalid_input', issues: [{ path: 'entries' }] })
    expect(storeHash(t.db)).toBe(hash)
  })
})

describe('deleting a client', () => {
  it('names their logs, pain reports and measurements in the preview, and erases them with tombstones', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const ben = await newClient(t, 'Ben Okafor')
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100), lift(5, 100)])], { pain: { area: 'knee', note: 'Ache' } })
    await saveLog(t, ana.id, '2024-03-06', [entry(LEG_CURL, [lift(10, 30)])])
    const kept = await saveLog(t, ben.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 120)])])
    const types = await t.value('measurements.types', {})
    await t.value('measurements.record', { clientId: ana.id, date: '2024-03-04', values: [{ typeId: types.items[0]!.id, value: 64 }] })

    const preview = await t.value('clients.deletePreview', { id: ana.id })
    expect(preview.removes).toEqual(
      expect.arrayContaining([
        { what: 'session logs', count: 2 },
        { what: 'pain report', count: 1 },
        { what: 'body measurement', count: 1 }
      ])
    )
    const before = rowCount(t.db, 'tombstones')
    await t.value('clients.delete', { id: ana.id, confirm: true })
    expect(t.db.prepare('SELECT count(*) FROM session_logs WHERE client_id = ?').pluck().get(ana.id)).toBe(0)
    expect(rowCount(t.db, 'log_sets')).toBe(1) // Ben's
    expect(rowCount(t.db, 'measurements')).toBe(0)
    // 2 logs + 2 entries + 3 sets + 1 pain flag + 1 measurement + the client.
    expect(rowCount(t.db, 'tombstones') - before).toBe(2 + 2 + 3 + 1 + 1 + 1)
    expect((await t.value('logs.get', { id: kept.id })).clientName).toBe('Ben Okafor')
  })
})
