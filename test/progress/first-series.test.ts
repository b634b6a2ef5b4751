import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers/store'
import { DEADLIFT, entry, GLUTE_BRIDGE, lift, newClient, saveLog } from './helpers'

// The progress page opens on the first exercise's chart; its series comes with the page's answer.

describe('progress.client firstSeries', () => {
  it('is the series progress.exerciseSeries gives for the first exercise listed', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])])
    await saveLog(t, ana.id, '2024-03-07', [entry(DEADLIFT, [lift(5, 105)])])
    await saveLog(t, ana.id, '2024-03-11', [entry(GLUTE_BRIDGE, [lift(15, null)])])
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    expect(p.exercises[0]!.exerciseId).toBe(GLUTE_BRIDGE) // the most recently logged
    expect(p.firstSeries).toEqual(await t.value('progress.exerciseSeries', { clientId: ana.id, exerciseId: GLUTE_BRIDGE }))
    expect(p.firstSeries!.points.map((x) => [x.date, x.bestReps])).toEqual([['2024-03-11', 15]])
  })

  it('on a past day, still holds the whole series, later sessions and sessions with no set done included', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])])
    await saveLog(t, ana.id, '2024-03-06', [entry(DEADLIFT, [lift(5, 100, { status: 'skipped' })])])
    await saveLog(t, ana.id, '2024-03-07', [entry(DEADLIFT, [lift(5, 105)])])
    await saveLog(t, ana.id, '2024-03-14', [entry(DEADLIFT, [lift(5, 110)])])
    const onMar10 = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-10' })
    const series = await t.value('progress.exerciseSeries', { clientId: ana.id, exerciseId: DEADLIFT })
    expect(series.points.map((x) => [x.date, x.sets])).toEqual([['2024-03-04', 1], ['2024-03-06', 0], ['2024-03-07', 1], ['2024-03-14', 1]])
    expect(onMar10.firstSeries).toEqual(series)
    expect(onMar10.exercises[0]).toMatchObject({ sessions: 2, lastDate: '2024-03-07' })
    expect((await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })).firstSeries).toEqual(series)
  })

  it('is null for a client with nothing logged', async () => {
    const t = openTestCore()
    const ben = await newClient(t, 'Ben Ode')
    expect((await t.value('progress.client', { clientId: ben.id, asOf: '2024-03-20' })).firstSeries).toBeNull()
  })
})
