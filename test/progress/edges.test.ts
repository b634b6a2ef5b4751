import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers/store'
import { item } from '../programs/helpers'
import { assignedProgram, DEADLIFT, entry, lift, newClient, saveLog } from './helpers'

describe('progress edges a trainer meets', () => {
  it('a % of 1RM target is prefilled from the client’s best estimate, on the 0.5 kg grid', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2024-02-26', [entry(DEADLIFT, [lift(5, 90)])]) // e1RM 105
    const { schedule } = await assignedProgram(t, ana.id, {
      startDate: '2024-03-04',
      weeks: 1,
      weekdays: [1],
      items: [item('deadlift', 'main', { sets: 1, reps: { min: 5, max: 5 }, load: { kind: 'percent-1rm', value: 75 } })]
    })
    const draft = await t.value('logs.prefill', { clientId: ana.id, scheduledSessionId: schedule[0]!.id })
    expect(draft.entries[0]!.sets[0]).toMatchObject({ reps: 5, loadKg: 79 }) // 105 × 0.75 = 78.75 → 79
    const ben = await newClient(t, 'Ben Okafor')
    const { schedule: his } = await assignedProgram(t, ben.id, { startDate: '2024-03-04', weeks: 1, weekdays: [1], items: [item('deadlift', 'main', { load: { kind: 'percent-1rm', value: 75 } })] })
    expect((await t.value('logs.prefill', { clientId: ben.id, scheduledSessionId: his[0]!.id })).entries[0]!.sets[0]!.loadKg).toBeNull() // no estimate yet
    // Another client's dated session is not prefilled for Ana.
    expect((await t.call('logs.prefill', { clientId: ana.id, scheduledSessionId: his[0]!.id })).ok).toBe(false)
  })

  it('holds and timed work prefill seconds; their best is the longest, and a longer one is a record', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const { schedule } = await assignedProgram(t, ana.id, {
      startDate: '2024-03-04',
      weeks: 2,
      weekdays: [1],
      items: [item('walking', 'warm-up'), item('heel-on-chair-stretch', 'cool-down')]
    })
    const draft = await t.value('logs.prefill', { clientId: ana.id, scheduledSessionId: schedule[0]!.id })
    expect(draft.entries.map((e) => [e.measurement, e.sets.map((s) => [s.durationSeconds, s.holdSeconds, s.reps, s.loadKg])])).toEqual([
      ['duration', [[600, null, null, null]]], // 10 minutes
      ['hold', [[null, 20, null, null], [null, 20, null, null]]]
    ])
    expect(draft.entries[1]!.sets[0]!.target).toMatchObject({ perSide: true, holdSeconds: 20 })
    const stretch = draft.entries[1]!.exerciseId
    await saveLog(t, ana.id, '2024-03-04', [entry(stretch, [{ holdSeconds: 20, status: 'done' }, { holdSeconds: 25, status: 'done' }])])
    const longer = await saveLog(t, ana.id, '2024-03-11', [entry(stretch, [{ holdSeconds: 30, status: 'done' }])])
    expect(longer.records.map((r) => [r.kind, r.value, r.previous])).toEqual([['hold', 30, 25]])
    const page = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(page.exercises[0]).toMatchObject({ exerciseId: stretch, bestSet: { holdSeconds: 30, date: '2024-03-11' }, e1rmKg: null })
    expect(page.exercises[0]!.e1rmNote).toMatch(/not reps/)
  })

  it('a client with nothing logged gets an empty page, not an error', async () => {
    const t = openTestCore()
    const ana = await newClient(t, 'Ana Lima', { weightKg: 70, weightGoal: { targetKg: 68, weeklyRate: { amount: -0.25, unit: 'kg' } } })
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(p).toMatchObject({ exercises: [], weeklyVolume: [], adherence: [], measurements: [], course: null, recentRecords: [] })
    expect(p.totals).toEqual({ sessions: 0, setsDone: 0, volumeKg: 0, firstDate: null, lastDate: null })
    expect(p.adherenceTotal.rate).toBeNull()
    // The planned line starts from the weight on the client's record until the first weigh-in.
    expect(p.weightGoal).toMatchObject({ startKg: 70, targetKg: 68, status: 'no-data', latestKg: null, actual: [] })
  })

  it('deleting a program keeps its logs as history, unlinked', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const { program, schedule } = await assignedProgram(t, ana.id, { startDate: '2024-03-04', weeks: 1, weekdays: [1], items: [item('deadlift')] })
    const saved = await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])], { scheduledSessionId: schedule[0]!.id })
    expect(saved).toMatchObject({ programName: 'Strong back of thigh', title: 'Session A' }) // the sheet's name when none was typed
    await t.value('programs.delete', { id: program.id, confirm: true })
    expect(await t.value('logs.get', { id: saved.id })).toMatchObject({ programId: null, scheduledSessionId: null, programName: null, title: 'Session A' })
    expect((await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })).exercises).toHaveLength(1)
  })

  it('an archived client’s sessions and pain stay off the dashboard; their own pain list keeps them', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])], { pain: { area: 'knee', note: 'Sore' } })
    expect((await t.value('dashboard.today', { date: '2024-03-05' })).painAlerts).toHaveLength(1)
    await t.value('clients.archive', { id: ana.id })
    expect((await t.value('dashboard.today', { date: '2024-03-05' })).painAlerts).toEqual([])
    expect((await t.value('pain.list', { clientId: ana.id })).items).toHaveLength(1)
  })
})
