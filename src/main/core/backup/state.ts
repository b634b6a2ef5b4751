import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

// Backup settings and the restore that can be undone live in a small JSON file beside the data file,
// not in it: restoring a backup must not change where backups go or forget how to undo itself, and
// the recovery screen must read them when the data file itself cannot be opened.

export const STATE_FILE = 'data-safety.json'

const BackupPrefs = z.object({
  folder: z.string().nullable().catch(null),
  automatic: z.boolean().catch(true),
  everyHours: z.int().min(1).max(168).catch(4),
  keepDaily: z.int().min(1).max(60).catch(7),
  keepWeekly: z.int().min(0).max(52).catch(4),
  keepManual: z.int().min(1).max(100).catch(10)
})
export type BackupPrefs = z.infer<typeof BackupPrefs>

const Undo = z.object({ restoredAt: z.string(), restoredFrom: z.string(), beforeRestore: z.string() })

const State = z.object({
  backups: BackupPrefs.catch(() => BackupPrefs.parse({})),
  undo: Undo.nullable().catch(null)
})
export type DataSafetyState = z.infer<typeof State>

const DEFAULT_STATE: DataSafetyState = { backups: BackupPrefs.parse({}), undo: null }

export function defaultBackupFolder(dataDir: string): string {
  return join(dataDir, 'backups')
}

export function backupFolderOf(dataDir: string, state: DataSafetyState): string {
  return state.backups.folder ?? defaultBackupFolder(dataDir)
}

/** A missing or unreadable state file reads as the defaults (it only holds preferences). */
export function readState(dataDir: string): DataSafetyState {
  const file = join(dataDir, STATE_FILE)
  if (!existsSync(file)) return structuredClone(DEFAULT_STATE)
  try {
    return State.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    return structuredClone(DEFAULT_STATE)
  }
}

/** Written to a temporary name and renamed, so a crash leaves the old file or the new one, never half. */
export function writeState(dataDir: string, state: DataSafetyState): void {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, STATE_FILE)
  const partial = `${file}.partial`
  writeFileSync(partial, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
  renameSync(partial, file)
}

export function updateState(dataDir: string, change: (state: DataSafetyState) => DataSafetyState): DataSafetyState {
  const next = change(readState(dataDir))
  writeState(dataDir, next)
  return next
}
