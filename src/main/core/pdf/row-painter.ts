import { fontFor } from './fonts'
import { GUIDE, TABLE, textWidth, TYPE, wrapLines } from './layout'
import type { PlanRow, WeekCell } from './model'
import { COLOR } from './styles'

// Table rows are drawn on one canvas each, text included, from the lines layout.ts wraps: a plan has
// thousands of small cells and laying each out as a react-pdf Text was most of the render time. The
// text stays real text in the PDF (selectable, searchable, read back by the tests).

type TypeSpec = { size: number; line: number; bold: boolean }

/** The part of pdfkit the canvas hands us. */
export interface Painter {
  save(): Painter
  restore(): Painter
  font(src: object | string): Painter
  fontSize(size: number): Painter
  fillColor(color: string): Painter
  text(text: string, x: number, y: number, options?: { lineBreak?: boolean }): Painter
  lineWidth(w: number): Painter
  strokeColor(c: string): Painter
  roundedRect(x: number, y: number, w: number, h: number, r: number): Painter
  rect(x: number, y: number, w: number, h: number): Painter
  fill(color?: string): Painter
  stroke(): Painter
  moveTo(x: number, y: number): Painter
  lineTo(x: number, y: number): Painter
}

/** DejaVu Sans's natural line (ascent + descent) in ems; the rest of our line height is spread around it. */
const NATURAL_LINE = 1.164

function drawLines(p: Painter, lines: string[], x: number, y: number, type: TypeSpec, color: string): number {
  if (lines.length === 0) return 0
  p.font(fontFor(type.bold)).fontSize(type.size).fillColor(color)
  const offset = (type.line - type.size * NATURAL_LINE) / 2
  lines.forEach((line, i) => p.text(line, x, y + i * type.line + offset, { lineBreak: false }))
  return lines.length * type.line
}

export function drawText(p: Painter, text: string, x: number, y: number, width: number, type: TypeSpec, color = COLOR.text): number {
  return drawLines(p, wrapLines(text, width, type), x, y, type, color)
}

/** Exercise name (with its A1 label in the accent colour) and what every week shares. */
export function drawName(p: Painter, row: PlanRow, x: number, y: number, width: number): void {
  const label = row.label ? `${row.label}  ` : ''
  const lines = wrapLines(label + row.exerciseName, width, TYPE.name)
  let h = 0
  if (label && lines[0]?.startsWith(label)) {
    drawLines(p, [label], x, y, TYPE.name, COLOR.accent)
    const labelWidth = textWidth(label, TYPE.name)
    drawLines(p, [lines[0].slice(label.length)], x + labelWidth, y, TYPE.name, COLOR.text)
    h = TYPE.name.line + drawLines(p, lines.slice(1), x, y + TYPE.name.line, TYPE.name, COLOR.text)
  } else h = drawLines(p, lines, x, y, TYPE.name, COLOR.text)
  drawText(p, row.constant, x, y + h, width, TYPE.small, COLOR.muted)
}

/** Set-by-set boxes (reps × load; the column header says which unit), or one tick box for warm-up and cool-down. */
export function drawLog(p: Painter, row: PlanRow, cell: WeekCell, x: number, y: number, width: number): void {
  p.save().lineWidth(0.6).strokeColor(COLOR.ruleStrong)
  if (row.block !== 'main') {
    const top = y + TABLE.doneRow - TABLE.logRow
    p.roundedRect(x + 0.5, top + 1.5, 9, 9, 1.5).stroke()
    drawLines(p, ['done'], x + 14, top + 1, { size: 7, line: 10, bold: false }, COLOR.muted)
    p.restore()
    return
  }
  const gap = 7
  const box = (width - gap) / 2
  const top = y + TABLE.logHeader
  for (let i = 0; i < cell.sets; i++) {
    const by = top + i * TABLE.logRow + 1
    const bh = TABLE.logRow - 2.5
    p.lineWidth(0.6).strokeColor(COLOR.ruleStrong)
    p.roundedRect(x + 0.5, by, box, bh, 1.5).stroke()
    p.roundedRect(x + box + gap, by, box - 0.5, bh, 1.5).stroke()
    const cx = x + box + gap / 2
    const cy = by + bh / 2
    p.lineWidth(0.5).strokeColor(COLOR.faint).moveTo(cx - 1.6, cy - 1.6).lineTo(cx + 1.6, cy + 1.6).moveTo(cx + 1.6, cy - 1.6).lineTo(cx - 1.6, cy + 1.6).stroke()
  }
  p.restore()
}

/** What one week asks for: the work in bold, then load, tempo and rest, notes. Returns the height used. */
export function drawCell(p: Painter, cell: WeekCell | null, x: number, y: number, width: number): number {
  if (!cell) return drawLines(p, ['–'], x, y, TYPE.work, COLOR.faint)
  let h = drawText(p, cell.work, x, y, width, TYPE.work)
  h += drawText(p, cell.load, x, y + h, width, TYPE.load)
  h += drawText(p, cell.extra, x, y + h, width, TYPE.small, COLOR.muted)
  h += drawText(p, cell.notes, x, y + h, width, TYPE.small, COLOR.muted)
  return h
}

export interface RowColumns {
  name: number
  /** Week columns (session pages) or, on the card, [work, log]. */
  cells: number[]
  /** Card: the second column holds only the log boxes of the first. */
  card: boolean
}

export function paintRow(p: Painter, row: PlanRow, cells: (WeekCell | null)[], cols: RowColumns, height: number, logCells: boolean): null {
  const pad = TABLE.cellPadX
  drawName(p, row, pad, TABLE.cellPadY, cols.name - 2 * pad)
  let x = cols.name
  cols.cells.forEach((width, i) => {
    p.save().lineWidth(0.5).strokeColor(COLOR.rule).moveTo(x + 0.25, 0).lineTo(x + 0.25, height).stroke().restore()
    const inner = width - 2 * pad
    if (cols.card) {
      const cell = cells[0] ?? null
      if (i === 0) drawCell(p, cell, x + pad, TABLE.cellPadY, inner)
      else if (logCells && cell) drawLog(p, row, cell, x + pad, TABLE.cellPadY - TABLE.logHeader, inner)
    } else {
      const cell = cells[i] ?? null
      const used = drawCell(p, cell, x + pad, TABLE.cellPadY, inner)
      if (logCells && cell) drawLog(p, row, cell, x + pad, TABLE.cellPadY + used, inner)
    }
    x += width
  })
  return null
}

/** Text centred on x (short labels: session keys, dates). */
function drawCentered(p: Painter, text: string, cx: number, y: number, type: TypeSpec, color: string): void {
  drawLines(p, [text], cx - textWidth(text, type) / 2, y, type, color)
}

export interface OverviewColumns {
  week: number
  phase: number
  day: number
}

/** One week of the schedule overview: number, phase, and the session key (with its date) on each day. */
export function paintOverviewRow(p: Painter, week: { week: number; phase: string; days: (string | null)[]; dates: (string | null)[] }, cols: OverviewColumns, height: number): null {
  const pad = TABLE.cellPadX
  const keyType = { size: 8.5, line: 11, bold: true }
  const dateType = { size: 6.5, line: 8, bold: false }
  const hasDates = week.dates.some(Boolean)
  const top = (height - (hasDates ? keyType.line + dateType.line : keyType.line)) / 2
  drawLines(p, [String(week.week)], pad, (height - 11) / 2, { size: 9, line: 11, bold: true }, COLOR.text)
  const phaseLines = wrapLines(week.phase, cols.phase - 2 * pad, TYPE.small)
  drawLines(p, phaseLines, cols.week + pad, (height - phaseLines.length * TYPE.small.line) / 2, TYPE.small, COLOR.muted)
  week.days.forEach((key, d) => {
    const cx = cols.week + cols.phase + d * cols.day + cols.day / 2
    if (key) {
      const w = textWidth(key, keyType) + 12
      p.roundedRect(cx - w / 2, top - 0.5, w, keyType.line + 1, 3).fill(COLOR.accentSoft)
      drawCentered(p, key, cx, top, keyType, COLOR.accent)
    } else drawCentered(p, '·', cx, top, keyType, COLOR.rule)
    const date = week.dates[d]
    if (date) drawCentered(p, date, cx, top + keyType.line + 0.5, dateType, COLOR.faint)
  })
  return null
}

/** One exercise of the guide: name, summary, then steps, cues, breathing and safety with hanging bullets. */
export function paintGuide(p: Painter, guide: { name: string; summary: string; steps: string[]; cues: string[]; breathing: string[]; safety: string[] }, width: number): null {
  let y = drawText(p, guide.name, 0, 0, width, TYPE.guideTitle)
  y += drawText(p, guide.summary, 0, y, width, TYPE.body, COLOR.muted) + 4
  const sections: [string, string[], boolean, boolean][] = [
    ['STEPS', guide.steps, true, false],
    ['CUES', guide.cues, false, false],
    ['BREATHING', guide.breathing, false, false],
    ['SAFETY', guide.safety, false, true]
  ]
  for (const [label, items, numbered, warn] of sections) {
    if (items.length === 0) continue
    y += 4
    drawLines(p, [label], 0, y, { size: 7.5, line: GUIDE.sectionLabel, bold: true }, warn ? COLOR.warn : COLOR.muted)
    y += GUIDE.sectionLabel
    items.forEach((item, i) => {
      drawLines(p, [numbered ? `${i + 1}.` : '•'], 0, y, TYPE.body, COLOR.accent)
      y += drawText(p, item, GUIDE.indent, y, width - GUIDE.indent, TYPE.body) + 1.5
    })
  }
  return null
}

export interface HeaderColumn {
  width: number
  lines: { text: string; bold: boolean }[]
}

/** A table's column headings ("Week 5", its phase, what the log boxes take), centred vertically. */
export function paintHeader(p: Painter, columns: HeaderColumn[], height: number): null {
  const heading = { size: 9, line: 11, bold: true }
  const note = { size: 7, line: 9, bold: false }
  let x = 0
  columns.forEach((col, i) => {
    if (i > 0) p.save().lineWidth(0.5).strokeColor(COLOR.rule).moveTo(x + 0.25, 0).lineTo(x + 0.25, height).stroke().restore()
    const total = col.lines.reduce((sum, l) => sum + (l.bold ? heading.line : note.line), 0)
    let y = (height - total) / 2
    for (const l of col.lines) {
      const type = l.bold ? heading : note
      y += drawText(p, l.text, x + TABLE.cellPadX, y, col.width - 2 * TABLE.cellPadX, type, l.bold ? COLOR.text : COLOR.muted)
    }
    x += col.width
  })
  return null
}

/** "WARM-UP", "MAIN", "COOL-DOWN" on the band between a table's blocks. */
export function paintBlockLabel(p: Painter, label: string, height: number): null {
  drawLines(p, [label.toUpperCase()], TABLE.cellPadX, (height - 10) / 2, { size: 7.5, line: 10, bold: true }, COLOR.muted)
  return null
}
