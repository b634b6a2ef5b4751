import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers/store'

// zod throws, instead of answering, on a few hostile shapes: a length check compares a `length` that
// cannot be turned into a number. Found by the contract fuzz (host.showInFolder); the dispatcher must
// still answer invalid_input and write nothing.

describe('input that makes the schema library throw', () => {
  it.each([
    ['host.showInFolder', { path: { length: Object.create(null) } }],
    ['clients.create', { name: { length: Object.create(null) } }],
    ['exercises.list', { query: { length: Object.create(null) } }]
  ])('%s is refused as invalid input', async (method, input) => {
    const t = openTestCore()
    const answer = await t.core.call(method, input)
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Invalid input: A value is not plain data and could not be read' } })
    expect(() => structuredClone(answer)).not.toThrow()
  })
})
