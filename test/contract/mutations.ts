import fc from 'fast-check'
import { hostileKey, hostileValue, nearMiss, setOwn } from './hostile'

// "Almost valid" inputs: a valid base with one (or a few) fields broken, keys removed or unknown keys added.

type Path = (string | number)[]

export type CandidateKind = 'whole' | 'replace' | 'remove' | 'extra-key' | 'several'
export interface Candidate {
  kind: CandidateKind
  input: unknown
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Every path into base (objects and arrays, not the root), with the value found there. */
function pathsOf(value: unknown, prefix: Path = []): { path: Path; value: unknown }[] {
  const children: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : isObject(value) ? Object.entries(value) : []
  return children.flatMap(([key, child]) => [{ path: [...prefix, key], value: child }, ...pathsOf(child, [...prefix, key])])
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let node = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  return node
}

interface Mutation {
  kind: 'replace' | 'remove' | 'extra-key'
  apply(root: unknown): void
}

function mutationsFor(base: unknown): fc.Arbitrary<Mutation>[] {
  const paths = pathsOf(base)
  const objectPaths: Path[] = [...(isObject(base) ? [[]] : []), ...paths.filter((p) => isObject(p.value)).map((p) => p.path)]
  const keyPaths = paths.filter((p) => typeof p.path.at(-1) === 'string').map((p) => p.path)
  const arbitraries: fc.Arbitrary<Mutation>[] = []
  if (paths.length > 0) {
    const replace = fc.constantFrom(...paths).chain(({ path, value }) =>
      fc.oneof({ weight: 3, arbitrary: nearMiss(value) }, { weight: 1, arbitrary: hostileValue }).map(
        (next): Mutation => ({ kind: 'replace', apply: (root) => setOwn(parentOf(root, path), String(path.at(-1)), next) })
      )
    )
    arbitraries.push(replace)
  }
  if (keyPaths.length > 0) {
    arbitraries.push(
      fc.constantFrom(...keyPaths).map((path): Mutation => ({ kind: 'remove', apply: (root) => delete parentOf(root, path)[path.at(-1) as string] }))
    )
  }
  if (objectPaths.length > 0) {
    arbitraries.push(
      fc.tuple(fc.constantFrom(...objectPaths), hostileKey, hostileValue).map(
        ([path, key, value]): Mutation => ({
          kind: 'extra-key',
          apply: (root) => setOwn((path.length === 0 ? root : parentOf(root, path)[path.at(-1) as string | number]) as object, key, value)
        })
      )
    )
  }
  return arbitraries
}

/**
 * Candidate inputs for one method: wholly hostile values, and (when a valid base is known) the base
 * with one thing broken, most of the time, or several. The caller keeps those its schema rejects.
 */
export function candidates(base: unknown): fc.Arbitrary<Candidate> {
  const whole = hostileValue.map((input): Candidate => ({ kind: 'whole', input }))
  const mutations = base === undefined ? [] : mutationsFor(base)
  if (mutations.length === 0) return whole
  const one = fc.oneof(...mutations)
  const apply = (list: Mutation[]) => {
    const input = structuredClone(base)
    for (const mutation of list) {
      try {
        mutation.apply(input)
      } catch {
        // An earlier mutation replaced a parent of this path with something that has no fields.
      }
    }
    return input
  }
  const single = one.map((mutation): Candidate => ({ kind: mutation.kind, input: apply([mutation]) }))
  const several = fc.array(one, { minLength: 2, maxLength: 4 }).map((list): Candidate => ({ kind: 'several', input: apply(list) }))
  return fc.oneof({ weight: 2, arbitrary: whole }, { weight: 6, arbitrary: single }, { weight: 2, arbitrary: several })
}
