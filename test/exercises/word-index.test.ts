import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { termMatcher, type CatalogueEntry } from '../../src/shared/exercise-search'
import { buildWordIndex, indexedMatcher, wordIndexBuilder } from '../../src/shared/exercise-word-index'

// The library screen's word index must answer exactly as the scan it replaces on the keystroke path.

const WORDS = ['ham', 'hamstring', 'hams', 'hip', 'h', 'curl', 'curls', 'calf', 'cal', 'zoe', 'lodz', '90', 'a', 'ab', 'abc']
const word = fc.constantFrom(...WORDS)
const words = fc.uniqueArray(word, { maxLength: 5 })

function entry(nameWords: string[], otherWords: string[]): CatalogueEntry {
  // As catalogueWords makes them: the other words never repeat a name word.
  const others = otherWords.filter((w) => !nameWords.includes(w))
  return { nameWords: nameWords.join(' '), otherWords: others.join(' ') } as CatalogueEntry
}

describe('the catalogue word index', () => {
  it('matches as the scan does for any entries and typed words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(words, words), { maxLength: 12 }),
        fc.array(fc.oneof(word, word.map((w) => w.slice(0, 1)), fc.constantFrom('x', 'HAM', 'Zoë', '  ')), { maxLength: 4 }),
        (shapes, typed) => {
          const entries = shapes.map(([names, others]) => entry(names, others))
          const query = typed.join(' ')
          const scan = termMatcher(query)
          const indexed = indexedMatcher(buildWordIndex(entries), query)
          if (scan === null) {
            expect(indexed).toBeNull()
            return
          }
          entries.forEach((e, i) => expect(indexed!(e, i), `${JSON.stringify(e)} for "${query}"`).toBe(scan(e)))
        }
      ),
      { numRuns: 500 }
    )
  })

  it('finds a word in the names first, a cue word second, and neither for a miss', () => {
    const entries = [entry(['hamstring', 'curl'], ['knees']), entry(['bridge'], ['hamstrings', 'glutes']), entry(['calf', 'raise'], [])]
    const index = buildWordIndex(entries)
    const ham = indexedMatcher(index, 'Ham')!
    expect(entries.map((e, i) => ham(e, i))).toEqual([2, 1, 0])
    const two = indexedMatcher(index, 'ham knee')!
    expect(entries.map((e, i) => two(e, i))).toEqual([1, 0, 0])
    expect(indexedMatcher(index, ' ')).toBeNull()
  })

  it('built a slice at a time, gives the same index as in one go', () => {
    const entries = Array.from({ length: 230 }, (_, i) => entry([`name${i % 17}`, 'curl'], [`cue${i % 5}`, 'brace', i % 2 ? 'knees' : 'hips']))
    const builder = wordIndexBuilder(entries)
    let slices = 0
    // A zero budget stops at every check (each 20 entries): twelve slices for 230 entries.
    while (!builder.step(0)) slices++
    expect(slices).toBe(11)
    expect(builder.index()).toEqual(buildWordIndex(entries))
    expect(() => wordIndexBuilder(entries).index()).toThrow(/before the last step/)
  })

  it('refuses an entry from another catalogue than the one indexed', () => {
    const entries = [entry(['curl'], [])]
    const match = indexedMatcher(buildWordIndex(entries), 'curl')!
    expect(() => match(entry(['curl'], []), 0)).toThrow(/not the one indexed/)
  })
})
