import { createElement as h, type ReactElement } from 'react'
import { Circle, Document, Line, Page, Polyline, Svg, Text, View, renderToBuffer } from '@react-pdf/renderer'
import { loadFontMetrics, printable } from './fonts'
import { geometry } from './layout'
import type { ProgressReportModel, ReportChart, ReportTable } from './progress-data'
import { COLOR, s } from './styles'

// The progress report: few rows, so react-pdf flows the sections over pages itself (table rows never
// split, headings stay with what follows) and numbers the pages after layout. Same fonts and styles
// as the printed plan.

type Node = ReactElement | null

function sectionTitle(kicker: string, title: string): ReactElement {
  return h(View, { style: { marginTop: 22, marginBottom: 8 }, minPresenceAhead: 80, wrap: false }, h(Text, { style: s.kicker }, kicker), h(Text, { style: [s.pageTitle, { fontSize: 14 }] }, title))
}

function table(t: ReportTable, width: number, empty: string): ReactElement {
  if (t.rows.length === 0) return h(Text, { style: s.bodyMuted }, empty)
  const cell = (text: string, i: number, header: boolean) => {
    const col = t.columns[i]!
    const [first, ...rest] = text.split('\n')
    return h(
      View,
      { key: i, style: [s.cell, { width: width * col.share, alignItems: col.align === 'right' ? 'flex-end' : 'flex-start' }] },
      h(Text, { style: [header ? s.headerWeek : i === 0 ? s.name : s.load, { textAlign: col.align ?? 'left' }] }, first ?? ''),
      ...rest.map((line, j) => h(Text, { key: j, style: s.small }, line))
    )
  }
  return h(
    View,
    { style: s.table },
    h(View, { style: { flexDirection: 'row', borderBottomWidth: 1, borderBottomColor: COLOR.text }, fixed: false, wrap: false }, ...t.columns.map((c, i) => cell(c.title, i, true))),
    ...t.rows.map((row, r) => h(View, { key: r, style: s.row, wrap: false }, ...row.map((text, i) => cell(text, i, false))))
  )
}

function facts(items: { label: string; value: string }[], columns: number, width: number): ReactElement {
  return h(
    View,
    { style: { flexDirection: 'row', flexWrap: 'wrap', backgroundColor: COLOR.band, borderRadius: 4, paddingVertical: 8, paddingHorizontal: 10 }, wrap: false },
    ...items.map((f, i) =>
      h(View, { key: i, style: { width: (width - 20) / columns, paddingVertical: 4, paddingRight: 8 } }, h(Text, { style: s.sectionLabel }, f.label), h(Text, { style: { fontSize: 11, fontWeight: 'bold', lineHeight: 1.3 } }, f.value))
    )
  )
}

const CHART = { height: 150, left: 40, bottom: 18, top: 8, right: 10 }

function chart(c: ReportChart, width: number): ReactElement {
  const all = c.lines.flatMap((l) => l.points)
  const xs = all.map((p) => p.x)
  const ys = all.map((p) => p.y)
  const xMin = Math.min(c.xRange[0], ...xs)
  const xMax = Math.max(c.xRange[1], ...xs, xMin + 1)
  const pad = Math.max(1, (Math.max(...ys) - Math.min(...ys)) * 0.15)
  const [yMin, yMax] = [Math.floor(Math.min(...ys) - pad), Math.ceil(Math.max(...ys) + pad)]
  const plotW = width - CHART.left - CHART.right
  const plotH = CHART.height - CHART.top - CHART.bottom
  const px = (x: number) => CHART.left + ((x - xMin) / (xMax - xMin)) * plotW
  const py = (y: number) => CHART.top + (1 - (y - yMin) / (yMax - yMin)) * plotH
  const ticks = [yMin, (yMin + yMax) / 2, yMax]
  const color = (dashed: boolean) => (dashed ? COLOR.ruleStrong : COLOR.accent)
  return h(
    View,
    { style: { marginTop: 10 }, wrap: false },
    h(Text, { style: [s.sectionLabel, { marginTop: 0 }] }, `${c.title} (${c.unit})`),
    h(
      Svg,
      { width, height: CHART.height },
      ...ticks.map((t, i) => h(Line, { key: `g${i}`, x1: CHART.left, x2: width - CHART.right, y1: py(t), y2: py(t), stroke: COLOR.rule, strokeWidth: 0.5 })),
      ...ticks.map((t, i) => h(Text, { key: `t${i}`, x: CHART.left - 4, y: py(t) + 2.5, style: { fontSize: 7 }, textAnchor: 'end', fill: COLOR.muted } as never, String(Math.round(t * 10) / 10))),
      h(Text, { key: 'x0', x: CHART.left, y: CHART.height - 4, style: { fontSize: 7 }, fill: COLOR.muted } as never, c.xLabels[0]),
      h(Text, { key: 'x1', x: width - CHART.right, y: CHART.height - 4, style: { fontSize: 7 }, textAnchor: 'end', fill: COLOR.muted } as never, c.xLabels[1]),
      ...c.lines.map((l, i) =>
        h(Polyline, { key: `l${i}`, points: l.points.map((p) => `${px(p.x)},${py(p.y)}`).join(' '), fill: 'none', stroke: color(l.dashed), strokeWidth: 1.5, strokeDasharray: l.dashed ? '4 3' : undefined })
      ),
      ...c.lines.flatMap((l, i) => (l.dashed ? [] : l.points.map((p, j) => h(Circle, { key: `c${i}-${j}`, cx: px(p.x), cy: py(p.y), r: 2, fill: color(l.dashed) }))))
    ),
    h(
      View,
      { style: { flexDirection: 'row', marginTop: 2 } },
      ...c.lines.map((l, i) => h(Text, { key: i, style: [s.small, { marginRight: 14, color: color(l.dashed) }] }, `${l.dashed ? '- - -' : '——'} ${l.label}`))
    )
  )
}

function cover(model: ProgressReportModel, width: number): Node[] {
  const t = model.trainer
  const trainer = [t.name, t.business].filter(Boolean).join(', ')
  return [
    h(View, { key: 'band', style: { height: 6, backgroundColor: COLOR.accent, marginBottom: 40, marginHorizontal: -44, marginTop: -44 } }),
    h(Text, { key: 'k', style: [s.kicker, { fontSize: 10 }] }, 'Progress report for'),
    h(Text, { key: 'c', style: { fontSize: 28, fontWeight: 'bold', lineHeight: 1.15, marginBottom: 10 } }, model.clientName),
    h(Text, { key: 'p', style: { fontSize: 12, color: COLOR.muted } }, model.period),
    h(Text, { key: 'by', style: [s.bodyMuted, { marginTop: 4, marginBottom: 18 }] }, `${trainer ? `Prepared by ${trainer}, ` : 'Prepared '}${model.createdOn}${t.contact.length > 0 ? ` · ${t.contact.join(' · ')}` : ''}`),
    h(View, { key: 'facts' }, facts(model.summary, 4, width))
  ]
}

/** Everything after the cover: shared by the stand-alone report and the plan's "progress so far" pages. */
export function progressSections(model: ProgressReportModel, w: number): Node[] {
  return [
    sectionTitle('Strength', 'Each exercise'),
    h(Text, { style: [s.small, { marginBottom: 6 }] }, model.formula),
    table(model.exercises, w, 'No sessions logged in this period.'),
    sectionTitle('Training volume', 'Weekly sets per muscle group'),
    table(model.muscleGroups, w, 'No sets logged in this period.'),
    sectionTitle('Body', 'Measurements'),
    table(model.measurements, w, 'No measurements taken in this period.'),
    ...(model.weightGoal
      ? [sectionTitle('Goal', 'Weight goal: planned and actual'), facts(model.weightGoal.facts, 2, w), h(View, { style: { height: 8 } }), table(model.weightGoal.table, w, 'No weigh-ins in this period.')]
      : []),
    ...model.charts.map((c) => chart(c, w)),
    ...(model.course ? [sectionTitle('The program', 'Expected course'), h(Text, { style: [s.bodyMuted, { marginBottom: 6 }] }, model.course.title), table(model.course.table, w, '')] : []),
  ]
}

/** The plan's progress pages: a title and the summary, then the same sections as the report. */
export function progressInPlan(model: ProgressReportModel, width: number): Node[] {
  return [
    h(Text, { key: 'k', style: s.kicker }, 'Progress so far'),
    h(Text, { key: 't', style: [s.pageTitle, { marginBottom: 4 }] }, 'How training has gone'),
    h(Text, { key: 'p', style: [s.pageSubtitle, { marginBottom: 12 }] }, model.period),
    h(View, { key: 'facts' }, facts(model.summary, 4, width)),
    ...progressSections(model, width)
  ]
}

export function progressDocument(model: ProgressReportModel): ReactElement {
  const g = geometry(model.paper)
  const w = g.contentWidth
  const footerLeft = `${model.clientName}  ·  Progress report, ${model.period}`
  return h(
    Document,
    { title: `${model.clientName} – progress report`, author: model.trainer.name || model.trainer.business || 'Spotter', creator: 'Spotter', producer: 'Spotter' },
    h(
      Page,
      { size: { width: g.width, height: g.height }, style: s.page, wrap: true },
      ...cover(model, w),
      ...progressSections(model, w),
      h(
        View,
        { style: s.footer, fixed: true },
        h(Text, { style: s.footerLeft }, footerLeft),
        h(Text, { style: s.footerText, render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) => `Page ${pageNumber} of ${totalPages}` })
      )
    )
  )
}

function printableDeep<T>(value: T): T {
  if (typeof value === 'string') return printable(value) as T
  if (Array.isArray(value)) return value.map((v) => printableDeep(v)) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'dataBase64' ? v : printableDeep(v)])) as T
  return value
}

export async function renderProgressReport(source: ProgressReportModel, step: (label: string) => void = () => {}): Promise<{ pdf: Buffer; pages: number }> {
  await loadFontMetrics()
  const model = printableDeep(source)
  step('Drawing the report')
  type DocumentElement = Parameters<typeof renderToBuffer>[0]
  const pdf = await renderToBuffer(progressDocument(model) as DocumentElement)
  const { countPages } = await import('./document')
  return { pdf, pages: countPages(pdf) }
}
