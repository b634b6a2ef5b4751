import type { ExerciseGuide, OverviewWeek, PlanModel, PlanRow, PlanSession, SessionCard } from './model'

// Our own pagination: every table row and instruction entry has a height worked out here from known
// font sizes, so pages are cut where we choose (react-pdf's own wrapping of long tables is far slower).
// Heights are estimated on the generous side; should text still run long, the page grows onto another
// page rather than losing anything.

export const PAPER_POINTS = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } } as const
export const MARGIN = { top: 44, side: 44, bottom: 58 }

/** Font sizes and line heights (points) shared with the document, so estimates match what is drawn. */
export const TYPE = {
  name: { size: 9, line: 11.5, bold: true },
  small: { size: 7.5, line: 9.5, bold: false },
  work: { size: 9, line: 11.5, bold: true },
  load: { size: 8, line: 10, bold: false },
  body: { size: 8.5, line: 11.5, bold: false },
  guideTitle: { size: 12, line: 15, bold: true }
} as const
type TypeSpec = { size: number; line: number; bold: boolean }

export const TABLE = {
  cellPadX: 5,
  cellPadY: 5,
  logRow: 12,
  logHeader: 4,
  doneRow: 16,
  headerHeight: 36,
  blockHeading: 17,
  notesRow: 36,
  legendLine: 12,
  pageTitle: 50
} as const

export const GUIDE = { imageWidth: 118, gap: 14, indent: 12, sectionLabel: 12 } as const
export const OVERVIEW = { row: 19, rowWithDates: 25, header: 24, legendLine: 13, title: 84 } as const

/** Width of a word in points at a font size; set from the embedded font's real metrics by setWordMeasure. */
export type MeasureWord = (word: string, size: number, bold: boolean) => number

/** Until the fonts are loaded: a generous average advance of a DejaVu Sans character, in ems. */
const EM = { regular: 0.62, bold: 0.72 }
let measureWord: MeasureWord = (word, size, bold) => [...word].length * size * (bold ? EM.bold : EM.regular)
const widths = new Map<string, number>()

export function setWordMeasure(measure: MeasureWord): void {
  measureWord = measure
  widths.clear()
}

function wordWidth(word: string, type: TypeSpec): number {
  const key = `${type.size}|${type.bold ? 1 : 0}|${word}`
  let width = widths.get(key)
  if (width === undefined) {
    width = measureWord(word, type.size, type.bold)
    if (widths.size > 50_000) widths.clear()
    widths.set(key, width)
  }
  return width
}

const LONG_WORD = 28
const CHUNK = 14
/**
 * The hyphenation callback (fonts.ts) and our line count both use this: words stay whole (names must
 * not be hyphenated like English prose); a word too long for any column is cut into chunks so it wraps.
 */
export function splitLongWord(word: string): string[] {
  const chars = [...word]
  if (chars.length <= LONG_WORD) return [word]
  const parts: string[] = []
  for (let i = 0; i < chars.length; i += CHUNK) parts.push(chars.slice(i, i + CHUNK).join(''))
  return parts
}

/** Width of a short text on one line (words and the spaces between them). */
export function textWidth(text: string, type: TypeSpec): number {
  const words = text.split(' ')
  return words.reduce((sum, word) => sum + (word ? wordWidth(word, type) : 0), 0) + (words.length - 1) * wordWidth(' ', type)
}

/**
 * A text broken into lines at a width: greedy word wrap, long words in chunks (a hyphen marks the cut).
 * The table rows draw exactly these lines, so their heights here are the heights on paper.
 */
export function wrapLines(text: string, width: number, type: TypeSpec): string[] {
  if (text.trim() === '') return []
  // A little slack: react-pdf's line breaker (used for text outside the tables) may disagree by a hair.
  const room = width * 0.97
  const space = wordWidth(' ', type)
  const hyphen = wordWidth('-', type)
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    let used = 0
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      splitLongWord(word).forEach((piece, i) => {
        const w = wordWidth(piece, type)
        const gap = used === 0 ? 0 : i === 0 ? space : 0
        if (used + gap + w + (i > 0 ? 0 : 0) <= room || used === 0) {
          line += (gap > 0 ? ' ' : '') + piece
          used += gap + w
        } else {
          lines.push(i > 0 ? `${line}-` : line)
          line = piece
          used = w + (i > 0 ? hyphen : 0)
        }
      })
    }
    lines.push(line)
  }
  return lines
}

export function lineCount(text: string, width: number, type: TypeSpec): number {
  return wrapLines(text, width, type).length
}

export function textHeight(text: string, width: number, type: TypeSpec): number {
  return lineCount(text, width, type) * type.line
}

export interface Geometry {
  width: number
  height: number
  contentWidth: number
  contentHeight: number
}

export function geometry(paper: PlanModel['paper']): Geometry {
  const { width, height } = PAPER_POINTS[paper]
  return { width, height, contentWidth: width - 2 * MARGIN.side, contentHeight: height - MARGIN.top - MARGIN.bottom }
}

/** Column widths of a session table: the exercise column, then one per week shown. */
export function sessionColumns(g: Geometry, weeksShown: number): { name: number; week: number } {
  const name = Math.round(g.contentWidth * 0.3)
  return { name, week: (g.contentWidth - name) / Math.max(1, weeksShown) }
}

export function rowHeight(row: PlanRow, weekIndexes: readonly number[], cols: { name: number; week: number }, logCells: boolean): number {
  const innerName = cols.name - 2 * TABLE.cellPadX
  const label = row.label ? `${row.label} ` : ''
  const nameH = textHeight(label + row.exerciseName, innerName, TYPE.name) + textHeight(row.constant, innerName, TYPE.small)
  const innerWeek = cols.week - 2 * TABLE.cellPadX
  let weekH = 0
  for (const w of weekIndexes) {
    const cell = row.weeks[w]
    if (!cell) {
      weekH = Math.max(weekH, TYPE.work.line)
      continue
    }
    const log = logCells ? (row.block === 'main' ? cell.sets * TABLE.logRow + TABLE.logHeader : TABLE.doneRow) : 0
    const h =
      textHeight(cell.work, innerWeek, TYPE.work) +
      textHeight(cell.load, innerWeek, TYPE.load) +
      textHeight(cell.extra, innerWeek, TYPE.small) +
      textHeight(cell.notes, innerWeek, TYPE.small) +
      log
    weekH = Math.max(weekH, h)
  }
  return Math.ceil(Math.max(nameH, weekH) + 2 * TABLE.cellPadY)
}

/** The one-session card: exercise, what to do, and the boxes to fill in. */
export function cardColumns(g: Geometry): { name: number; work: number; log: number } {
  const name = Math.round(g.contentWidth * 0.4)
  const work = Math.round(g.contentWidth * 0.3)
  return { name, work, log: g.contentWidth - name - work }
}

export function cardRowHeight(row: PlanRow, cols: { name: number; work: number; log: number }, logCells: boolean): number {
  const cell = row.weeks[0]
  const innerName = cols.name - 2 * TABLE.cellPadX
  const innerWork = cols.work - 2 * TABLE.cellPadX
  const nameH = textHeight((row.label ? `${row.label} ` : '') + row.exerciseName, innerName, TYPE.name) + textHeight(row.constant, innerName, TYPE.small)
  const workH = cell ? textHeight(cell.work, innerWork, TYPE.work) + textHeight(cell.load, innerWork, TYPE.load) : 0
  const logH = logCells && cell ? (row.block === 'main' ? cell.sets * TABLE.logRow + TABLE.logHeader : TABLE.doneRow) : 0
  return Math.ceil(Math.max(nameH, workH, logH) + 2 * TABLE.cellPadY)
}

export type TableLine = { kind: 'block'; block: PlanRow['block'] } | { kind: 'row'; row: PlanRow; height: number }

export type LaidOutPage =
  | { kind: 'cover' }
  | { kind: 'overview'; weeks: OverviewWeek[]; first: boolean; legend: boolean }
  | { kind: 'session'; session: PlanSession; weekIndexes: number[]; lines: TableLine[]; continued: boolean; notes: boolean; legend: string[] }
  | { kind: 'card'; card: SessionCard; lines: TableLine[]; continued: boolean; notes: boolean; legend: string[] }
  | { kind: 'guides'; guides: { guide: ExerciseGuide; height: number }[]; first: boolean }
  | { kind: 'safety' }

/** Splits weeks into even groups of at most four ("weeks 1-4", "5-8", "9-12"; 6 weeks: 3 + 3). */
export function weekGroups(weeks: number): number[][] {
  const groups = Math.max(1, Math.ceil(weeks / 4))
  const size = Math.ceil(weeks / groups)
  return Array.from({ length: groups }, (_, i) => Array.from({ length: Math.min(size, weeks - i * size) }, (_, j) => i * size + j)).filter((g) => g.length > 0)
}

function legendFor(rows: readonly { label: string | null; groupKind: PlanRow['groupKind'] }[]): string[] {
  const kinds = new Set(rows.filter((r) => r.label).map((r) => r.groupKind))
  const lines: string[] = []
  if (kinds.has('superset')) lines.push('A1, A2 … a superset: one set of each in turn with little rest between, then the rest shown.')
  if (kinds.has('circuit')) lines.push('Circuit: go through every exercise of the group once, rest, then start the round again.')
  return lines
}

/** Cuts a table into pages: block headings travel with the row after them; the notes row ends the table. */
function paginateTable(rows: { row: PlanRow; height: number }[], available: number, footer: number): { lines: TableLine[] }[] {
  const pages: { lines: TableLine[] }[] = []
  let lines: TableLine[] = []
  let used: number = TABLE.headerHeight
  let block: PlanRow['block'] | null = null
  rows.forEach(({ row, height }, i) => {
    const heading = row.block !== block ? TABLE.blockHeading : 0
    const isLast = i === rows.length - 1
    const need = heading + height + (isLast ? footer : 0)
    if (lines.length > 0 && used + need > available) {
      pages.push({ lines })
      lines = []
      used = TABLE.headerHeight
      block = null
    }
    if (row.block !== block) {
      lines.push({ kind: 'block', block: row.block })
      used += TABLE.blockHeading
      block = row.block
    }
    lines.push({ kind: 'row', row, height })
    used += height
  })
  pages.push({ lines })
  return pages
}

export function guideHeight(guide: ExerciseGuide, width: number): number {
  const textWidth = width - (guide.image ? GUIDE.imageWidth + GUIDE.gap : 0)
  let h = textHeight(guide.name, textWidth, TYPE.guideTitle) + textHeight(guide.summary, textWidth, TYPE.body) + 4
  for (const list of [guide.steps, guide.cues, guide.breathing, guide.safety]) {
    if (list.length === 0) continue
    h += GUIDE.sectionLabel + 4
    for (const item of list) h += textHeight(item, textWidth - GUIDE.indent, TYPE.body) + 1.5
  }
  return Math.ceil(Math.max(h, guide.image ? GUIDE.imageWidth : 0) + 2 * GUIDE.gap)
}

export function layoutPlan(model: PlanModel): LaidOutPage[] {
  const g = geometry(model.paper)
  const pages: LaidOutPage[] = []
  const available = g.contentHeight - TABLE.pageTitle

  if (model.card) {
    const cols = cardColumns(g)
    const rows = model.card.rows.map((r) => {
      const row: PlanRow = { ...r, weeks: [r.cell] }
      return { row, height: cardRowHeight(row, cols, model.logCells) }
    })
    const legend = legendFor(model.card.rows)
    paginateTable(rows, available, TABLE.notesRow * 2 + legend.length * TABLE.legendLine).forEach((p, i, all) =>
      pages.push({ kind: 'card', card: model.card!, lines: p.lines, continued: i > 0, notes: i === all.length - 1, legend: i === all.length - 1 ? legend : [] })
    )
  } else {
    pages.push({ kind: 'cover' })
    const rowH = model.startDate ? OVERVIEW.rowWithDates : OVERVIEW.row
    const legendH = (model.sessions.length + 1) * OVERVIEW.legendLine + 16
    let rest = model.overview
    let first = true
    while (first || rest.length > 0) {
      const room = g.contentHeight - (first ? OVERVIEW.title : TABLE.pageTitle) - OVERVIEW.header
      let fit = Math.max(1, Math.floor(room / rowH))
      const withLegend = rest.length <= Math.floor((room - legendH) / rowH)
      if (withLegend) fit = rest.length
      pages.push({ kind: 'overview', weeks: rest.slice(0, fit), first, legend: withLegend })
      rest = rest.slice(fit)
      first = false
      if (rest.length === 0 && !withLegend) pages.push({ kind: 'overview', weeks: [], first: false, legend: true })
    }
    for (const session of model.sessions) {
      const legend = legendFor(session.rows)
      for (const weekIndexes of weekGroups(model.weeks)) {
        const cols = sessionColumns(g, weekIndexes.length)
        const rows = session.rows
          .filter((row) => weekIndexes.some((w) => row.weeks[w]))
          .map((row) => ({ row, height: rowHeight(row, weekIndexes, cols, model.logCells) }))
        paginateTable(rows, available, TABLE.notesRow + legend.length * TABLE.legendLine + 6).forEach((p, i, all) =>
          pages.push({ kind: 'session', session, weekIndexes, lines: p.lines, continued: i > 0, notes: i === all.length - 1, legend: i === all.length - 1 ? legend : [] })
        )
      }
    }
  }

  if (model.guides.length > 0) {
    let page: { guide: ExerciseGuide; height: number }[] = []
    let used: number = TABLE.pageTitle
    let first = true
    for (const guide of model.guides) {
      const height = guideHeight(guide, g.contentWidth)
      if (page.length > 0 && used + height > g.contentHeight) {
        pages.push({ kind: 'guides', guides: page, first })
        first = false
        page = []
        used = 0
      }
      page.push({ guide, height })
      used += height
    }
    pages.push({ kind: 'guides', guides: page, first })
  }
  if (!model.card) pages.push({ kind: 'safety' })
  return pages
}
