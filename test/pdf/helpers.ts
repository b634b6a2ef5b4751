import { execFileSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { TestCore } from '../helpers/store'

// Shared by the printed-plan tests: a client with a name that needs Latin Extended and Vietnamese
// marks, given the built-in 12-week routine, and the poppler tools that read the PDFs back.

export const CLIENT_NAME = 'Zoë Łukasiewicz-Nguyễn'
export const ARTIFACTS = join(process.cwd(), 'test-artifacts', 'pdf')

export async function twelveWeekPlan(t: TestCore) {
  await t.value('settings.update', {
    trainer: {
      name: 'Sam Ortega',
      business: 'Ortega Strength Studio',
      email: 'sam@example.com',
      phone: '+44 20 7946 0000',
      website: 'ortega.example',
      certifications: [{ name: 'Personal Trainer', level: 'Level 3' }]
    }
  })
  const client = await t.value('clients.create', { name: CLIENT_NAME })
  const templates = await t.value('programs.list', { templates: true })
  const template = templates.items.find((p) => p.name.startsWith('12-week'))
  if (!template) throw new Error('the built-in 12-week routine is missing')
  const program = await t.value('programs.assign', { programId: template.id, clientId: client.id, startDate: '2026-03-02', weekdays: [1, 3, 5] })
  return { client, program, template }
}

/** The text of each page (pdftotext separates pages with a form feed). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  return text.split('\f').slice(0, -1)
}

export function pdfInfo(path: string): { pages: number; width: number; height: number } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) }
}

/** Pages as PNGs under test-artifacts/pdf/<name>-N.png, for a person to look at. */
export function savePngs(path: string, name: string, pages?: { first: number; last: number }): void {
  mkdirSync(ARTIFACTS, { recursive: true })
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : []
  execFileSync('pdftoppm', ['-png', '-r', '60', ...range, path, join(ARTIFACTS, name)])
}

/** Occurrences of a whole prescription ("3 × 8-12" must not count inside "3 × 8-120"). */
export function countWhole(text: string, needle: string): number {
  // pdftotext drops the spaces around × in short runs ("3×7"); read both the same way.
  text = text.replace(/\s*×\s*/g, ' × ')
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return (text.match(new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'gu')) ?? []).length
}

interface FontFile {
  hasGlyphForCodePoint(codePoint: number): boolean
}
// fontkit comes with @react-pdf/renderer; the test asks the embedded font which characters it can draw.
const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): FontFile }
export function fontCanShow(fontPath: string): (char: string) => boolean {
  const font = fontkit.openSync(fontPath)
  return (char) => font.hasGlyphForCodePoint(char.codePointAt(0)!)
}
