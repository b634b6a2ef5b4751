import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { api, isMethodName, METHOD_NAMES, type MethodName } from '../../src/shared/api'
import type { Envelope } from '../../src/shared/envelope'
import { fullClient } from '../helpers/clients'
import { openTestCore, storeHash, type TestCore } from '../helpers/store'
import { handWrittenBase, validBase, type StoreIds } from './bases'
import { hostileValue } from './hostile'
import { candidates, type CandidateKind } from './mutations'

// Property: whatever a caller sends that the contract rejects is answered with invalid_input and
// per-field issues, and writes nothing. One core per method (a store with real rows), many runs.

const RUNS = Number(process.env.SPOTTER_FUZZ_RUNS ?? 1000)
const SEED = process.env.SPOTTER_FUZZ_SEED === undefined ? undefined : Number(process.env.SPOTTER_FUZZ_SEED)

async function storeWithRows(): Promise<{ t: TestCore; ids: StoreIds }> {
  const t = openTestCore()
  await t.value('sample.load', {})
  const client = await t.value('clients.create', fullClient({ name: 'Fuzz Target' }))
  let exerciseId: string | null = null
  if (isMethodName('exercises.list')) {
    const list = (await t.value('exercises.list' as MethodName, {})) as { items?: { id: string }[] }
    exerciseId = list.items?.[0]?.id ?? null
  }
  return { t, ids: { clientId: client.id, exerciseId } }
}

function writesSoFar(t: TestCore): number {
  return t.db.prepare('SELECT total_changes()').pluck().get() as number
}

/** Whether the schema accepts the input; a schema that throws on it (zod does on some hostile values) does not. */
function parses(schema: { safeParse(input: unknown): { success: boolean } }, input: unknown): boolean {
  try {
    return schema.safeParse(input).success
  } catch {
    return false
  }
}

function expectInvalidInput(envelope: Envelope<unknown>): string[] {
  expect(envelope.ok).toBe(false)
  if (envelope.ok) return []
  const { error } = envelope
  expect(error.code).toBe('invalid_input')
  expect(typeof error.message).toBe('string')
  expect(error.message).toMatch(/^Invalid input: ./)
  expect(error.issues.length).toBeGreaterThanOrEqual(1)
  for (const issue of error.issues) {
    expect(typeof issue.path).toBe('string')
    expect(typeof issue.message).toBe('string')
    expect(issue.message.length).toBeGreaterThan(0)
  }
  // The answer crosses IPC and HTTP: it must survive both.
  expect(() => structuredClone(envelope)).not.toThrow()
  expect(JSON.parse(JSON.stringify(envelope))).toEqual(envelope)
  return error.issues.map((i) => i.path)
}

/** Top-level fields of a method's input, each of which the fuzz should have broken and seen reported. */
function topLevelFields(base: unknown): string[] {
  return base !== null && typeof base === 'object' && !Array.isArray(base) ? Object.keys(base) : []
}

// Hostile payloads sent across all methods (checked at the end when every method's fuzz ran).
let hostileSent = 0
const methodsFuzzed = new Set<string>()

describe('contract fuzz: invalid input is refused and writes nothing', () => {
  afterAll(() => {
    if (methodsFuzzed.size === METHOD_NAMES.length && RUNS >= 1000) expect(hostileSent).toBeGreaterThanOrEqual(10_000)
  })

  it.each(METHOD_NAMES)('%s', async (method) => {
    const { t, ids } = await storeWithRows()
    const schema = api[method].input
    const base = validBase(method, ids)
    expect(base, `no valid input known for ${method}: add one in test/contract/bases.ts`).toBeDefined()

    const hashBefore = storeHash(t.db)
    const writesBefore = writesSoFar(t)
    const changes: string[][] = []
    t.core.on('data.changed', ({ scopes }) => changes.push(scopes))
    const kinds = new Map<CandidateKind, number>()
    const reportedFields = new Set<string>()
    let runs = 0
    // The dispatcher reads a missing input as {}, so the filter does too.
    const rejected = candidates(base).filter(({ input }) => !parses(schema, input === undefined ? {} : input))

    await fc.assert(
      fc.asyncProperty(rejected, async ({ kind, input }) => {
        hostileSent++
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
        const paths = expectInvalidInput(await t.core.call(method, input))
        for (const path of paths) reportedFields.add(path.split('.')[0] ?? '')
        // total_changes() counts every row written through the core's connection, even if rolled
        // back; the full hash (a few ms) runs every 50th run and at the end.
        expect(writesSoFar(t)).toBe(writesBefore)
        if (++runs % 50 === 0) expect(storeHash(t.db)).toBe(hashBefore)
        expect(changes).toEqual([])
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true }
    )

    expect(storeHash(t.db)).toBe(hashBefore)
    methodsFuzzed.add(method)
    expect(Object.prototype).not.toHaveProperty('polluted')
    // Most runs were almost valid (one field broken), so every field's own rule was reached.
    const almostValid = (kinds.get('replace') ?? 0) + (kinds.get('remove') ?? 0) + (kinds.get('extra-key') ?? 0)
    if (RUNS >= 100 && topLevelFields(base).length > 0) expect(almostValid).toBeGreaterThanOrEqual(RUNS * 0.4)
    if (RUNS >= 500) expect([...reportedFields].sort()).toEqual(expect.arrayContaining(topLevelFields(base).sort()))
  })

  it.each(METHOD_NAMES)('%s: input the contract accepts, however odd, never fails inside the core', async (method) => {
    const { t, ids } = await storeWithRows()
    const schema = api[method].input
    const base = validBase(method, ids)
    // The base itself is always among the accepted, so methods with few valid inputs still get runs.
    const accepted = fc
      .oneof(fc.constant({ kind: 'whole', input: base }), candidates(base))
      .filter(({ input }) => schema.safeParse(input === undefined ? {} : input).success)
    await fc.assert(
      fc.asyncProperty(accepted, async ({ input }) => {
        const envelope = await t.core.call(method, input)
        // checkOutputs is on: an answer that breaks its own output schema comes back as 'internal'.
        // The fuzz's core has no host: file dialogs answer 'unavailable' there by design.
        const clean = method.startsWith('host.') ? ['not_found', 'conflict', 'unavailable'] : ['not_found', 'conflict']
        if (!envelope.ok) expect(clean, envelope.error.message).toContain(envelope.error.code)
      }),
      // An input without fields ({}) has next to nothing odd-but-valid to try.
      { numRuns: topLevelFields(base).length > 0 ? Math.ceil(RUNS / 4) : Math.min(RUNS, 20), seed: SEED, endOnFailure: true }
    )
  })

  it('the hand-written valid inputs still pass their schemas (else the fuzz quietly uses plainer ones)', async () => {
    const { ids } = await storeWithRows()
    for (const method of METHOD_NAMES) {
      const base = handWrittenBase(method, ids)
      if (base === undefined) continue
      const parsed = api[method].input.safeParse(base)
      expect(parsed.success, `${method}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true)
    }
  })

  it('the store hash the fuzz relies on does change when a row changes', async () => {
    const { t } = await storeWithRows()
    const before = storeHash(t.db)
    t.db.prepare("UPDATE clients SET notes = notes || '.' WHERE name = 'Fuzz Target'").run()
    expect(storeHash(t.db)).not.toBe(before)
  })

  it('answers unknown_method for any name outside the registry', async () => {
    const { t } = await storeWithRows()
    const hashBefore = storeHash(t.db)
    const names = fc.oneof(
      fc.constantFrom('', ' ', 'clients', 'clients.list ', 'Clients.list', 'clients.LIST', 'clients..list', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'clients.__proto__', 'api.describe\u0000'),
      fc.string({ maxLength: 40 }),
      fc.constantFrom(...METHOD_NAMES).map((m) => `${m}x`),
      hostileValue.filter((v) => typeof v !== 'string')
    )
    await fc.assert(
      fc.asyncProperty(names, hostileValue, async (name, input) => {
        fc.pre(!(typeof name === 'string' && isMethodName(name)))
        const envelope = await t.core.call(name as string, input)
        expect(envelope).toMatchObject({ ok: false, error: { code: 'unknown_method', issues: [] } })
        if (!envelope.ok) expect(envelope.error.message).toMatch(/^There is no method called/)
      }),
      { numRuns: Math.min(RUNS, 500), seed: SEED }
    )
    expect(storeHash(t.db)).toBe(hashBefore)
  })
})
