import type { CatalogueEntry, SearchMatch } from './exercise-search'
import { searchTerms } from './exercise-search'

// A word-prefix index over the catalogue, so a search as you type looks up its terms instead of
// scanning every exercise's cue text on each keystroke (a one-letter search scanned about 1 MB of text
// at 2,000 exercises, some 2 ms of a keystroke). The linear matcher (termMatcher) stays the reference:
// test/exercises/search-agreement.test.ts holds both to the core's FTS5 answers.

/** Every distinct word in sorted order, and for each the entries holding it: position * 2, plus 1 when in the name or aliases. */
export interface CatalogueWordIndex {
  /** The catalogue it was built for: a matcher from it answers only for that array. */
  readonly entries: readonly CatalogueEntry[]
  readonly words: readonly string[]
  readonly postings: readonly Uint32Array[]
}

/** Builds the index at once (tests, small libraries); the screen builds it in slices (wordIndexBuilder). */
export function buildWordIndex(entries: readonly CatalogueEntry[]): CatalogueWordIndex {
  const builder = wordIndexBuilder(entries)
  while (!builder.step(Number.POSITIVE_INFINITY));
  return builder.index()
}

/**
 * Builds the index a slice at a time (about 170,000 postings at 2,000 exercises: 10-30 ms in one go),
 * so a key pressed meanwhile waits for one slice at most; until done, the screen matches by scanning.
 */
export function wordIndexBuilder(entries: readonly CatalogueEntry[]): { step(budgetMs: number): boolean; index(): CatalogueWordIndex } {
  const byWord = new Map<string, number[]>()
  // Copies and variants share their cue text: split each distinct text once.
  const split = new Map<string, string[]>()
  const wordsIn = (text: string) => {
    let words = split.get(text)
    if (!words) {
      words = text === '' ? [] : text.split(' ')
      split.set(text, words)
    }
    return words
  }
  const add = (word: string, posting: number) => {
    const list = byWord.get(word)
    if (list) list.push(posting)
    else byWord.set(word, [posting])
  }
  let next = 0
  let built: CatalogueWordIndex | null = null
  return {
    step(budgetMs) {
      const until = performance.now() + budgetMs
      while (next < entries.length) {
        const entry = entries[next]!
        for (const word of wordsIn(entry.nameWords)) add(word, next * 2 + 1)
        for (const word of wordsIn(entry.otherWords)) add(word, next * 2)
        next++
        // The clock every 20 entries: its cost stays out of the loop, and a slice overruns by little.
        if (next % 20 === 0 && performance.now() >= until) return false
      }
      return true
    },
    index() {
      if (next < entries.length) throw new Error('wordIndexBuilder: index() before the last step')
      if (!built) {
        const words = [...byWord.keys()].sort()
        built = { entries, words, postings: words.map((w) => Uint32Array.from(byWord.get(w)!)) }
      }
      return built
    }
  }
}

/** First position in sorted `words` whose word is not before `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let lo = 0
  let hi = words.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (words[mid]! < term) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The same answers as termMatcher(query), from the index: per entry position, 2 when every term starts
 * a word of its name or aliases, 1 when every term starts some word, else 0. Null when nothing is typed.
 */
export function indexedMatcher(index: CatalogueWordIndex, query: string): ((entry: CatalogueEntry, position: number) => SearchMatch) | null {
  const terms = searchTerms(query)
  if (terms.length === 0) return null
  const count = index.entries.length
  // How many terms each entry has anywhere, and in its names; a term counts once per entry.
  const anywhere = new Uint8Array(count)
  const inNames = new Uint8Array(count)
  const seenAnywhere = new Uint8Array(count)
  const seenInNames = new Uint8Array(count)
  for (const term of terms) {
    seenAnywhere.fill(0)
    seenInNames.fill(0)
    for (let w = lowerBound(index.words, term); w < index.words.length && index.words[w]!.startsWith(term); w++) {
      for (const posting of index.postings[w]!) {
        const position = posting >>> 1
        seenAnywhere[position] = 1
        if (posting & 1) seenInNames[position] = 1
      }
    }
    for (let i = 0; i < count; i++) {
      anywhere[i]! += seenAnywhere[i]!
      inNames[i]! += seenInNames[i]!
    }
  }
  const all = terms.length
  return (entry, position) => {
    // Another array than the index was built for would be answered wrongly: refuse it loudly.
    if (index.entries[position] !== entry) throw new Error('indexedMatcher: entry is not the one indexed at this position')
    return inNames[position] === all ? 2 : anywhere[position] === all ? 1 : 0
  }
}
