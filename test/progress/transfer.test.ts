import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import { openTestCore, tempDir } from '../helpers/store'
import { DEADLIFT, entry, lift, newClient, saveLog } from './helpers'

// A client handed over as a file keeps their logs, pain flags and measurements; importing the same
// file twice gives a second, separate copy, and neither copy's figures leak into the other.

describe('a client’s progress travels with them', () => {
  it('import into another store, and twice into the same one', async () => {
    const source = openTestCore()
    const ana = await newClient(source)
    await saveLog(source, ana.id, '2024-03-04', [entry(DEADLIFT, [lift(5, 100)])])
    const heavier = await saveLog(source, ana.id, '2024-03-11', [entry(DEADLIFT, [lift(5, 110, { pain: { area: 'lower-back', note: 'Tight' } })])])
    await source.value('measurements.record', { clientId: ana.id, date: '2024-03-04', values: [{ typeId: BUILTIN_MEASUREMENT_TYPES[0]!.id, value: 64 }] })
    const path = join(tempDir(), 'ana.spotter.json')
    await source.value('transfer.exportClient', { clientId: ana.id, path })

    const target = openTestCore()
    const first = await target.value('transfer.importClient', { path })
    const second = await target.value('transfer.importClient', { path })
    expect(second.clientId).not.toBe(first.clientId)
    for (const clientId of [first.clientId, second.clientId]) {
      const logs = await target.value('logs.list', { clientId })
      expect(logs.items.map((l) => [l.date, l.setsDone, l.records, l.openPain])).toEqual([
        ['2024-03-11', 1, 1, 1],
        ['2024-03-04', 1, 0, 0]
      ])
      const log = await target.value('logs.get', { id: logs.items[0]!.id })
      expect(log.entries[0]!.sets.map((s) => [s.reps, s.loadKg, s.pain?.area])).toEqual([[5, 110, 'lower-back']])
      const page = await target.value('progress.client', { clientId, asOf: '2024-03-20' })
      expect(page.exercises.map((e) => [e.sessions, e.setsDone, e.bestSet?.loadKg])).toEqual([[2, 2, 110]])
      expect(page.measurements[0]!.points).toEqual([{ date: '2024-03-04', value: 64 }])
      expect((await target.value('progress.exerciseSeries', { clientId, exerciseId: DEADLIFT })).points).toHaveLength(2)
      expect((await target.value('pain.list', { clientId })).items).toHaveLength(1)
    }
    expect(heavier.records.length).toBeGreaterThan(0)
  })
})
