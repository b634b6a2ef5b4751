import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { PlanModel } from './model'
import type { ProgressReportModel } from './progress-data'
import type { WorkerReply } from './worker'

// Runs renderPlan in a worker thread. Where the worker's code lives depends on the entry point:
// - Electron's build (electron-vite): out/main/pdf-worker.js, a second entry of the main bundle;
// - TS sources (tsx CLI, vitest, the harness under Playwright): worker.ts, loaded through tsx.
// If neither is found (or SPOTTER_PDF_IN_THREAD=1), it renders in the calling thread: same document code.

const IDLE_MS = 60_000

interface Entry {
  url: URL
  execArgv: string[]
}

function workerEntry(): Entry | null {
  if (process.env.SPOTTER_PDF_IN_THREAD === '1') return null
  for (const rel of ['./pdf-worker.js', '../pdf-worker.js']) {
    const url = new URL(rel, import.meta.url)
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return { url, execArgv: [] }
  }
  const source = new URL('./worker.ts', import.meta.url)
  if (source.protocol === 'file:' && existsSync(fileURLToPath(source))) return { url: source, execArgv: ['--import', 'tsx'] }
  return null
}

export interface RenderResult {
  pdf: Buffer
  pages: number
  /** Resident memory of the process at its highest during the render. */
  peakRss: number
  where: 'worker' | 'in-thread'
}

export interface PlanRenderer {
  /** The plan, or a progress report (same worker, fonts and styles). */
  render(model: PlanModel | ProgressReportModel, step: (label: string) => void): Promise<RenderResult>
  /** Starts the worker and loads fonts ahead of an export (e.g. while the save dialog is open). */
  warm(): void
  close(): void
}

/** One warm worker, reused between exports and stopped after a minute idle or when the core closes. */
export function createPlanRenderer(): PlanRenderer {
  const entry = workerEntry()
  let worker: Worker | null = null
  let idle: NodeJS.Timeout | null = null
  let nextId = 1
  let queue: Promise<unknown> = Promise.resolve()

  function stop(): void {
    if (idle) clearTimeout(idle)
    idle = null
    void worker?.terminate()
    worker = null
  }

  function start(): Worker {
    if (!worker) {
      // A small young generation keeps the worker's memory down (bench: +118 MB with 16 MB, +165 MB with
      // 64 MB, same speed since the tables are painted); the old-generation cap stops a runaway render.
      const started = new Worker(entry!.url, { execArgv: entry!.execArgv, resourceLimits: { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 } })
      started.unref()
      started.on('error', () => {
        if (worker === started) worker = null
      })
      started.on('exit', () => {
        if (worker === started) worker = null
      })
      worker = started
    }
    return worker
  }

  function runInWorker(model: PlanModel | ProgressReportModel, step: (label: string) => void): Promise<RenderResult> {
    if (idle) clearTimeout(idle)
    const w = start()
    const id = nextId++
    return new Promise<RenderResult>((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return
        if (reply.type === 'progress') return step(reply.label)
        cleanup()
        if (reply.type === 'done') resolve({ pdf: Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength), pages: reply.pages, peakRss: reply.peakRss, where: 'worker' })
        else reject(new Error(reply.message))
      }
      const onError = (error: Error) => {
        cleanup()
        stop()
        reject(error)
      }
      const onExit = (code: number) => {
        cleanup()
        if (worker === w) worker = null
        reject(new Error(`The PDF worker stopped (exit code ${code})`))
      }
      const cleanup = () => {
        w.off('message', onMessage)
        w.off('error', onError)
        w.off('exit', onExit)
        idle = setTimeout(stop, IDLE_MS)
        idle.unref()
      }
      w.on('message', onMessage)
      w.on('error', onError)
      w.on('exit', onExit)
      w.postMessage({ id, model })
    })
  }

  async function runInThread(model: PlanModel | ProgressReportModel, step: (label: string) => void): Promise<RenderResult> {
    let peakRss = process.memoryUsage.rss()
    // Loaded on first use: react-pdf is heavy and the app's start should not pay for it.
    const { renderPlan } = await import('./document')
    const { renderProgressReport } = await import('./progress-document')
    const { pdf, pages } = 'kind' in model ? await renderProgressReport(model, step) : await renderPlan(model, step)
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
    return { pdf, pages, peakRss, where: 'in-thread' }
  }

  return {
    render(model, step) {
      // One render at a time: a second export waits for the first rather than doubling memory.
      const run = queue.then(() => (entry ? runInWorker(model, step) : runInThread(model, step)))
      queue = run.catch(() => undefined)
      return run
    },
    warm() {
      if (!entry || worker) return
      start().postMessage({ id: 0, model: null })
      idle = setTimeout(stop, IDLE_MS)
      idle.unref()
    },
    close: stop
  }
}
