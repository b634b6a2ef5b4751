import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

// A backup is made on a worker thread: its own read-only connection copies the live file with SQLite's
// online backup API (a consistent snapshot; the core keeps reading and writing meanwhile), makes the
// copy one self-contained file and checks every page (quick_check). The core's thread only relays
// progress, so even a store of a million logged sets never holds it. Where a worker cannot load the
// SQLite module (answer null), the caller does the same work on its own thread.

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
;(async () => {
  try {
    const source = new Database(workerData.source, { readonly: true, fileMustExist: true })
    // Reading through a memory map spares a copy of every page (about a third of the time on big stores).
    source.pragma('mmap_size = ' + workerData.mmap)
    try {
      await source.backup(workerData.target, {
        progress({ totalPages, remainingPages }) {
          parentPort.postMessage({ done: totalPages - remainingPages, total: totalPages })
          return workerData.pagesPerStep
        }
      })
    } finally {
      source.close()
    }
    parentPort.postMessage({ copied: true })
    const copy = new Database(workerData.target, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
      copy.pragma('mmap_size = ' + workerData.mmap)
      parentPort.postMessage({ result: String(copy.pragma('quick_check', { simple: true })) })
    } finally {
      copy.close()
    }
  } catch (error) {
    parentPort.postMessage({ failed: String((error && error.message) || error) })
  }
})()
`

function sqliteModulePath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3')
  } catch {
    return null
  }
}

type WorkerAnswer = { done: number; total: number } | { copied: true } | { result: string } | { failed: string }

/**
 * Copies `source` to `target` and checks the copy on a worker thread. Answers quick_check's result
 * ("ok" or what it found), null when no worker could run it; rejects when the copy failed.
 */
export function backupOnWorker(source: string, target: string, onProgress?: (done: number, total: number) => void): Promise<string | null> {
  const module = sqliteModulePath()
  if (!module) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      fn()
    }
    let worker: Worker
    try {
      worker = new Worker(WORKER, { eval: true, workerData: { source, target, module, pagesPerStep: 4096, mmap: 1024 * 1024 * 1024 } })
    } catch {
      resolve(null)
      return
    }
    let total = 0
    worker.on('message', (answer: WorkerAnswer) => {
      if ('done' in answer) {
        total = answer.total
        onProgress?.(answer.done, answer.total)
      } else if ('copied' in answer) onProgress?.(total, total)
      else if ('result' in answer) settle(() => resolve(answer.result))
      else settle(() => reject(new Error(answer.failed)))
    })
    worker.once('error', () => settle(() => resolve(null)))
    worker.once('exit', () => settle(() => resolve(null)))
  })
}
