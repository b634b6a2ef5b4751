import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { BackupKind } from '../../../shared/data-safety'
import { newGate, openGate, startJob } from './sqlite-worker'
import { backupFileName } from './files'

/** Pages copied per step when the backup runs on the core's own thread; between steps other work runs. */
const PAGES_PER_STEP = 1024
/** Pages per step on a worker (16 MB of 4 KB pages): a progress report each step, little overhead. */
const WORKER_PAGES_PER_STEP = 4096

export interface MadeBackup {
  path: string
  fileName: string
}

/** The same backup on the core's thread (where no worker can load SQLite): copy in steps, then check. */
async function backupHere(db: Database.Database, target: string, onProgress?: (done: number, total: number) => void): Promise<string> {
  await db.backup(target, {
    progress({ totalPages, remainingPages }) {
      onProgress?.(totalPages - remainingPages, totalPages)
      return PAGES_PER_STEP
    }
  })
  const copy = new Database(target, { fileMustExist: true })
  try {
    copy.pragma('journal_mode = DELETE')
    return String(copy.pragma('quick_check', { simple: true }))
  } finally {
    copy.close()
  }
}

/**
 * The backup on worker threads: one copies the live file with the online backup API while another runs
 * quick_check over the very same snapshot of the live file (both pin it together, see openGate), so the
 * check costs no time after the copy on a machine with two cores. The copy holds exactly the checked
 * pages (the backup API copies pages verbatim); its own file is then checked for a complete page count
 * and a sound schema tree. When the two could not pin together, the whole copy is checked after it.
 * Answers quick_check's result ("ok" or what it found), null when no worker could run.
 */
async function backupOnWorkers(source: string, target: string, onProgress?: (done: number, total: number) => void): Promise<string | null> {
  const gate = newGate()
  let total = 0
  const copy = startJob<{ pages: number; result: string }>('copy', { source, target, pagesPerStep: WORKER_PAGES_PER_STEP, check: 'schema' }, {
    gate,
    onProgress(done, pages) {
      total = pages
      onProgress?.(done, pages)
    },
    // SQLite reports before each step, not after the last: the copy is whole (the check may go on).
    onCopied: () => onProgress?.(total, total)
  })
  const check = startJob<{ result: string }>('check', { file: source }, { gate })
  const bothReady = Promise.all([copy.ready, check.ready]).then(() => true)
  const eitherEnded = Promise.race([copy.answer, check.answer]).then(
    () => false,
    () => false
  )
  // openGate always lets a waiting copy go on, even when the check is not there to pin with it.
  const together = (await Promise.race([bothReady, eitherEnded])) && openGate(gate, 2)
  if (!together) {
    openGate(gate, 0, 0)
    check.stop()
  }
  let copied: { pages: number; result: string } | null
  try {
    copied = await copy.answer
  } catch (error) {
    check.stop()
    throw error
  }
  if (copied === null) {
    check.stop()
    return null
  }
  if (total > 0 && copied.pages !== total) return `the copy has ${copied.pages} of ${total} pages`
  if (copied.result !== 'ok') return copied.result
  if (together) {
    const checked = await check.answer
    if (checked) return checked.result
  }
  const whole = await startJob<{ result: string }>('check', { file: target }).answer
  return whole ? whole.result : checkHere(target)
}

function checkHere(file: string): string {
  const copy = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return String(copy.pragma('quick_check', { simple: true }))
  } finally {
    copy.close()
  }
}

function removePartial(partial: string): void {
  for (const f of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true })
}

/**
 * Writes a backup with SQLite's online backup API (the live store stays usable while pages are
 * copied), checks it with quick_check, and only then gives it its final name: a backup cut short by
 * a crash or a full disk is never listed.
 */
export async function writeBackup(
  db: Database.Database,
  folder: string,
  kind: BackupKind,
  onProgress?: (done: number, total: number) => void
): Promise<MadeBackup> {
  // Backups hold health records: readable by the trainer's account only (where the system has such modes).
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  let at = new Date()
  let fileName = backupFileName(kind, at)
  // Two backups in the same millisecond get distinct names.
  while (existsSync(join(folder, fileName))) {
    at = new Date(at.getTime() + 1)
    fileName = backupFileName(kind, at)
  }
  const path = join(folder, fileName)
  const partial = `${path}.partial`
  try {
    let result = await backupOnWorkers(db.name, partial, onProgress)
    if (result === null) {
      removePartial(partial)
      result = await backupHere(db, partial, onProgress)
    }
    if (result !== 'ok') throw new Error(`the copy failed its check (${result})`)
    try {
      chmodSync(partial, 0o600)
    } catch {
      // Not every file system has modes; the folder's protection still applies.
    }
    renameSync(partial, path)
    return { path, fileName }
  } catch (error) {
    removePartial(partial)
    throw error
  }
}

const STALE_MS = 60 * 60 * 1000

/**
 * Leftovers of work cut short by a crash: backups that never got their final name and work folders of
 * a restore or import. Only those older than an hour go (another process may be using newer ones).
 */
export function removeLeftovers(dataDir: string, backupFolder: string): void {
  const old = (path: string) => {
    try {
      return Date.now() - statSync(path).mtimeMs > STALE_MS
    } catch {
      return false
    }
  }
  const list = (dir: string) => {
    try {
      return readdirSync(dir)
    } catch {
      return []
    }
  }
  for (const name of list(backupFolder)) {
    const path = join(backupFolder, name)
    if (/\.db\.partial(-journal|-wal|-shm)?$/.test(name) && old(path)) rmSync(path, { force: true })
  }
  for (const name of list(dataDir)) {
    const path = join(dataDir, name)
    if (name.startsWith('.work-') && old(path)) rmSync(path, { recursive: true, force: true })
  }
}
