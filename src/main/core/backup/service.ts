import { accessSync, constants, statSync } from 'node:fs'
import { dirname } from 'node:path'
import { z } from 'zod'
import type { BackupEntry, BackupKind, BackupList, BackupPreview, BackupSettings, BackupSettingsUpdate, RestoreResult } from '../../../shared/data-safety'
import { loadMigrations } from '../db/migrations'
import type { CoreDeps } from '../deps'
import { CoreFailure } from '../errors'
import { nowIso } from '../ids'
import { prepareCandidate, type OpenCore } from './candidate'
import { backupFiles, backupsToRemove, describeBackup, removeBackups, type BackupFile } from './files'
import { mustBeFile } from './fs-errors'
import { writeBackup } from './make'
import { putInPlace, readyCandidate } from './replace'
import { backupFolderOf, defaultBackupFolder, readState, updateState, type DataSafetyState } from './state'
import { countsOf } from './tables'

export type BackupService = ReturnType<typeof createBackupService>

export function createBackupService(deps: CoreDeps, openCore: OpenCore) {
  const { dataDir, databaseFile } = deps.ctx
  // One backup or restore at a time (the timer, "Back up now" and a restore may overlap).
  let queue: Promise<unknown> = Promise.resolve()
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(work, work)
    queue = run.catch(() => undefined)
    return run
  }

  function settingsOf(state: DataSafetyState): BackupSettings {
    const { folder: _folder, ...rest } = state.backups
    return { folder: backupFolderOf(dataDir, state), defaultFolder: defaultBackupFolder(dataDir), ...rest }
  }

  function rotate(state: DataSafetyState, alsoKeep: string[] = []): void {
    const keep = new Set(alsoKeep)
    if (state.undo) keep.add(state.undo.beforeRestore)
    const folder = backupFolderOf(dataDir, state)
    removeBackups(backupsToRemove(backupFiles(folder), { ...state.backups, keep, now: new Date() }))
  }

  async function make(kind: BackupKind, alsoKeep: string[] = [], job = 'backup'): Promise<BackupEntry> {
    const state = readState(dataDir)
    const folder = backupFolderOf(dataDir, state)
    const label = kind === 'automatic' ? 'Automatic backup' : job === 'restore' ? 'Keeping a copy of your current data' : 'Backing up'
    let made
    try {
      let total = 0
      made = await writeBackup(deps.db, folder, kind, (done, pages) => {
        total = pages
        deps.progress({ job, label, done, total })
      })
      // SQLite reports before each step, not after the last: say it finished.
      if (total > 0) deps.progress({ job, label, done: total, total })
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      throw new CoreFailure('conflict', `The backup could not be written to ${folder} (${detail}). Your data is unchanged.`, [{ path: 'folder', message: 'Backup failed' }])
    }
    rotate(readState(dataDir), [made.path, ...alsoKeep])
    const file = backupFiles(folder).find((f) => f.path === made.path)
    if (!file) throw new CoreFailure('internal', `The backup ${made.path} went missing after it was written`)
    return describeBackup(file)
  }

  function lastAutomatic(folder: string): BackupFile | undefined {
    return backupFiles(folder).find((f) => f.kind === 'automatic')
  }

  function list(): BackupList {
    const state = readState(dataDir)
    const folder = backupFolderOf(dataDir, state)
    const files = backupFiles(folder)
    const last = lastAutomatic(folder)
    const next = !state.backups.automatic ? null : last ? new Date(Date.parse(last.createdAt) + state.backups.everyHours * 3600_000).toISOString() : nowIso()
    return { folder, backups: files.map(describeBackup), lastBackupAt: files[0]?.createdAt ?? null, nextBackupAt: next, undo: state.undo }
  }

  /**
   * Backs up the current data (the copy an undo restores), then puts a checked candidate in its place
   * (call inside serial). The candidate's last checks run on a worker meanwhile; the core's thread
   * only relays progress, as job 'restore'.
   */
  async function replaceWith(candidateFile: string, from: string, kind: 'before-restore' | 'before-import'): Promise<RestoreResult> {
    const ready = readyCandidate(databaseFile, candidateFile)
    // Awaited below; until then a refusal must not count as unhandled.
    ready.catch(() => undefined)
    const beforeRestore = await make(kind, [from], 'restore')
    const verdict = await ready
    const label = 'Putting the restored data in place'
    let total = 0
    await putInPlace(databaseFile, candidateFile, verdict, (done, pages) => {
      total = pages
      deps.progress({ job: 'restore', label, done, total })
    })
    if (total > 0) deps.progress({ job: 'restore', label, done: total, total })
    deps.dataReplaced()
    updateState(dataDir, (s) => ({ ...s, undo: { restoredAt: nowIso(), restoredFrom: from, beforeRestore: beforeRestore.path } }))
    return { restoredFrom: from, beforeRestore, counts: countsOf(deps.db) }
  }

  async function restoreFrom(path: string, field: string): Promise<RestoreResult> {
    const candidate = await prepareCandidate(path, dataDir, openCore, field)
    try {
      return await replaceWith(candidate.file, path, 'before-restore')
    } finally {
      candidate.dispose()
    }
  }

  return {
    settings: (): BackupSettings => settingsOf(readState(dataDir)),

    updateSettings(update: z.output<typeof BackupSettingsUpdate>): BackupSettings {
      if (update.folder) {
        const folder = update.folder
        let ok = false
        try {
          ok = statSync(folder).isDirectory()
        } catch {
          ok = false
        }
        if (!ok) throw new CoreFailure('not_found', `The folder ${folder} does not exist`, [{ path: 'folder', message: 'No such folder' }])
        try {
          accessSync(folder, constants.W_OK)
        } catch {
          throw new CoreFailure('conflict', `Spotter is not allowed to write in ${folder}`, [{ path: 'folder', message: 'Not allowed to write here' }])
        }
      }
      const state = updateState(dataDir, (s) => ({
        ...s,
        backups: {
          ...s.backups,
          ...Object.fromEntries(Object.entries(update).filter(([, v]) => v !== undefined)),
          folder: update.folder === undefined ? s.backups.folder : update.folder
        }
      }))
      return settingsOf(state)
    },

    list,

    create: (kind: BackupKind = 'manual') => serial(() => make(kind)),

    /** Makes an automatic backup when one is due; answers whether it did. */
    backupIfDue: (minAgeMs: number) =>
      serial(async () => {
        const state = readState(dataDir)
        if (!state.backups.automatic) return false
        const last = lastAutomatic(backupFolderOf(dataDir, state))
        if (last && Date.now() - Date.parse(last.createdAt) < minAgeMs) return false
        await make('automatic')
        return true
      }),

    async preview(path: string): Promise<BackupPreview> {
      const sizeBytes = mustBeFile(path)
      const candidate = await prepareCandidate(path, dataDir, openCore)
      try {
        const named = backupFiles(dirname(path)).find((f) => f.path === path)
        const createdAt = named?.createdAt ?? statSync(path).mtime.toISOString()
        const appSchemaVersion = loadMigrations().length
        return { path, createdAt, sizeBytes, schemaVersion: candidate.schemaVersion, appSchemaVersion, needsUpgrade: candidate.schemaVersion < appSchemaVersion, counts: candidate.counts }
      } finally {
        candidate.dispose()
      }
    },

    restore: (path: string) =>
    serial(() => restoreFrom(path, 'path')),

    replaceWith,

    undoRestore: () =>
      serial(async () => {
        const { undo } = readState(dataDir)
        if (!undo) throw new CoreFailure('conflict', 'There is no restore or import to undo')
        const result = await restoreFrom(undo.beforeRestore, 'confirm')
        // Undoing is not itself undone (its own "before restore" backup is listed if needed).
        updateState(dataDir, (s) => ({ ...s, undo: null }))
        return result
      }),

    serial
  }
}
