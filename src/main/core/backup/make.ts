import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import type { BackupKind } from '../../../shared/data-safety'
import { checkBackupFile } from './check'
import { backupFileName } from './files'

/** Pages copied per step of the online backup; between steps the event loop runs other work. */
const PAGES_PER_STEP = 1024

export interface MadeBackup {
  path: string
  fileName: string
}

/**
 * Writes a backup with SQLite's online backup API (the live store stays usable while pages are
 * copied), checks the copy with quick_check, and only then gives it its final name: a backup cut
 * short by a crash or a full disk is never listed.
 */
export async function writeBackup(
  db: Database.Database,
  folder: string,
  kind: BackupKind,
  onProgress?: (done: number, total: number) => void
): Promise<MadeBackup> {
  mkdirSync(folder, { recursive: true })
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
    await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        onProgress?.(totalPages - remainingPages, totalPages)
        return PAGES_PER_STEP
      }
    })
    // A backup is one self-contained file (no -wal beside it), checked page by page off the core's thread.
    const result = await checkBackupFile(partial)
    if (result !== 'ok') throw new Error(`the copy failed its check (${result})`)
    renameSync(partial, path)
    return { path, fileName }
  } catch (error) {
    for (const f of [partial, `${partial}-journal`, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true })
    throw error
  }
}
