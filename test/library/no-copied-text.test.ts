import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUILTIN_EXERCISES, LADDERS, MUSCLE_GUIDE } from '../../src/main/core/library/index'
import { articleRuns, copiedRuns, runsOf, stringsIn, textFilesUnder, words } from './ten-words'

// Facts carry over from the source articles; their sentences never do. Ten shared consecutive words fail the build.

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..')
let articles: Set<string>

beforeAll(() => {
  articles = articleRuns()
})

describe('the ten-word matcher', () => {
  it('reads all five articles', () => {
    // ~6,700 words in the articles; far fewer runs would mean a file went missing.
    expect(articles.size).toBeGreaterThan(5000)
  })

  it('normalises case, punctuation, curly quotes and spacing the same way on both sides', () => {
    expect(words('Don’t  LET your knees—pass your toes!')).toEqual(['dont', 'let', 'your', 'knees', 'pass', 'your', 'toes'])
    expect(words("don't")).toEqual(words('don’t'))
    expect(words("'don\\'t'")).toEqual(['dont'])
  })

  it('catches a copied article sentence, even re-punctuated inside code', () => {
    expect(copiedRuns('Every move targeted especially to hamstrings should only be done after warm ups.', articles)).not.toEqual([])
    // Straight apostrophe where the article has a curly one, different case, split across two literals.
    const inCode = "steps: ['TAKE a larger than normal step forward ' + 'until you feel you\\'re stretching']"
    expect(copiedRuns(inCode, articles)).toContain('larger than normal step forward until you feel youre stretching')
    expect(copiedRuns('Sit with your back against the back rest, choose an appropriate weight for your exercise', articles)).not.toEqual([])
  })

  it('lets genuine paraphrase and nine-word quotes through', () => {
    expect(copiedRuns('Hold the bottom for one second while the back thigh stretches.', articles)).toEqual([])
    expect(runsOf('one two three four five six seven eight nine')).toEqual([])
  })
})

describe('shipped text shares no ten-word run with the articles', () => {
  it('in the library, the ladders and the muscle guide', () => {
    const strings = stringsIn({ BUILTIN_EXERCISES, LADDERS, MUSCLE_GUIDE })
    expect(strings.length).toBeGreaterThan(1000)
    const found = strings.flatMap((s) => copiedRuns(s, articles).map((run) => `"${run}" in: ${s}`))
    expect(found).toEqual([])
  })

  it('in every text file under src/, tokenized whole', () => {
    const files = textFilesUnder(resolve(repoRoot, 'src'))
    expect(files.some((f) => f.endsWith('home-moves.ts'))).toBe(true)
    const found = files.flatMap((file) =>
      copiedRuns(readFileSync(file, 'utf8'), articles).map((run) => `${relative(repoRoot, file)}: "${run}"`)
    )
    expect(found).toEqual([])
  })
})
