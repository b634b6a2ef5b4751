import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// The "no copied sentences" matcher: any run of RUN_LENGTH consecutive words shared with a source article.

export const RUN_LENGTH = 10

/** Lowercase words with punctuation gone; apostrophes (straight, curly, escaped) vanish so "don't" and "don’t" agree. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\\'/g, "'")
    .replace(/['\u2018\u2019\u201b\u2032`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0)
}

export function runsOf(text: string, length = RUN_LENGTH): string[] {
  const list = words(text)
  const runs: string[] = []
  for (let i = 0; i + length <= list.length; i++) runs.push(list.slice(i, i + length).join(' '))
  return runs
}

/** The articles live beside the repository (../shared/seeds); SPOTTER_SEEDS_DIR points elsewhere if needed. */
export function seedsDir(): string {
  return process.env.SPOTTER_SEEDS_DIR ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/seeds')
}

export function articleRuns(): Set<string> {
  const dir = seedsDir()
  if (!existsSync(dir)) throw new Error(`The source articles were not found in ${dir}; set SPOTTER_SEEDS_DIR`)
  const runs = new Set<string>()
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    for (const run of runsOf(readFileSync(join(dir, file), 'utf8'))) runs.add(run)
  }
  return runs
}

/** Runs of `text` that also occur in an article. */
export function copiedRuns(text: string, articles: Set<string>): string[] {
  return runsOf(text).filter((run) => articles.has(run))
}

/** Every string anywhere inside a value (objects, arrays), for scanning the shipped data. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

const TEXT_FILE = /\.(ts|tsx|mts|cts|js|mjs|cjs|css|html|json|sql|md|txt|svg)$/

export function textFilesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => TEXT_FILE.test(f))
    .map((f) => join(dir, f))
}
