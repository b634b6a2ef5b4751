import { createElement as h, type ReactElement } from 'react'
import { Canvas, Text, View } from '@react-pdf/renderer'
import { BLOCK_LABELS } from '../../../shared/programs'
import { cardColumns, sessionColumns, TABLE, type Geometry, type LaidOutPage, type TableLine } from './layout'
import { paintBlockLabel, paintHeader, paintRow, type HeaderColumn, type Painter, type RowColumns } from './row-painter'
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

/** One table row: a fixed-height box whose content is painted on a canvas (see row-painter.ts). */
function paintedRow(row: PlanRow, cells: (WeekCell | null)[], cols: RowColumns, height: number, logCells: boolean, g: Geometry, key: number): ReactElement {
  return h(
    View,
    { key, style: [s.row, { height }], wrap: false },
    h(Canvas, { style: { width: g.contentWidth, height: height - 0.5 }, paint: (painter: Painter) => paintRow(painter, row, cells, cols, height - 0.5, logCells) })
  )
}

function blockRow(line: Extract<TableLine, { kind: 'block' }>, key: number, g: Geometry): ReactElement {
  const height = TABLE.blockHeading - 0.5
  return h(
    View,
    { key, style: [s.blockRow, { paddingHorizontal: 0 }], wrap: false },
    h(Canvas, { style: { width: g.contentWidth, height }, paint: (painter: Painter) => paintBlockLabel(painter, BLOCK_LABELS[line.block], height) })
  )
}

function headerRow(columns: HeaderColumn[], g: Geometry): ReactElement {
  const height = TABLE.headerHeight - 1
  return h(View, { style: s.headerRow }, h(Canvas, { style: { width: g.contentWidth, height }, paint: (painter: Painter) => paintHeader(painter, columns, height) }))
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
  const header = headerRow(
    [
      { width: cols.name, lines: [{ text: 'Exercise', bold: true }] },
      ...page.weekIndexes.map((w) => ({
        width: cols.week,
        lines: [
          { text: `Week ${w + 1}`, bold: true },
          ...(model.phases[w] && phases.length > 1 ? [{ text: model.phases[w]!, bold: false }] : []),
          ...(model.logCells ? [{ text: `log: reps × ${model.units}`, bold: false }] : [])
        ]
      }))
    ],
    g
  )
  const rowCols: RowColumns = { name: cols.name, cells: page.weekIndexes.map(() => cols.week), card: false }
  const body = page.lines.map((line, i) =>
    line.kind === 'block' ? blockRow(line, i, g) : paintedRow(line.row, page.weekIndexes.map((w) => line.row.weeks[w] ?? null), rowCols, line.height, model.logCells, g, i)
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
  const header = headerRow(
    [
      { width: cols.name, lines: [{ text: 'Exercise', bold: true }] },
      { width: cols.work, lines: [{ text: 'Today', bold: true }] },
      { width: cols.log, lines: model.logCells ? [{ text: 'What you did', bold: true }, { text: `reps × ${model.units}`, bold: false }] : [] }
    ],
    g
  )
  const rowCols: RowColumns = { name: cols.name, cells: [cols.work, cols.log], card: true }
  const body = page.lines.map((line, i) => (line.kind === 'block' ? blockRow(line, i, g) : paintedRow(line.row, [line.row.weeks[0] ?? null], rowCols, line.height, model.logCells, g, i)))
  return [
    titleBlock("Today's session", card.sessionName, [model.clientName ?? '', facts, page.continued ? 'continued' : ''].filter(Boolean).join(' · '), ''),
    h(View, { style: s.table }, header, ...body, page.notes ? notesRow([cols.name, cols.work + cols.log]) : null),
    ...legend(page.legend)
  ]
}
