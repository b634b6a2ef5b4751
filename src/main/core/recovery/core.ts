import { EventEmitter } from 'node:events'
import { closeSync, existsSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs'
import { copyFile } from 'node:fs/promises'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { METHOD_NAMES, type CoreEventName, type CoreEvents} from '../../../shared/api'
import type { BackupEntry, RecoveryStatus } from '../../../shared/data-safety'
import type { Envelope } from '../../../shared/envelope'
import type { HostAdapter } from '../../../shared/host'
import { appHandlers } from '../app/handlers'
import { prepareCandidate, type OpenCore } from '../backup/candidate'
import { backupFiles, describeBackup } from '../backup/files'
import { backupFolderOf, defaultBackupFolder, readState } from '../backup/state'
import { DATABASE_FILE } from '../db/open'
import { createDispatcher } from '../dispatch'
import { CoreFailure, type StoreOpenError, type StoreProblem } from '../errors'
import type { CoreContext, HandlerSpec, HandlerTable } from '../handler'
import { hostHandlers } from '../host/handlers'
import { APP_VERSION } from '../version'
import { salvageStore } from './salvage'

// The core that answers when the data file cannot be opened: it explains what is wrong, lists backups,
// restores one (moving the damaged file aside, never deleting it), salvages what it can and lets the
// trainer choose another folder. It never opens the damaged file for writing.

export interface RecoveryOptions {
  dataDir: string
  problem: StoreOpenError
  host?: HostAdapter
  /** Called (after the answer is sent) once a restore put good data in place, or another folder was chosen. */
  onRecovered?(target: { dataDir: string }): void
}

export interface RecoveryCore {
  call(method: string, input?: unknown): Promise<Envelope<unknown>>
  on<E extends CoreEventName>(event: E, listener: (payload: CoreEvents[E]) => void): () => void
  close(): void
  readonly problem: StoreOpenError
  readonly dataDir: string
}

const TITLES: Record<StoreProblem, string> = {
  damaged: 'Your data file is damaged',
  not_sqlite: 'This is not a Spotter data file',
  empty_file: 'Your data file is empty',
  newer_version: 'Your data was saved by a newer version of Spotter',
  migration_edited: 'This copy of Spotter does not match your data',
  unreadable: 'Your data file cannot be read',
  foreign: "This folder holds another program's database",
  migration_failed: 'Spotter could not upgrade your data'
}

function looksLikeSqlite(file: string): boolean {
  try {
    const head = Buffer.alloc(16)
    const fd = openSync(file, 'r')
    try {
      readSync(fd, head, 0, 16, 0)
    } finally {
      closeSync(fd)
    }
    return head.toString('latin1') === 'SQLite format 3\u0000'
  } catch {
    return false
  }
}

/** Backups in the chosen folder and the default one, newest first. */
function knownBackups(dataDir: string): { folder: string; backups: BackupEntry[] } {
  const folder = backupFolderOf(dataDir, readState(dataDir))
  const folders = [...new Set([folder, defaultBackupFolder(dataDir)])]
  const files = folders.flatMap(backupFiles).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  return { folder, backups: files.map(describeBackup) }
}

export function createRecoveryCoreWith(options: RecoveryOptions, openCore: OpenCore): RecoveryCore {
  const { dataDir, problem } = options
  const file = join(dataDir, DATABASE_FILE)
  const events = new EventEmitter()
  let recovered = false
  const recover = (target: string) => {
    recovered = true
    const callback = options.onRecovered
    if (callback) setImmediate(() => callback({ dataDir: target }))
  }
  const unavailable = (): never => {
    throw new CoreFailure('store_unavailable', recovered ? 'The data is being reopened; try again in a moment' : problem.message)
  }
  const notRecovering = () => {
    if (recovered) throw new CoreFailure('conflict', 'The data has already been recovered; Spotter is reopening it')
  }

  const recovery: Partial<HandlerTable> = {
    'recovery.status': {
      run: (): RecoveryStatus => ({
        problem: problem.problem,
        title: TITLES[problem.problem],
        message: problem.message,
        file,
        dataDir,
        canSalvage: problem.problem !== 'foreign' && looksLikeSqlite(file)
      })
    },
    'recovery.backups': { run: () => knownBackups(dataDir) },
    'recovery.restore': {
      async run(input: { path: string }) {
        notRecovering()
        const candidate = await prepareCandidate(input.path, dataDir, openCore)
        try {
          let movedTo: string | null = null
          if (existsSync(file)) {
            movedTo = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`
            // The damaged file and its sidecars keep their bytes under the new name: nothing is deleted.
            for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, movedTo + suffix)
            renameSync(file, movedTo)
          }
          // The checked copy sits in a work folder inside the data folder: moved in, not copied (a big
          // store would hold the core's thread for seconds); copied only across file systems.
          try {
            renameSync(candidate.file, file)
          } catch {
            const partial = `${file}.partial`
            await copyFile(candidate.file, partial)
            renameSync(partial, file)
          }
          recover(dataDir)
          return { restoredFrom: input.path, damagedFileMovedTo: movedTo, counts: candidate.counts }
        } finally {
          candidate.dispose()
        }
      }
    } as HandlerSpec<'recovery.restore'>,
    'recovery.salvage': { run: (input: { path: string }) => salvageStore(file, dataDir, input.path, APP_VERSION) } as HandlerSpec<'recovery.salvage'>,
    'recovery.openFolder': {
      run(input: { path: string }) {
        notRecovering()
        if (!options.onRecovered) throw new CoreFailure('unavailable', 'Choosing another data folder needs the app window')
        let isFolder = false
        try {
          isFolder = statSync(input.path).isDirectory()
        } catch {
          isFolder = false
        }
        if (!isFolder) throw new CoreFailure('not_found', `The folder ${input.path} does not exist`, [{ path: 'path', message: 'No such folder' }])
        recover(input.path)
        return { dataDir: input.path }
      }
    } as HandlerSpec<'recovery.openFolder'>
  }

  const handlers = Object.fromEntries(METHOD_NAMES.map((m) => [m, { run: unavailable }])) as unknown as HandlerTable
  const { 'api.describe': describe } = appHandlers()
  Object.assign(handlers, { 'api.describe': describe }, hostHandlers(options.host), recovery)

  // There is no open store; nothing in this core reads ctx.db.
  const ctx: CoreContext = { db: undefined as unknown as Database.Database, dataDir, databaseFile: file, schemaVersion: 0, version: APP_VERSION }
  const call = createDispatcher(handlers, ctx, {
    onChange: (scopes) => events.emit('data.changed', { scopes: [...scopes] }),
    onInternalError: (method, error) => console.error(`[spotter recovery] ${method} failed:`, error)
  })
  let closed = false
  return {
    call: (method, input) => (closed ? Promise.resolve({ ok: false, error: { code: 'store_unavailable', message: 'Closed', issues: [] } }) : call(method, input)),
    on(event, listener) {
      events.on(event, listener)
      return () => events.off(event, listener)
    },
    close() {
      closed = true
      events.removeAllListeners()
      rmSync(join(dataDir, `${DATABASE_FILE}.partial`), { force: true })
    },
    problem,
    dataDir
  }
}

