import { describe, expect, it } from 'vitest'
import { fullClient } from '../helpers/clients'
import { openTestCore, type TestCore } from '../helpers/store'

function recordChanges(t: TestCore): string[][] {
  const seen: string[][] = []
  t.core.on('data.changed', ({ scopes }) => seen.push(scopes))
  return seen
}

describe('data.changed events', () => {
  it('each write announces the scope it changed', async () => {
    const t = openTestCore()
    const seen = recordChanges(t)
    const { id } = await t.value('clients.create', fullClient())
    await t.value('clients.update', { id, name: 'Renamed' })
    await t.value('clients.archive', { id })
    await t.value('clients.restore', { id })
    await t.value('clients.delete', { id, confirm: true })
    await t.value('settings.update', { paperSize: 'Letter' })
    await t.value('sample.load', {})
    await t.value('sample.remove', {})
    expect(seen).toEqual([['clients'], ['clients'], ['clients'], ['clients'], ['clients'], ['settings'], ['clients'], ['clients']])
  })

  it('reads and refused writes announce nothing', async () => {
    const t = openTestCore()
    const { id } = await t.value('clients.create', fullClient())
    await t.value('sample.load', {})
    const seen = recordChanges(t)
    await t.value('clients.list', { query: 'zoe' })
    await t.value('clients.get', { id })
    await t.value('clients.deletePreview', { id })
    await t.value('settings.get', {})
    await t.value('api.describe', {})
    await t.value('app.info', {})
    expect((await t.call('clients.create', { name: '' })).ok).toBe(false) // invalid input
    expect((await t.call('clients.restore', { id })).ok).toBe(false) // conflict: not archived
    expect((await t.call('clients.get', { id: '01890a5d-ac96-774b-bcce-b302099a8057' })).ok).toBe(false) // not found
    expect((await t.call('sample.load', {})).ok).toBe(false) // conflict: already loaded
    expect((await t.call('settings.update', { units: { weight: 'stone', length: 'cm' } })).ok).toBe(false)
    expect((await t.call('clients.fly', {})).ok).toBe(false) // unknown method
    expect(seen).toEqual([])
  })

  it('stops calling a listener once it unsubscribes', async () => {
    const t = openTestCore()
    const seen: string[][] = []
    const unsubscribe = t.core.on('data.changed', ({ scopes }) => seen.push(scopes))
    await t.value('clients.create', { name: 'One' })
    unsubscribe()
    await t.value('clients.create', { name: 'Two' })
    expect(seen).toEqual([['clients']])
  })
})
