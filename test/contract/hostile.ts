import fc from 'fast-check'

// Values a buggy renderer, a hostile page or a corrupted message could send to the core. Objects
// are built fresh per run (factories), since a value may be mutated into a base input.

/** Sets an own property even for "__proto__", which plain assignment would treat as the prototype. */
export function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

/** Longer than every limit in the contract, from short names to the 2 MB picture. */
const OVERSIZE = [41, 121, 201, 255, 301, 501, 601, 2_001, 20_001, 700_000, 2_900_000]
export const hugeString = fc
  .tuple(fc.constantFrom(...OVERSIZE), fc.constantFrom('x', 'é', '9', 'A', ' ', 'ab=', '\n'))
  .map(([n, unit]) => unit.repeat(Math.ceil(n / unit.length)))

export const weirdNumber = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, -1, -1e9, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 0.1 + 0.2, 1.5, 2 ** 31, -(2 ** 53), 501, 1_000_001),
  fc.integer({ min: -10_000_000, max: 10_000_000 }),
  fc.double()
)

export const badDate = fc.constantFrom(
  '2024-13-01',
  '2024-02-30',
  '2023-02-29',
  '0000-00-00',
  '9999-12-31',
  '2999-01-01',
  '1899-12-31',
  '24-01-01',
  '2024-1-1',
  '2024-01-01T00:00:00Z',
  'yesterday',
  '01/02/2024'
)

export const badString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0007b',
    '\u001b[31m',
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    "'; DROP TABLE clients; --",
    '%',
    '_',
    '\\',
    '\uD800',
    'null',
    'NaN',
    '<script>alert(1)</script>',
    'not-an-id',
    '00000000-0000-0000-0000-000000000000',
    '01890a5d-ac96-774b-bcce-b302099a805g',
    'image/gif',
    'data:image/png;base64,AAAA',
    'zoe@',
    '+44 20 ABC'
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  hugeString,
  badDate
)

const poisonedObjects: (() => unknown)[] = [
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  () => Object.create(null) as object,
  () => {
    const cycle: Record<string, unknown> = { name: 'loop' }
    cycle.self = cycle
    return cycle
  },
  () => new Date('not a date'),
  () => new Date(),
  () => new Map([['name', 'Ada']]),
  () => new Set([1]),
  () => new Uint8Array([1, 2, 3]),
  () => /regex/,
  () => [[[[[[[[[[[]]]]]]]]]]],
  () => ({ toString: 'not a function', valueOf: 42 }),
  () => Object.assign([1, 2], { extra: true })
]
export const poisonedObject = fc.constantFrom(...poisonedObjects).map((make) => make())

export const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'id', 'name', '', ' ', '0', 'a.b', 'unknownField'),
  fc.string({ maxLength: 12 })
)

export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false),
  weirdNumber,
  badString,
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  poisonedObject
)

/** Any hostile value, including nested arrays and objects with hostile keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileLeaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map((entries) => {
      const object: Record<string, unknown> = {}
      for (const [key, v] of entries) setOwn(object, key, v)
      return object
    }),
    fc.anything({ maxDepth: 2, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withMap: true, withSet: true })
  )
})).value

/** A new object per run, so mutating one generated input never changes another. */
const fresh = (make: () => unknown) => fc.constant(null).map(() => make())

/** A value of the same kind as `like` but wrong for a limited field: too long, out of range, wrong kind. */
export function nearMiss(like: unknown): fc.Arbitrary<unknown> {
  if (typeof like === 'string') return fc.oneof(hugeString, badString, badDate, weirdNumber, fc.constant(null), fresh(() => [like]))
  if (typeof like === 'number') return fc.oneof(weirdNumber, fc.constant(String(like)), fc.constant(null), fc.constant(true))
  if (typeof like === 'boolean') return fc.constantFrom('true', 'false', 1, 0, null, 'yes')
  if (Array.isArray(like)) {
    const tooMany = () => Array.from({ length: 60 }, () => (like.length > 0 ? structuredClone(like[0]) : 'x'))
    return fc.oneof(fresh(tooMany), hostileValue.map((v) => [v]), fresh(() => ({ 0: structuredClone(like[0]) })), fc.constant('[]'))
  }
  if (like !== null && typeof like === 'object') return fc.oneof(fresh(() => ({})), fresh(() => []), fc.constant('{}'), hostileLeaf)
  return hostileValue
}
