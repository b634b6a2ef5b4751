import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import Database from 'better-sqlite3'

// The check of a fresh backup (quick_check reads every page) runs on a worker thread, so a large store
// does not hold the core's thread for a second or more; where a worker cannot load the SQLite module,
// the check runs here instead.

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
let answer
try {
  const db = new Database(workerData.file, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
    answer = { result: String(db.pragma('quick_check', { simple: true })) }
  } finally {
    db.close()
  }
} catch (error) {
  answer = { failed: String((error && error.message) || error) }
}
parentPort.postMessage(answer)
`

/** Makes the backup one self-contained file (no -wal) and runs quick_check on it, here. */
function checkHere(file: string): string {
  const db = new Database(file, { fileMustExist: true })
  try {
    db.pragma('journal_mode = DELETE')
    return String(db.pragma('quick_check', { simple: true }))
  } finally {
    db.close()
  }
}

function sqliteModulePath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3')
  } catch {
    return null
  }
}

/** "ok", or what quick_check found; rejects when the file cannot be opened at all. */
export function checkBackupFile(file: string): Promise<string> {
  const module = sqliteModulePath()
  if (!module) return Promise.resolve(checkHere(file))
  return new Promise((resolve, reject) => {
    let settled = false
    const fallback = () => {
      if (settled) return
      settled = true
      try {
        resolve(checkHere(file))
      } catch (error) {
        reject(error)
      }
    }
    let worker: Worker
    try {
      worker = new Worker(WORKER, { eval: true, workerData: { file, module } })
    } catch {
      fallback()
      return
    }
    worker.once('message', (answer: { result?: string; failed?: string }) => {
      if (settled) return
      settled = true
      if (answer.result !== undefined) resolve(answer.result)
      else reject(new Error(answer.failed ?? 'the check failed'))
    })
    worker.once('error', fallback)
    worker.once('exit', (code) => {
      if (code !== 0) fallback()
    })
  })
}
