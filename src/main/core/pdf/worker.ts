import { parentPort } from 'node:worker_threads'
import type { PlanModel } from './model'
import type { ProgressReportModel } from './progress-data'

// React's development build is several times slower; this thread only ever draws plans.
process.env.NODE_ENV ??= 'production'
const { renderPlan } = await import('./document')
const { renderProgressReport } = await import('./progress-document')
const { loadFontMetrics } = await import('./fonts')

// The worker thread that draws plans, so the main process (and with it the app's window) stays
// responsive. One request at a time; the pool in worker-pool.ts queues the rest.

/** model null: load the code and fonts now (the export dialog opened), so the export starts warm. */
export type WorkerRequest = { id: number; model: PlanModel | ProgressReportModel | null }
export type WorkerReply =
  | { id: number; type: 'progress'; label: string }
  | { id: number; type: 'done'; pdf: Uint8Array; pages: number; peakRss: number }
  | { id: number; type: 'error'; message: string }

const port = parentPort
if (port) {
  port.on('message', async ({ id, model }: WorkerRequest) => {
    if (!model) return void loadFontMetrics().catch(() => undefined)
    let peakRss = process.memoryUsage.rss()
    const sample = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 25)
    try {
      const step = (label: string) => port.postMessage({ id, type: 'progress', label } satisfies WorkerReply)
      const { pdf, pages } = 'kind' in model ? await renderProgressReport(model, step) : await renderPlan(model, step)
      peakRss = Math.max(peakRss, process.memoryUsage.rss())
      const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      port.postMessage({ id, type: 'done', pdf: bytes, pages, peakRss } satisfies WorkerReply)
    } catch (error) {
      port.postMessage({ id, type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply)
    } finally {
      clearInterval(sample)
    }
  })
}
