import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers/store'
import { DEADLIFT, entry, HIP_THRUST, LEG_CURL, lift, newClient, saveLog } from './helpers'

// The progress page's "recent records": the last 90 days, newest first, records of the same day in
// exercise-name order, one line per session (the first kind it beat).

describe('progress.client recent records', () => {
  it('are newest first, same-day ones by exercise name, and none older than 90 days', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2023-11-06', [entry(DEADLIFT, [lift(5, 80)])])
    await saveLog(t, ana.id, '2023-11-13', [entry(DEADLIFT, [lift(5, 90)])]) // a record, but over 90 days before
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)]), entry(LEG_CURL, [lift(10, 40)]), entry(HIP_THRUST, [lift(8, 80)])])
    await saveLog(t, ana.id, '2024-03-11', [entry(LEG_CURL, [lift(10, 45)]), entry(HIP_THRUST, [lift(8, 90)]), entry(DEADLIFT, [lift(5, 105)])])
    await saveLog(t, ana.id, '2024-03-14', [entry(HIP_THRUST, [lift(8, 95)])])
    const p = await t.value('progress.client', { clientId: ana.id, asOf: '2024-03-20' })
    const name = (id: string) => p.exercises.find((e) => e.exerciseId === id)!.name
    const sameDay = [DEADLIFT, LEG_CURL, HIP_THRUST].map(name).sort((a, b) => a.localeCompare(b))
    expect(p.recentRecords.map((r) => [r.date, r.exerciseName, r.kind])).toEqual([
      ['2024-03-14', name(HIP_THRUST), 'e1rm'],
      ...sameDay.map((n) => ['2024-03-11', n, 'e1rm']),
      ['2024-03-04', name(DEADLIFT), 'e1rm']
    ])
    expect(p.recentRecords[0]).toMatchObject({ exerciseId: HIP_THRUST, value: expect.closeTo(95 * (1 + 8 / 30), 9), previous: expect.closeTo(90 * (1 + 8 / 30), 9) })
  })
})
