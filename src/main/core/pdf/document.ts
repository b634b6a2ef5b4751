import { createElement as h, type ReactElement } from 'react'
import { Document, Page, Text, View, renderToBuffer } from '@react-pdf/renderer'
import { loadFontMetrics, printable } from './fonts'
import { geometry, layoutPlan, type LaidOutPage } from './layout'
import { footerName, type PlanModel } from './model'
import { coverPage, guidesPage, overviewPage, safetyPage } from './pages'
import { s } from './styles'
import { progressInPlan } from './progress-document'
import { cardPage, sessionPage } from './tables'

// The printed plan from its model: our layout decides the pages, react-pdf draws them. The same code
// runs for the app, the harness and the command line (inside a worker thread, see worker-pool.ts).

function pageContent(page: LaidOutPage, model: PlanModel): (ReactElement | null)[] {
  const g = geometry(model.paper)
  switch (page.kind) {
    case 'cover':
      return coverPage(model)
    case 'overview':
      return overviewPage(page, model)
    case 'session':
      return sessionPage(page, model, g)
    case 'card':
      return cardPage(page, model, g)
    case 'guides':
      return guidesPage(page, g.contentWidth)
    case 'safety':
      return safetyPage(model)
  }
}

/**
 * `dynamicNumbers`: page numbers worked out by react-pdf after it lays out (a second layout pass over
 * every page, so slow). Our layout knows the page count, so the first attempt prints them directly.
 */
export function planDocument(model: PlanModel, pages: LaidOutPage[], dynamicNumbers = false): ReactElement {
  const g = geometry(model.paper)
  const footer = `${footerName(model)}  ·  ${model.programName}`
  const footerView = () =>
    h(
      View,
      { style: s.footer, fixed: true },
      h(Text, { style: s.footerLeft }, footer),
      h(Text, { style: s.footerText, render: ({ pageNumber, totalPages }: { pageNumber: number; totalPages: number }) => `Page ${pageNumber} of ${totalPages}` })
    )
  const drawn = pages.map((page, i) =>
      h(
        Page,
        { key: i, size: { width: g.width, height: g.height }, style: s.page },
        ...pageContent(page, model),
        dynamicNumbers || model.progress
          ? footerView()
          : h(View, { style: s.footer, fixed: true }, h(Text, { style: s.footerLeft }, footer), h(Text, { style: s.footerText }, `Page ${i + 1} of ${pages.length}`))
      )
  )
  if (model.progress) {
    // The progress pages flow (react-pdf cuts them), so the numbers are counted after layout.
    const progressPage = h(Page, { key: 'progress', size: { width: g.width, height: g.height }, style: s.page, wrap: true }, ...progressInPlan(model.progress, g.contentWidth), footerView())
    drawn.splice(pages.at(-1)?.kind === 'safety' ? drawn.length - 1 : drawn.length, 0, progressPage)
  }
  return h(
    Document,
    { title: `${footerName(model)} – ${model.programName}`, author: model.trainer.name || model.trainer.business || 'Spotter', creator: 'Spotter', producer: 'Spotter' },
    ...drawn
  )
}

export interface RenderedPlan {
  pdf: Buffer
  pages: number
}

/** Lays out and draws the plan; `step` reports each stage (for the progress bar). */
/** Every string of the model through printable(); pictures (base64) pass untouched. */
function printableModel<T>(value: T, key = ''): T {
  if (typeof value === 'string') return (key === 'dataBase64' ? value : printable(value)) as T
  if (Array.isArray(value)) return value.map((v) => printableModel(v)) as T
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, printableModel(v, k)])) as T
  return value
}

export async function renderPlan(source: PlanModel, step: (label: string) => void = () => {}): Promise<RenderedPlan> {
  await loadFontMetrics()
  const model = printableModel(source)
  step('Laying out the pages')
  const pages = layoutPlan(model)
  step(`Drawing ${pages.length} pages`)
  type DocumentElement = Parameters<typeof renderToBuffer>[0]
  let pdf = await renderToBuffer(planDocument(model, pages) as DocumentElement)
  if (!model.progress && countPages(pdf) !== pages.length) {
    // Something ran longer than our layout planned and react-pdf carried it onto an extra page: the
    // printed numbers would be off, so draw again with numbers counted by react-pdf itself.
    step('Numbering the pages again')
    pdf = await renderToBuffer(planDocument(model, pages, true) as DocumentElement)
  }
  return { pdf, pages: countPages(pdf) }
}

/** Pages in the file as written (react-pdf may add one if a page overflowed our estimate). */
export function countPages(pdf: Buffer): number {
  const match = /\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/.exec(pdf.toString('latin1'))
  return match ? Number(match[1]) : (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length
}
