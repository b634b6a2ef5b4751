import { describe, expect, it } from 'vitest'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import { TODAY_SHOWN } from '../../src/shared/progress'
import { openTestCore, type TestCore } from '../helpers/store'
import { readinessAnswers } from '../helpers/clients'
import { item } from '../programs/helpers'
import { assignedProgram, DEADLIFT, entry, GLUTE_BRIDGE, LEG_CURL, lift, newClient, saveLog } from './helpers'

// One client's month, worked by hand:
// program from Mon 2024-03-04, 4 weeks, sessions on Mondays and Thursdays (8 dated sessions).
//   Mar 4  (dated)  deadlift 5×100, 5×100; leg curl 10×30, 10×30
//   Mar 7  (dated)  deadlift 5×105                    → e1RM record 122.5 (was 116.67)
//   Mar 11 (dated)  deadlift 3×110                    → load record 110 (was 105); e1RM 121 is no record
//   Mar 13 (extra)  glute bridge 15, 18 (bodyweight)
//   Mar 14, Mar 18  dated, not logged
// Body weight 70 (Mar 4), 69.2 (Mar 11), 68.4 (Mar 18); goal 66 kg at -0.5 kg a week.

const BODY_WEIGHT = BUILTIN_MEASUREMENT_TYPES[0]!.id

async function month(t: TestCore) {
  const ana = await newClient(t, 'Ana Lima', { weightGoal: { targetKg: 66, weeklyRate: { amount: -0.5, unit: 'kg' } }, weightKg: 71 })
  const { program, schedule } = await assignedProgram(t, ana.id, {
    startDate: '2024-03-04',
    weeks: 4,
    weekdays: [1, 4],
    sessions: 2,
    items: [item('deadlift', 'main', { sets: 2, reps: { min: 5, max: 5 }, load: { kind: 'kg', value: 100 } })]
  })
  const dated = (date: string) => schedule.find((s) => s.date === date)!.id
  const logs = {
    mar4: await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100), lift(5, 100)]), entry(LEG_CURL, [lift(10, 30), lift(10, 30)])], { scheduledSessionId: dated('2024-03-04') }),
    mar7: await saveLog(t, ana.id, '2024-03-07', [entry(DEADLIFT, [lift(5, 105)])], { scheduledSessionId: dated('2024-03-07') }),
    mar11: await saveLog(t, ana.id, '2024-03-11', [entry(DEADLIFT, [lift(3, 110)])], { scheduledSessionId: dated('2024-03-11') }),
    mar13: await saveLog(t, ana.id, '2024-03-13', [entry(GLUTE_BRIDGE, [lift(15, null), lift(18, null)])])
  }
  for (const [date, kg] of [['2024-03-04', 70], ['2024-03-11', 69.2], ['2024-03-18', 68.4]] as const) {
    await t.value('measurements.record', { clientId: ana.id, date, values: [{ typeId: BODY_WEIGHT, value: kg }] })
  }
  return { ana, program, schedule, logs }
}

describe('progress.client', () => {
  it('per exercise: best set, e1RM (Epley), volume and records with the log that set them', async () => {
    const t = openTestCore()
    const { ana, logs } = await month(t)
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(p.formula).toEqual({ name: 'Epley', text: '1RM = load × (1 + reps ÷ 30)', minReps: 1, maxReps: 10 })
    expect(p.totals).toMatchObject({ sessions: 4, setsDone: 2 + 2 + 1 + 1 + 2, firstDate: '2024-03-04', lastDate: '2024-03-13' })
    expect(p.totals.volumeKg).toBe(1000 + 600 + 525 + 330)
    const deadlift = p.exercises.find((e) => e.exerciseId === DEADLIFT)!
    expect(deadlift).toMatchObject({
      sessions: 3,
      setsDone: 4,
      firstDate: '2024-03-04',
      lastDate: '2024-03-11',
      bestSet: { date: '2024-03-07', logId: logs.mar7.id, reps: 5, loadKg: 105 },
      totalVolumeKg: 1855,
      lastVolumeKg: 330,
      e1rmNote: null,
      primaryGroups: expect.arrayContaining(['hamstrings', 'glutes', 'lower-back'])
    })
    expect(deadlift.e1rmKg).toBeCloseTo(122.5, 9)
    expect(deadlift.records).toEqual([
      { kind: 'e1rm', value: expect.closeTo(122.5, 9), previous: expect.closeTo(116.6667, 4), date: '2024-03-07', logId: logs.mar7.id },
      { kind: 'load', value: 110, previous: 105, date: '2024-03-11', logId: logs.mar11.id }
    ])
    const bridge = p.exercises.find((e) => e.exerciseId === GLUTE_BRIDGE)!
    expect(bridge).toMatchObject({ e1rmKg: null, bestSet: { reps: 18, loadKg: null }, totalVolumeKg: 0 })
    expect(bridge.e1rmNote).toMatch(/bodyweight/)
    // Most recently logged first.
    expect(p.exercises.map((e) => e.exerciseId)).toEqual([GLUTE_BRIDGE, DEADLIFT, LEG_CURL])
    expect(p.recentRecords.map((r) => [r.date, r.kind])).toEqual([
      ['2024-03-11', 'load'],
      ['2024-03-07', 'e1rm']
    ])
  })

  it('weekly volume per primary muscle group and adherence per week (done against dated sessions)', async () => {
    const t = openTestCore()
    const { ana } = await month(t)
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    const weekOf = (start: string) => Object.fromEntries(p.weeklyVolume.find((w) => w.weekStart === start)!.groups.map((g) => [g.group, [g.sets, g.volumeKg]]))
    // Deadlift works hamstrings, glutes and lower back; the leg curl hamstrings; the bridge glutes.
    expect(weekOf('2024-03-04')).toEqual({ hamstrings: [5, 2125], glutes: [3, 1525], 'lower-back': [3, 1525] })
    expect(weekOf('2024-03-11')).toEqual({ hamstrings: [1, 330], glutes: [3, 330], 'lower-back': [1, 330] })
    expect(p.adherence).toEqual([
      { weekStart: '2024-03-04', scheduled: 2, done: 2, extra: 0, rate: 1 },
      { weekStart: '2024-03-11', scheduled: 2, done: 1, extra: 1, rate: 0.5 },
      { weekStart: '2024-03-18', scheduled: 1, done: 0, extra: 0, rate: 0 }
    ])
    expect(p.adherenceTotal).toEqual({ scheduled: 5, done: 3, rate: 0.6 })
  })

  it('weeks follow the first day of the week from settings', async () => {
    const t = openTestCore()
    const { ana } = await month(t)
    await t.value('settings.update', { firstDayOfWeek: 'sunday' })
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(p.adherence.map((w) => w.weekStart)).toEqual(['2024-03-03', '2024-03-10', '2024-03-17'])
  })

  it('body-weight goal: planned line from the first weigh-in against the scale; measurements over time', async () => {
    const t = openTestCore()
    const { ana } = await month(t)
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(p.weightGoal).toMatchObject({
      targetKg: 66,
      weeklyRateKg: -0.5,
      startDate: '2024-03-04',
      startKg: 70,
      targetDate: '2024-04-29', // 4 kg at 0.5 kg a week: 8 weeks
      latestKg: 68.4,
      deviationKg: -0.6, // planned 69 on Mar 18
      status: 'ahead'
    })
    expect(p.weightGoal!.planned.slice(0, 3)).toEqual([
      { date: '2024-03-04', kg: 70 },
      { date: '2024-03-11', kg: 69.5 },
      { date: '2024-03-18', kg: 69 }
    ])
    expect(p.weightGoal!.actual).toEqual([
      { date: '2024-03-04', kg: 70 },
      { date: '2024-03-11', kg: 69.2 },
      { date: '2024-03-18', kg: 68.4 }
    ])
    expect(p.measurements).toEqual([{ typeId: BODY_WEIGHT, name: 'Body weight', unitKind: 'mass', unit: 'kg', points: p.weightGoal!.actual.map((a) => ({ date: a.date, value: a.kg })) }])
    // As of Mar 12 only two weigh-ins count: 69.2 on Mar 11 against a planned 69.5 is on track.
    const earlier = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-12' })
    expect(earlier.weightGoal).toMatchObject({ latestKg: 69.2, status: 'on-track' })
  })

  it('the expected course along the running program, with the current phase', async () => {
    const t = openTestCore()
    const { ana, program } = await month(t)
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(p.course).toEqual({
      programId: program.id,
      programName: 'Strong back of thigh',
      startDate: '2024-03-04',
      endDate: '2024-03-31',
      weeks: 4,
      currentWeek: 3,
      phases: [expect.objectContaining({ name: 'Muscular endurance', fromWeek: 1, toWeek: 4, startDate: '2024-03-04', endDate: '2024-03-31', current: true })]
    })
  })
})

describe('progress.exerciseSeries', () => {
  it('one point per session date, oldest first, with the records marked', async () => {
    const t = openTestCore()
    const { ana, logs } = await month(t)
    const s = await t.value('progress.exerciseSeries', { clientId: ana.id, exerciseId: DEADLIFT })
    expect(s.points.map((p) => [p.date, p.logId, p.sets, p.bestLoadKg, p.volumeKg, p.isRecord])).toEqual([
      ['2024-03-04', logs.mar4.id, 2, 100, 1000, false],
      ['2024-03-07', logs.mar7.id, 1, 105, 525, true],
      ['2024-03-11', logs.mar11.id, 1, 110, 330, true]
    ])
    expect(s.points.map((p) => p.e1rmKg)).toEqual([expect.closeTo(116.6667, 4), expect.closeTo(122.5, 9), expect.closeTo(121, 9)])
  })
})

describe('dashboard.today', () => {
  it('the day’s sessions, missed ones, pain, programs ending soon, recent records, clearance needed', async () => {
    const t = openTestCore()
    const { ana, program } = await month(t)
    await saveLog(t, ana.id, '2024-03-20', [entry(LEG_CURL, [lift(10, 30, { pain: { area: 'hamstring', note: 'Pulling at the back of the knee' } })])])
    const carl = await newClient(t, 'Carl Weiss', { readiness: { answeredOn: '2024-02-01', answers: readinessAnswers(['chestPainActive']), clearanceReceivedOn: null } })
    const d = await t.value('dashboard.today', { date: '2024-03-21' })
    expect(d.today.map((s) => [s.date, s.clientName, s.sessionName, s.logId])).toEqual([['2024-03-21', 'Ana Lima', 'Session B', null]])
    expect(d.missed.map((s) => s.date)).toEqual(['2024-03-18', '2024-03-14'])
    expect(d.missedTotal).toBe(2)
    expect(d.painAlerts.map((a) => [a.clientName, a.area, a.where.kind, a.where.setNumber])).toEqual([['Ana Lima', 'hamstring', 'set', 1]])
    expect(d.painGuidance).toMatch(/health professional|doctor/)
    expect(d.endingSoon).toEqual([{ programId: program.id, name: 'Strong back of thigh', clientId: ana.id, clientName: 'Ana Lima', endDate: '2024-03-31', daysLeft: 10 }])
    // 14 days back to Mar 8: the Mar 11 record is in, the Mar 7 one is not.
    expect(d.recentRecords.map((r) => [r.date, r.kind, r.value, r.previous, r.clientName])).toEqual([['2024-03-11', 'load', 110, 105, 'Ana Lima']])
    expect(d.clearanceNeeded).toEqual([{ clientId: carl.id, name: 'Carl Weiss' }])

    // Logging today's session shows it as done.
    const todays = d.today[0]!
    const logged = await saveLog(t, ana.id, '2024-03-21', [entry(DEADLIFT, [lift(5, 100)])], { scheduledSessionId: todays.id })
    const after = await t.value('dashboard.today', { date: '2024-03-21' })
    expect(after.today[0]!.logId).toBe(logged.id)
    expect([d.todayTotal, d.todayLogged, after.todayTotal, after.todayLogged]).toEqual([1, 0, 1, 1])
  })
})

describe('dashboard.today on a busy day', () => {
  it(`lists the first ${TODAY_SHOWN} by client name with the day's totals, and every session when asked`, async () => {
    const t = openTestCore()
    const names = Array.from({ length: TODAY_SHOWN + 5 }, (_, i) => `Client ${String(i + 1).padStart(2, '0')}`)
    const sessionsOf: string[] = []
    for (const name of names) {
      const client = await newClient(t, name)
      await assignedProgram(t, client.id, { startDate: '2024-03-04', weeks: 2, weekdays: [1], items: [item('deadlift')] })
      sessionsOf.push(client.id)
    }
    const day = await t.value('dashboard.today', { date: '2024-03-11' })
    const first = day.today[0]!
    await saveLog(t, first.clientId, '2024-03-11', [entry(DEADLIFT, [lift(5, 100)])], { scheduledSessionId: first.id })
    const d = await t.value('dashboard.today', { date: '2024-03-11' })
    expect(d.today.map((s) => s.clientName)).toEqual(names.slice(0, TODAY_SHOWN))
    expect([d.todayTotal, d.todayLogged]).toEqual([names.length, 1])
    const all = await t.value('dashboard.today', { date: '2024-03-11', allToday: true })
    expect(all.today.map((s) => s.clientName)).toEqual(names)
    expect(new Set(all.today.map((s) => s.clientId))).toEqual(new Set(sessionsOf))
  })
})

describe('dashboard.today with many missed sessions', () => {
  it('lists the 30 most recent and says how many there are in all', async () => {
    const t = openTestCore()
    // Six clients training Mon/Wed/Fri from Mar 4, nothing logged: 6 missed each in the 14 days before Mar 18.
    for (const name of ['Ana Lima', 'Bea Kowalska', 'Chidi Okafor', 'Dana Ruiz', 'Emil Nowak', 'Fatma Yılmaz']) {
      const client = await newClient(t, name)
      await assignedProgram(t, client.id, { startDate: '2024-03-04', weeks: 4, weekdays: [1, 3, 5], sessions: 3, items: [item('deadlift')] })
    }
    const d = await t.value('dashboard.today', { date: '2024-03-18' })
    expect(d.missedTotal).toBe(36)
    expect(d.missed).toHaveLength(30)
    const dates = d.missed.map((s) => s.date)
    expect(dates).toEqual([...dates].sort().reverse())
    // The newest five training days are shown whole; the oldest (Mar 4) is the one left out.
    expect([...new Set(dates)]).toEqual(['2024-03-15', '2024-03-13', '2024-03-11', '2024-03-08', '2024-03-06'])
  })
})
