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

  it('is null for a client with nothing logged', async () => {
    const t = openTestCore()
    const ben = await newClient(t, 'Ben Ode')
    expect((await t.value('progress.client', { clientId: ben.id, asOf: '2024-03-20' })).firstSeries).toBeNull()
  })
})
