import { describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../helpers/store'

// A search of 3+ letters counts its matches in the same statement as the page (issue 8); a 1-2 letter
// search and the plain list count on their own. Every shape must give the same totals while paging.

async function seed(t: TestCore): Promise<void> {
  for (let i = 0; i < 23; i++) await t.value('clients.create', { name: `Kowalska ${String(i).padStart(2, '0')}` })
  for (let i = 0; i < 4; i++) await t.value('clients.create', { name: `Nowak ${i}` })
}

describe('client list totals while paging', () => {
  it('a word search gives the same total on every page, past the end too, and counts no archived client', async () => {
    const t = openTestCore()
    await seed(t)
    const archived = (await t.value('clients.list', { query: 'kowalska 22' })).items[0]!
    await t.value('clients.archive', { id: archived.id })
    const pages = await Promise.all([0, 10, 20, 30].map((offset) => t.value('clients.list', { query: 'kowalska', limit: 10, offset })))
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 2, 0])
    expect(pages.map((p) => p.total)).toEqual([22, 22, 22, 22])
    expect(pages.flatMap((p) => p.items.map((c) => c.name))).toEqual(Array.from({ length: 22 }, (_, i) => `Kowalska ${String(i).padStart(2, '0')}`))
    expect((await t.value('clients.list', { query: 'kowalska', status: 'all', limit: 5 })).total).toBe(23)
    expect((await t.value('clients.list', { query: 'kowalska', status: 'archived' })).total).toBe(1)
  })

  it('a search with no match answers an empty page with a total of 0, on the first page and later ones', async () => {
    const t = openTestCore()
    await seed(t)
    for (const query of ['zzzz', 'zz', 'kowalska zz', 'nowak kowalska']) {
      for (const offset of [0, 10]) expect(await t.value('clients.list', { query, offset, limit: 10 })).toEqual({ items: [], total: 0 })
    }
  })

  it('one or two letters match anywhere in the name, with the exact total, and mixed with a word', async () => {
    const t = openTestCore()
    await seed(t)
    expect((await t.value('clients.list', { query: 'wa', limit: 5 })).total).toBe(27)
    expect((await t.value('clients.list', { query: 'k 1', limit: 5 })).total).toBe(13)
    const both = await t.value('clients.list', { query: 'nowak 3' })
    expect(both.items.map((c) => c.name)).toEqual(['Nowak 3'])
    expect(both.total).toBe(1)
  })
})
