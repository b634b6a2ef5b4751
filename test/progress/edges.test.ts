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
