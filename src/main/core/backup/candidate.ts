import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { isMethodName, type MethodName } from '../../../shared/api'
import type { StoreCounts } from '../../../shared/data-safety'
import { DATABASE_FILE, markChecked } from '../db/open'
import { loadMigrations } from '../db/migrations'
import { StoreOpenError } from '../errors'
import type { Core } from '../index'
import { badFile, fileFailure, mustBeFile } from './fs-errors'
import { startJob } from './sqlite-worker'
import { countsOf } from './tables'
import { clientProblem } from '../transfer/checks'

// A file about to replace the live data is first copied into a work folder and opened there by a
// real core: checked (header, quick_check, schema), migrated forward if it is older, and every record
// read back through the contract. Only a copy that passes all of that is ever put in place.

export type OpenCore = (dataDir: string) => Core

export interface Candidate {
  /** The checked copy, at the current schema version, closed and ready to attach. */
  file: string
  /** Schema version of the chosen file before any upgrade. */
  schemaVersion: number
  counts: StoreCounts
  dispose(): void
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1')

/** A work folder beside the data (never the shared temp folder: these are health records). */
export function workFolder(dataDir: string): string {
  return mkdtempSync(join(dataDir, '.work-'))
}

function problemMessage(error: StoreOpenError, source: string, latest: number, version: number): string {
  switch (error.problem) {
    case 'empty_file':
      return `${source} is empty (0 bytes), so there is nothing in it to restore.`
    case 'not_sqlite':
      return `${source} is not a Spotter data file or backup.`
    case 'foreign':
      return `${source} is a database of another program, not a Spotter backup.`
    case 'newer_version':
      return `${source} was made by a newer version of Spotter (schema ${version}; this app knows up to ${latest}). Update Spotter to use it.`
    case 'migration_edited':
      return `${source} was built with a different version of Spotter's upgrade steps, so it cannot be trusted.`
    case 'migration_failed': {
      const detail = /this version \((.*)\)\. /.exec(error.message)?.[1]
      return `${source} could not be upgraded to this version of Spotter${detail ? ` (${detail})` : ''}.`
    }
    default: {
      const detail = /\((.*)\)\. It has not/.exec(error.message)?.[1]
      return `${source} is damaged and cannot be used${detail ? ` (${detail})` : ''}.`
    }
  }
}

// Records read back through the contract: whatever the UI would later fail to show is refused now.
// Logs can number tens of thousands: the newest ones are read back (SQLite's own checks cover the rest).
const READ_BACK: [table: string, method: string, what: string, limit: number][] = [
  ['clients', 'clients.get', 'client', Infinity],
  ['exercises', 'exercises.get', 'exercise', Infinity],
  ['programs', 'programs.get', 'program', Infinity],
  ['session_logs', 'logs.get', 'session log', 2000]
]

/** The longest the read-back holds the core's thread before letting other calls in. */
const YIELD_AFTER_MS = 8

async function readBack(core: Core, source: string): Promise<void> {
  const db = core.context.db
  for (const [table, method, what, limit] of READ_BACK) {
    if (!isMethodName(method)) continue
    const exists = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table)
    if (!exists) continue
    const ids = db.prepare(`SELECT id FROM "${table}" ORDER BY rowid DESC ${Number.isFinite(limit) ? `LIMIT ${limit}` : ''}`).pluck().all() as string[]
    let since = performance.now()
    for (const id of ids) {
      // Let the live core answer in between: reading back thousands of records takes a while.
      if (performance.now() - since > YIELD_AFTER_MS) {
        await new Promise((resolve) => setImmediate(resolve))
        since = performance.now()
      }
      const answer = await core.call(method as MethodName, { id })
      if (!answer.ok) throw badFile(`${source} holds a ${what} that cannot be read (${answer.error.message}), so it was not used.`)
      const problem = method === 'clients.get' ? clientProblem(answer.value as Record<string, unknown>) : null
      if (problem) throw badFile(`${source} holds a client record Spotter would not accept (${problem}), so it was not used.`)
    }
  }
}

function headerOf(file: string): Buffer {
  const head = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  return head
}

/**
 * quick_check of the copy on a worker thread (a big store takes seconds), after which the core that
 * opens it does not check it again. Without a worker, that core's own open-time check does the work.
 */
async function checkOffThread(copy: string, source: string, field: string): Promise<void> {
  let checked: { result: string } | null
  try {
    checked = await startJob<{ result: string }>('check', { file: copy }).answer
  } catch (error) {
    throw badFile(`${source} is damaged and cannot be used (${error instanceof Error ? error.message : String(error)}).`, field)
  }
  if (!checked) return
  if (checked.result !== 'ok') throw badFile(`${source} is damaged and cannot be used (integrity check: ${checked.result}).`, field)
  markChecked(copy)
}

export async function prepareCandidate(file: string, dataDir: string, openCore: OpenCore, field = 'path', label = file): Promise<Candidate> {
  const source = label
  const size = mustBeFile(file, field)
  if (size === 0) throw badFile(`${source} is empty (0 bytes), so there is nothing in it to restore.`, field)
  let header: Buffer
  try {
    header = headerOf(file)
  } catch (error) {
    fileFailure(error, source, 'read', field)
  }
  if (!header.equals(SQLITE_HEADER)) throw badFile(`${source} is not a Spotter data file or backup.`, field)

  const dir = workFolder(dataDir)
  const dispose = () => rmSync(dir, { recursive: true, force: true })
  try {
    const copy = join(dir, DATABASE_FILE)
    try {
      // Copied off the core's thread (a store can be hundreds of MB).
      await copyFile(file, copy)
      if (existsSync(`${file}-wal`)) await copyFile(`${file}-wal`, `${copy}-wal`)
    } catch (error) {
      fileFailure(error, source, 'read', field)
    }
    const latest = loadMigrations().length
    let version = 0
    try {
      const peek = new Database(copy, { fileMustExist: true })
      try {
        version = peek.pragma('user_version', { simple: true }) as number
      } finally {
        peek.close()
      }
    } catch (error) {
      throw badFile(`${source} is damaged and cannot be used (${error instanceof Error ? error.message : String(error)}).`, field)
    }
    if (version === 0) throw badFile(`${source} is not a Spotter data file or backup (it holds no Spotter data).`, field)
    await checkOffThread(copy, source, field)

    let core: Core
    try {
      core = openCore(dir)
    } catch (error) {
      if (error instanceof StoreOpenError) throw badFile(problemMessage(error, source, latest, version), field)
      throw error
    }
    try {
      await readBack(core, source)
      const counts = countsOf(core.context.db)
      return { file: copy, schemaVersion: version, counts, dispose }
    } finally {
      core.close()
    }
  } catch (error) {
    dispose()
    throw error
  }
}
