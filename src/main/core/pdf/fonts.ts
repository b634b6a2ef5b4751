import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Font } from '@react-pdf/renderer'
import { setWordMeasure, splitLongWord } from './layout'

// DejaVu Sans is embedded in every plan (Latin Extended, Greek, Cyrillic, Hebrew, Arabic, symbols).
// The files ship in resources/fonts; the same search finds them from the TS sources (tsx, vitest,
// Playwright), from Electron's bundle in out/main, and in a packaged app's resources folder.

export const FONT_FAMILY = 'DejaVu Sans'
const FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf', oblique: 'DejaVuSans-Oblique.ttf' }

export function findFontsDir(): string {
  const candidates: string[] = []
  const resourcesPath = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  if (resourcesPath) candidates.push(join(resourcesPath, 'fonts'), join(resourcesPath, 'resources', 'fonts'))
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let up = 0; up < 8; up++) {
    candidates.push(join(dir, 'resources', 'fonts'), join(dir, 'node_modules', 'dejavu-fonts-ttf', 'ttf'))
    dir = dirname(dir)
  }
  candidates.push(join(process.cwd(), 'resources', 'fonts'))
  const found = candidates.find((c) => existsSync(join(c, FILES.regular)) && existsSync(join(c, FILES.bold)))
  if (!found) throw new Error(`The plan's fonts (${FILES.regular}) were not found; looked in: ${candidates.join(', ')}`)
  return found
}

export { splitLongWord }

let registered = false
let fontsDir: string | null = null

let loadedFonts: { regular: MeasurableFont; bold: MeasurableFont } | null = null

/**
 * The font for text drawn straight onto a canvas (the table rows): react-pdf's own parsed copy, so
 * pdfkit reuses its tables instead of reading and parsing the TTF file again for every cell.
 */
export function fontFor(bold: boolean): object | string {
  if (loadedFonts) return bold ? loadedFonts.bold : loadedFonts.regular
  fontsDir ??= findFontsDir()
  return join(fontsDir, bold ? FILES.bold : FILES.regular)
}
let regularFont: MeasurableFont | null = null

const REPLACEMENT = '\uFFFD'
/** Zero-width joiners, variation selectors and other format characters: they shape emoji, nobody sees them. */
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F]/u

/**
 * Text as the embedded font can draw it: a character it has no glyph for (most emoji) becomes �, so
 * the reader sees that something was there, and react-pdf does not fall back to a font with other
 * line metrics (which made lines overlap).
 */
export function printable(text: string): string {
  const font = regularFont
  if (!font) return text
  let out = ''
  let changed = false
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x250 || font.hasGlyphForCodePoint(cp)) out += ch
    else {
      changed = true
      if (!INVISIBLE.test(ch)) out += REPLACEMENT
    }
  }
  return changed ? out : text
}
export function registerFonts(): void {
  if (registered) return
  const dir = findFontsDir()
  Font.register({
    family: FONT_FAMILY,
    fonts: [
      { src: join(dir, FILES.regular), fontWeight: 'normal', fontStyle: 'normal' },
      { src: join(dir, FILES.bold), fontWeight: 'bold', fontStyle: 'normal' },
      { src: join(dir, existsSync(join(dir, FILES.oblique)) ? FILES.oblique : FILES.regular), fontWeight: 'normal', fontStyle: 'italic' }
    ]
  })
  Font.registerHyphenationCallback(splitLongWord)
  registered = true
}

interface MeasurableFont {
  unitsPerEm: number
  hasGlyphForCodePoint(codePoint: number): boolean
  layout(text: string, ...rest: unknown[]): { advanceWidth: number }
}

/**
 * Shaping the same short strings ("3 × 8-12", "RPE 6", "Week 5") again and again was a large part of
 * a render, so shaped runs are kept; positions are copied out, as pdfkit changes them in place.
 */
function memoizeLayout(font: MeasurableFont): void {
  const marked = font as MeasurableFont & { spotterMemo?: boolean }
  if (marked.spotterMemo) return
  const original = font.layout.bind(font)
  const cache = new Map<string, ReturnType<MeasurableFont['layout']>>()
  font.layout = (text: string, ...rest: unknown[]) => {
    const features = rest[0]
    const plain = features === undefined || (Array.isArray(features) && features.length === 0)
    const key = plain && rest[1] === undefined && rest[2] === undefined ? `${text}\u0000${String(rest[3] ?? '')}` : null
    if (key === null) return original(text, ...rest)
    let run = cache.get(key)
    if (!run) {
      if (cache.size > 20_000) cache.clear()
      run = original(text, ...rest)
      cache.set(key, run)
    }
    // pdfkit scales a run's positions in place; each caller gets its own copy of them.
    const shared = run as { positions?: object[] }
    if (!shared.positions) return run
    // Same class (fontkit's GlyphRun computes advanceWidth from its positions), fresh positions.
    return Object.assign(Object.create(Object.getPrototypeOf(run) as object) as object, run, { positions: shared.positions.map((position) => ({ ...position })) }) as typeof run
  }
  marked.spotterMemo = true
}
interface FontSource {
  data: MeasurableFont | null
  load(): Promise<void>
}

/** Registers the fonts and lets the layout measure words with their real metrics (same as the drawing). */
export async function loadFontMetrics(): Promise<void> {
  registerFonts()
  const store = Font as unknown as { getFont(descriptor: { fontFamily: string; fontWeight: number; fontStyle: string }): FontSource }
  const regular = store.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400, fontStyle: 'normal' })
  const bold = store.getFont({ fontFamily: FONT_FAMILY, fontWeight: 700, fontStyle: 'normal' })
  await Promise.all([regular.load(), bold.load()])
  const oblique = store.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400, fontStyle: 'italic' })
  await oblique.load()
  const r = regular.data
  const b = bold.data
  if (!r || !b) return
  for (const font of [r, b, oblique.data]) if (font) memoizeLayout(font)
  regularFont = r
  loadedFonts = { regular: r, bold: b }
  setWordMeasure((word, size, isBold) => {
    const font = isBold ? b : r
    return (font.layout(word).advanceWidth / font.unitsPerEm) * size
  })
}
