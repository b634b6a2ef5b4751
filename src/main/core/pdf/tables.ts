import { createElement as h, type ReactElement } from 'react'
import { Canvas, Text, View } from '@react-pdf/renderer'
import { BLOCK_LABELS } from '../../../shared/programs'
import { cardColumns, sessionColumns, TABLE, type Geometry, type LaidOutPage, type TableLine } from './layout'
import type { PlanModel, PlanRow, WeekCell } from './model'
import { COLOR, s } from './styles'

// The session tables: one row per exercise, one column per week (at most four weeks a page), with the
// prescription and, when asked for, boxes to write down what was done. Rows never split across pages.

type SessionPage = Extract<LaidOutPage, { kind: 'session' }>
type CardPage = Extract<LaidOutPage, { kind: 'card' }>

function weeksLabel(weekIndexes: readonly number[]): string {
  const first = (weekIndexes[0] ?? 0) + 1
  const last = (weekIndexes.at(-1) ?? 0) + 1
  return first === last ? `Week ${first}` : `Weeks ${first}–${last}`
}

function titleBlock(kicker: string, title: string, subtitle: string, right: string): ReactElement {
  return h(
    View,
    { style: s.titleBlock },
    h(View, { style: { flex: 1, paddingRight: 12 } }, h(Text, { style: s.kicker }, kicker), h(Text, { style: s.pageTitle }, title), subtitle ? h(Text, { style: s.pageSubtitle }, subtitle) : null),
    right ? h(Text, { style: { fontSize: 11, fontWeight: 'bold', color: COLOR.accent } }, right) : null
  )
}

// One Text per cell, its lines as nested runs: react-pdf lays out each Text node separately and that,
// not the drawing, is where a long plan's time goes.
function nameCell(row: PlanRow, width: number): ReactElement {
  return h(
    View,
    { style: [s.cell, { width }] },
    h(
      Text,
      { style: s.name },
      row.label ? h(Text, { style: s.label }, `${row.label}  `) : null,
      row.exerciseName,
      row.constant ? h(Text, { style: s.small }, `\n${row.constant}`) : null
    )
  )
}

interface Painter {
  lineWidth(w: number): Painter
  strokeColor(c: string): Painter
  roundedRect(x: number, y: number, w: number, h: number, r: number): Painter
  stroke(): Painter
  moveTo(x: number, y: number): Painter
  lineTo(x: number, y: number): Painter
}

/**
 * Set-by-set boxes for the main block (reps, then load: the column header says so); a single tick box
 * for warm-up and cool-down. Drawn on one canvas per cell: thousands of little Views were most of the
 * render time.
 */
function logBoxes(row: PlanRow, cell: WeekCell, width: number): ReactElement {
  const inner = width - 2 * TABLE.cellPadX
  if (row.block !== 'main') {
    return h(
      View,
      { style: [s.logRow, { marginTop: TABLE.doneRow - TABLE.logRow }] },
      h(Canvas, {
        style: { width: 14, height: TABLE.logRow },
        paint: (p: Painter) => {
          p.lineWidth(0.6).strokeColor(COLOR.ruleStrong).roundedRect(0.5, 1.5, 9, 9, 1.5).stroke()
          return null
        }
      }),
      h(Text, { style: { fontSize: 7, color: COLOR.muted } }, 'done')
    )
  }
  const gap = 7
  const box = (inner - gap) / 2
  const height = cell.sets * TABLE.logRow
  return h(Canvas, {
    style: { width: inner, height, marginTop: TABLE.logHeader },
    paint: (p: Painter) => {
      p.lineWidth(0.6).strokeColor(COLOR.ruleStrong)
      for (let i = 0; i < cell.sets; i++) {
        const y = i * TABLE.logRow + 1
        p.roundedRect(0.5, y, box, TABLE.logRow - 2.5, 1.5).stroke()
        p.roundedRect(box + gap, y, box - 0.5, TABLE.logRow - 2.5, 1.5).stroke()
        // A small × between the boxes: reps × load.
        const cx = box + gap / 2
        const cy = y + (TABLE.logRow - 2.5) / 2
        p.lineWidth(0.5).strokeColor(COLOR.faint).moveTo(cx - 1.6, cy - 1.6).lineTo(cx + 1.6, cy + 1.6).moveTo(cx + 1.6, cy - 1.6).lineTo(cx - 1.6, cy + 1.6).stroke()
        p.lineWidth(0.6).strokeColor(COLOR.ruleStrong)
      }
      return null
    }
  })
}

function weekCell(row: PlanRow, cell: WeekCell | null, width: number, model: PlanModel, key: number, style = s.weekCell): ReactElement {
  if (!cell) return h(View, { key, style: [style, { width }] }, h(Text, { style: s.none }, '–'))
  return h(
    View,
    { key, style: [style, { width }] },
    h(
      Text,
      { style: s.work },
      cell.work,
      cell.load ? h(Text, { style: s.load }, `\n${cell.load}`) : null,
      cell.extra ? h(Text, { style: s.small }, `\n${cell.extra}`) : null,
      cell.notes ? h(Text, { style: s.small }, `\n${cell.notes}`) : null
    ),
    model.logCells ? logBoxes(row, cell, width) : null
  )
}

function blockRow(line: Extract<TableLine, { kind: 'block' }>, key: number): ReactElement {
  return h(View, { key, style: s.blockRow, wrap: false }, h(Text, { style: s.blockText }, BLOCK_LABELS[line.block]))
}

function notesRow(widths: number[]): ReactElement {
  const [first, ...rest] = widths
  return h(
    View,
    { style: s.notesRow, wrap: false },
    h(View, { style: [s.cell, { width: first }] }, h(Text, { style: s.name }, 'Notes'), h(Text, { style: s.small }, 'How it felt, pain, sleep')),
    ...rest.map((width, i) => h(View, { key: i, style: [s.weekCell, { width }] }, h(View, { style: s.notesLine }), h(View, { style: s.notesLine })))
  )
}

function legend(lines: string[]): ReactElement[] {
  return lines.map((text, i) => h(Text, { key: `legend-${i}`, style: s.legend }, text))
}

export function sessionPage(page: SessionPage, model: PlanModel, g: Geometry): ReactElement[] {
  const cols = sessionColumns(g, page.weekIndexes.length)
  const phases = [...new Set(page.weekIndexes.map((w) => model.phases[w] ?? '').filter(Boolean))]
  const subtitle = [page.continued ? 'continued' : '', phases.length === 1 ? phases[0]! : ''].filter(Boolean).join(' · ')
  const header = h(
    View,
    { style: s.headerRow, fixed: false },
    h(View, { style: [s.headerCell, { width: cols.name }] }, h(Text, { style: s.headerWeek }, 'Exercise')),
    ...page.weekIndexes.map((w) =>
      h(
        View,
        { key: w, style: [s.headerCell, { width: cols.week, borderLeftWidth: 0.5, borderLeftColor: COLOR.rule }] },
        h(Text, { style: s.headerWeek }, `Week ${w + 1}`),
        model.phases[w] && phases.length > 1 ? h(Text, { style: s.headerPhase }, model.phases[w]) : null,
        model.logCells ? h(Text, { style: s.headerPhase }, `log: reps × ${model.units}`) : null
      )
    )
  )
  const body = page.lines.map((line, i) =>
    line.kind === 'block'
      ? blockRow(line, i)
      : h(
          View,
          { key: i, style: [s.row, { minHeight: line.height }], wrap: false },
          nameCell(line.row, cols.name),
          ...page.weekIndexes.map((w) => weekCell(line.row, line.row.weeks[w] ?? null, cols.week, model, w))
        )
  )
  return [
    titleBlock(page.session.name.startsWith('Session') ? model.programName : `Session ${page.session.key}`, page.session.name, subtitle, weeksLabel(page.weekIndexes)),
    h(View, { style: s.table }, header, ...body, page.notes ? notesRow([cols.name, ...page.weekIndexes.map(() => cols.week)]) : null),
    ...legend(page.legend)
  ]
}

export function cardPage(page: CardPage, model: PlanModel, g: Geometry): ReactElement[] {
  const cols = cardColumns(g)
  const { card } = page
  const facts = [`Week ${card.week}`, card.phase, card.date ?? ''].filter(Boolean).join(' · ')
  const header = h(
    View,
    { style: s.headerRow },
    h(View, { style: [s.headerCell, { width: cols.name }] }, h(Text, { style: s.headerWeek }, 'Exercise')),
    h(View, { style: [s.headerCell, { width: cols.work, borderLeftWidth: 0.5, borderLeftColor: COLOR.rule }] }, h(Text, { style: s.headerWeek }, 'Today')),
    h(View, { style: [s.headerCell, { width: cols.log, borderLeftWidth: 0.5, borderLeftColor: COLOR.rule }] }, h(Text, { style: s.headerWeek }, model.logCells ? 'What you did' : ''), model.logCells ? h(Text, { style: s.headerPhase }, `reps × ${model.units}`) : null)
  )
  const body = page.lines.map((line, i) => {
    if (line.kind === 'block') return blockRow(line, i)
    const cell = line.row.weeks[0] ?? null
    return h(
      View,
      { key: i, style: [s.row, { minHeight: line.height }], wrap: false },
      nameCell(line.row, cols.name),
      weekCell(line.row, cell ? { ...cell, sets: cell.sets } : null, cols.work, { ...model, logCells: false }, 0),
      h(View, { style: [s.weekCell, { width: cols.log }] }, model.logCells && cell ? logBoxes(line.row, cell, cols.log) : null)
    )
  })
  return [
    titleBlock("Today's session", card.sessionName, [model.clientName ?? '', facts, page.continued ? 'continued' : ''].filter(Boolean).join(' · '), ''),
    h(View, { style: s.table }, header, ...body, page.notes ? notesRow([cols.name, cols.work + cols.log]) : null),
    ...legend(page.legend)
  ]
}
