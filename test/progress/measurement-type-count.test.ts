import { describe, expect, it } from 'vitest'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import { openTestCore } from '../helpers/store'
import { newClient } from './helpers'

const weightId = BUILTIN_MEASUREMENT_TYPES.find((t) => t.key === 'body-weight')!.id

describe('measurement types say how many values they hold', () => {
  it('counts every client’s values, so deleting a type can say what it erases; the count follows records and deletes', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const ben = await newClient(t, 'Ben Ortiz')
    const neck = await t.value('measurements.createType', { name: 'Neck girth', unitKind: 'length' })
    expect(neck.values).toBe(0)
    await t.value('measurements.record', { clientId: ana.id, date: '2024-03-01', values: [{ typeId: neck.id, value: 38 }, { typeId: weightId, value: 64 }] })
    await t.value('measurements.record', { clientId: ana.id, date: '2024-04-01', values: [{ typeId: neck.id, value: 37.5 }] })
    await t.value('measurements.record', { clientId: ben.id, date: '2024-04-02', values: [{ typeId: neck.id, value: 41 }] })
    const counts = new Map((await t.value('measurements.types', {})).items.map((type) => [type.id, type.values]))
    expect(counts.get(neck.id)).toBe(3)
    expect(counts.get(weightId)).toBe(1)
    const gone = await t.value('measurements.deleteType', { id: neck.id, confirm: true })
    expect(gone.values).toBe(3)
    expect((await t.value('measurements.types', {})).items.some((type) => type.id === neck.id)).toBe(false)
    expect((await t.value('measurements.list', { clientId: ben.id })).items).toEqual([])
  })
})
