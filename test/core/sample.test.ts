import { describe, expect, it } from 'vitest'
import { SAMPLE_CLIENTS } from '../../src/main/core/sample/sample-clients'
import { openTestCore, rowCount, storeHash } from '../helpers/store'

describe('sample data', () => {
  it('loads the sample clients once; a second load is a conflict that changes nothing', async () => {
    const t = openTestCore()
    expect(SAMPLE_CLIENTS.length).toBeGreaterThan(0)
    expect(await t.value('sample.load', {})).toEqual({ clients: SAMPLE_CLIENTS.length })
    const list = await t.value('clients.list', { status: 'all', limit: 500 })
    expect(list.items.map((c) => c.name).sort()).toEqual(SAMPLE_CLIENTS.map((c) => c.name).sort())

    const hash = storeHash(t.db)
    expect(await t.call('sample.load', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: 'The sample clients are already loaded' } })
    expect(storeHash(t.db)).toBe(hash)
  })

  it('removes only the sample clients: the trainer’s own clients stay', async () => {
    const t = openTestCore()
    const own = await t.value('clients.create', { name: 'Priya Raman', email: 'priya@example.com' })
    await t.value('sample.load', {})
    // Even a sample client the trainer edited is still a sample client.
    const sample = (await t.value('clients.list', { query: 'okafor' })).items[0]
    expect(sample).toBeDefined()
    await t.value('clients.update', { id: sample?.id, name: 'Marcus Okafor', notes: 'edited by the trainer' })

    expect(await t.value('sample.remove', {})).toEqual({ clients: SAMPLE_CLIENTS.length })
    const left = await t.value('clients.list', { status: 'all' })
    expect(left.items.map((c) => c.id)).toEqual([own.id])
    expect(rowCount(t.db, 'clients_search')).toBe(1)
    expect(rowCount(t.db, 'tombstones')).toBe(SAMPLE_CLIENTS.length)

    expect(await t.value('sample.remove', {})).toEqual({ clients: 0 })
    // After removing them, the samples can be loaded again.
    expect(await t.value('sample.load', {})).toEqual({ clients: SAMPLE_CLIENTS.length })
  })
})
