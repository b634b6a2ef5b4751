import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

// The long SQLite work of backups and restores runs on worker threads, each with its own connection,
// so the core's thread only relays progress: copying or checking a store of a million logged sets never
// holds it. The worker is plain JS evaluated from this string (it needs nothing but better-sqlite3, so it
// runs the same in Electron, the harness and the tests). Files are read through the page cache, not a
// memory map: a map would count the whole file in the process's resident memory.

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const post = (message) => parentPort.postMessage(message)
const gate = workerData.gate ? new Int32Array(workerData.gate) : null

// Opens a read transaction: the connection keeps this snapshot until COMMIT, whatever the core writes.
function pin(db) {
  db.exec('BEGIN')
  db.prepare('SELECT count(*) FROM sqlite_schema').get()
}

// Snapshots shared with another worker: wait for the core's "pin now" (gate[0] = 1), pin, count in (gate[1]).
function pinTogether(db) {
  if (!gate) return pin(db)
  post({ ready: true })
  Atomics.wait(gate, 0, 0)
  pin(db)
  Atomics.add(gate, 1, 1)
  Atomics.notify(gate, 1)
}

function copyPages(source, target, pagesPerStep) {
  return source.backup(target, {
    progress({ totalPages, remainingPages }) {
      post({ done: totalPages - remainingPages, total: totalPages })
      return pagesPerStep
    }
  })
}

// Each page is read once: a small page cache does as well as a big one and keeps memory down.
function quickCheck(db) {
  db.pragma('cache_size = -2000')
  return String(db.pragma('quick_check', { simple: true }))
}

// Every object of the schema but SQLite's own, as text to compare.
const schemaOf = (db) => JSON.stringify(db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").all())

const jobs = {
  // The online backup API under one pinned snapshot, then made one self-contained file (no -wal).
  async copy({ source, target, pagesPerStep, check }) {
    const db = new Database(source, { readonly: true, fileMustExist: true })
    try {
      pinTogether(db)
      await copyPages(db, target, pagesPerStep)
      db.exec('COMMIT')
    } finally {
      db.close()
    }
    post({ copied: true })
    const copy = new Database(target, { fileMustExist: true })
    try {
      copy.pragma('journal_mode = DELETE')
      const pages = copy.pragma('page_count', { simple: true })
      // The structure of what was written: every page (quick_check), or only the schema's tree when
      // the same snapshot is checked whole alongside (see backupOnWorkers).
      return { pages, result: check === 'whole' ? quickCheck(copy) : String(copy.pragma('quick_check(sqlite_schema)', { simple: true })) }
    } finally {
      copy.close()
    }
  },
  // quick_check of a file, read-only (pinned together with a copy of the same snapshot when gated).
  check({ file }) {
    const db = new Database(file, { readonly: true, fileMustExist: true })
    try {
      pinTogether(db)
      const result = quickCheck(db)
      db.exec('COMMIT')
      return { result }
    } finally {
      db.close()
    }
  },
  // A store to be upgraded, off the core's thread: quick_check read-only first (a damaged file is never
  // written to), then every pending migration in ONE transaction (the script from migrations.ts), with
  // the pragmas the core opens with. A failed migration rolls back and leaves the file as it was.
  upgrade({ file, script }) {
    const reader = new Database(file, { readonly: true, fileMustExist: true })
    let result
    try {
      result = quickCheck(reader)
    } finally {
      reader.close()
    }
    if (result !== 'ok') return { result }
    const db = new Database(file, { fileMustExist: true })
    try {
      db.pragma('journal_mode = WAL')
      db.pragma('synchronous = FULL')
      db.pragma('foreign_keys = ON')
      db.pragma('busy_timeout = 5000')
      try {
        db.transaction(() => db.exec(script))()
      } catch (error) {
        return { result, migrationFailed: String((error && error.message) || error) }
      }
      return { result }
    } finally {
      db.close()
    }
  },
  // Whether a checked candidate can be copied page for page over the live file: same page size, the
  // very same schema (a file must not bring triggers or views of its own), and no dangling reference.
  conform({ candidate, live }) {
    const db = new Database(candidate, { readonly: true, fileMustExist: true })
    const target = new Database(live, { readonly: true, fileMustExist: true })
    try {
      if (db.pragma('page_size', { simple: true }) !== target.pragma('page_size', { simple: true })) return { unlike: 'page size' }
      if (schemaOf(db) !== schemaOf(target)) return { unlike: 'schema' }
      return { broken: db.pragma('foreign_key_check').length }
    } finally {
      target.close()
      db.close()
    }
  },
  // A candidate's search indexes emptied the quick way: each full-text table dropped and made again from
  // the live file's own definition (emptying one row by row takes a third of a second for 5,000 clients;
  // dropping never reads what a crafted file put in it). The core's thread then fills them from the rows.
  clearSearch({ candidate, live }) {
    const target = new Database(live, { readonly: true, fileMustExist: true })
    let tables
    try {
      tables = target.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'").all()
    } finally {
      target.close()
    }
    const db = new Database(candidate, { fileMustExist: true })
    try {
      db.transaction(() => {
        for (const { name, sql } of tables) {
          db.exec('DROP TABLE IF EXISTS "' + name.replace(/"/g, '""') + '"')
          db.exec(sql)
        }
      })()
      return { tables: tables.length }
    } finally {
      db.close()
    }
  },
  // The candidate's pages written over the live file in ONE write transaction (all or nothing; the core's
  // connection stays open and sees the new data at its next read), then the WAL's space given back.
  async copyInto({ candidate, live, pagesPerStep }) {
    const db = new Database(candidate, { readonly: true, fileMustExist: true })
    try {
      await copyPages(db, live, pagesPerStep)
    } finally {
      db.close()
    }
    const conn = new Database(live, { fileMustExist: true })
    try {
      conn.pragma('busy_timeout = 5000')
      conn.pragma('wal_checkpoint(PASSIVE)')
      conn.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      conn.close()
    }
    return { result: 'ok' }
  }
}

;(async () => {
  try {
    post({ answer: await jobs[workerData.job](workerData.input) })
  } catch (error) {
    post({ failed: String((error && error.message) || error) })
  }
})()
`

export type SqliteJob = 'copy' | 'check' | 'conform' | 'clearSearch' | 'copyInto' | 'upgrade'

function sqliteModulePath(): string | null {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3')
  } catch {
    return null
  }
}

type WorkerMessage = { done: number; total: number } | { copied: true } | { ready: true } | { answer: unknown } | { failed: string }

export interface JobHandle<T> {
  /** The job's answer; null when no worker could run it (the caller does the work itself); rejects with SQLite's message. */
  answer: Promise<T | null>
  /** Resolves once the worker has opened its connection and waits at the gate (gated jobs only). */
  ready: Promise<void>
  stop(): void
}

export interface JobOptions {
  onProgress?(done: number, total: number): void
  onCopied?(): void
  /** Shared gate: the job pins its snapshot only when the core opens the gate (see pinTogether). */
  gate?: SharedArrayBuffer
}

/** Starts a job on a worker thread of its own. */
export function startJob<T>(job: SqliteJob, input: Record<string, unknown>, options: JobOptions = {}): JobHandle<T> {
  const module = sqliteModulePath()
  let markReady: () => void = () => {}
  const ready = new Promise<void>((resolve) => (markReady = resolve))
  if (!module) return { answer: Promise.resolve(null), ready, stop() {} }
  let worker: Worker | undefined
  const answer = new Promise<T | null>((resolve, reject) => {
    let settled = false
    const settle = (fn: () => void) => {
      if (settled) return
      settled = true
      fn()
    }
    try {
      worker = new Worker(WORKER, { eval: true, workerData: { job, input, module, gate: options.gate } })
    } catch {
      resolve(null)
      return
    }
    worker.on('message', (message: WorkerMessage) => {
      if ('done' in message) options.onProgress?.(message.done, message.total)
      else if ('copied' in message) options.onCopied?.()
      else if ('ready' in message) markReady()
      else if ('answer' in message) settle(() => resolve(message.answer as T))
      else settle(() => reject(new Error(message.failed)))
    })
    worker.once('error', () => settle(() => resolve(null)))
    worker.once('exit', () => settle(() => resolve(null)))
  })
  return { answer, ready, stop: () => void worker?.terminate() }
}

/** A gate for jobs that must read one and the same snapshot. */
export function newGate(): SharedArrayBuffer {
  return new SharedArrayBuffer(8)
}

/**
 * Lets the gated jobs pin their snapshots, and waits (synchronously: no core call can commit meanwhile,
 * and the core's thread is the only writer) until `count` of them have. Each pin is one BEGIN and one
 * read, so the wait is a millisecond or so. Answers false if they did not all pin within the limit (a
 * busy machine): the caller then does not rely on their snapshots being the same.
 */
export function openGate(gate: SharedArrayBuffer, count: number, limitMs = 20): boolean {
  const cells = new Int32Array(gate)
  Atomics.store(cells, 0, 1)
  Atomics.notify(cells, 0)
  const deadline = performance.now() + limitMs
  let canWait = true
  for (;;) {
    const pinned = Atomics.load(cells, 1)
    if (pinned >= count) return true
    const left = deadline - performance.now()
    if (left <= 0) return false
    if (!canWait) continue
    try {
      Atomics.wait(cells, 1, pinned, left)
    } catch {
      // A host that forbids blocking waits on this thread: look again until the (short) limit instead.
      canWait = false
    }
  }
}
