import { EventEmitter } from 'node:events'
import type { CoreEventName, CoreEvents } from '../../shared/api'
import type { Envelope } from '../../shared/envelope'
import type { HostAdapter } from '../../shared/host'
import { appHandlers } from './app/handlers'
import { dataSafetyHandlers } from './backup/handlers'
import { clientsHandlers } from './clients/handlers'
import { createClientsRepo } from './clients/repo'
import { createClientsService } from './clients/service'
import { checkInBackground } from './db/background-check'
import { openStore } from './db/open'
import { createRecoveryCoreWith, type RecoveryCore, type RecoveryOptions } from './recovery/core'
import { createTombstonesRepo } from './db/tombstones'
import type { CoreDeps } from './deps'
import { createDispatcher } from './dispatch'
import { exercisesHandlers } from './exercises/handlers'
import { createExercisesRepo } from './exercises/repo'
import { createExercisesService } from './exercises/service'
import { hostHandlers } from './host/handlers'
import { LIBRARY } from './library/index'
import { plansHandlers } from './pdf/handlers'
import type { CoreContext, HandlerTable } from './handler'
import { BUILTIN_TEMPLATES } from './library/templates'
import { programsHandlers } from './programs/handlers'
import { createProgramsPlanning } from './programs/planning'
import { createProgramsRepo } from './programs/repo'
import { createProgramsBase, createProgramsService } from './programs/service'
import { progressHandlers } from './progress/handlers'
import { sampleHandlers } from './sample/handlers'
import { settingsHandlers } from './settings/handlers'
import { createSettingsRepo } from './settings/repo'
import { APP_VERSION } from './version'
import { CoreFailure, type StoreOpenError } from './errors'

export { StoreOpenError } from './errors'
export type { RecoveryCore, RecoveryOptions } from './recovery/core'

/**
 * The core for a data folder whose file could not be opened (createCore threw StoreOpenError): it
 * answers recovery.* (what is wrong, backups, restore, salvage, another folder), host.* and api.describe,
 * and store_unavailable to everything else. The damaged file is never opened for writing.
 */
export function createRecoveryCore(options: RecoveryOptions): RecoveryCore {
  return createRecoveryCoreWith(options, (dataDir) => createCore({ dataDir, checkOutputs: true, automaticBackups: false }))
}

export interface CoreOptions {
  dataDir: string
  checkOutputs?: boolean
  /** File dialogs of the entry point: Electron's native ones, the harness's stand-ins; none on the CLI. */
  host?: HostAdapter
  /** Back up on start and every few hours (default: on when a host is given, i.e. Electron and the harness). */
  automaticBackups?: boolean
  /**
   * Check the whole file on a worker thread instead of before opening (Electron and the harness), so
   * the window shows the data at once. Reads are answered meanwhile; writes wait for the check and are
   * refused if it finds damage (see `checked`). A store about to be migrated is still checked first.
   */
  checkInBackground?: boolean
}

export interface Core {
  call(method: string, input?: unknown): Promise<Envelope<unknown>>
  on<E extends CoreEventName>(event: E, listener: (payload: CoreEvents[E]) => void): () => void
  close(): void
  readonly context: CoreContext
  /** Resolves once the whole file has been checked: null, or what is wrong (writes are then refused). */
  readonly checked: Promise<StoreOpenError | null>
}

/**
 * The application core: opens the store in dataDir (checked and migrated) and answers contract calls.
 * Electron's IPC, the browser harness, the CLI and the tests all use this same object.
 * Throws StoreOpenError, without touching the file, when the store cannot be used.
 */
export function createCore(options: CoreOptions): Core {
  const store = openStore(options.dataDir, { deferCheck: options.checkInBackground })
  const { db } = store
  const background = store.checkDeferred ? checkInBackground(db, store.file) : null
  const checked: Promise<StoreOpenError | null> = background ? background.result : Promise.resolve(null)
  const events = new EventEmitter()
  const ctx: CoreContext = {
    db,
    dataDir: options.dataDir,
    databaseFile: store.file,
    schemaVersion: store.schemaVersion,
    version: APP_VERSION
  }

  const clientsRepo = createClientsRepo(db)
  const tombstones = createTombstonesRepo(db)
  const clients = createClientsService(db, clientsRepo, tombstones)
  const settings = createSettingsRepo(db)
  const exercises = createExercisesService(db, createExercisesRepo(db), clients, LIBRARY)
  const programsBase = createProgramsBase({ db, repo: createProgramsRepo(db), tombstones, clients, settings, templates: BUILTIN_TEMPLATES })
  const programs = createProgramsService(programsBase)
  clients.addDependent(programs.clientDependent)
  /** First run adds the built-in library; a newer app version updates its built-ins in place. Answers whether anything changed. */
  const seedBuiltins = (): boolean => {
    const library = exercises.seedBuiltins()
    // Built-in templates use built-in exercises, so they are seeded after them.
    const templates = programs.seedBuiltins()
    return library.added + library.updated + templates.added + templates.updated > 0
  }
  let closed = false

  const cleanups: Array<() => void> = []
  const replacedListeners: Array<() => void> = []
  const deps: CoreDeps = {
    db,
    ctx,
    checked,
    tombstones,
    clients,
    exercises,
    programs,
    programsBase,
    settings,
    host: options.host,
    progress: (payload) => events.emit('job.progress', payload),
    changed: (scopes) => events.emit('data.changed', { scopes: [...scopes] }),
    onClose: (cleanup) => cleanups.push(cleanup),
    onDataReplaced: (listener) => replacedListeners.push(listener),
    dataReplaced: () => {
      // A backup from an older app version brings older built-ins; bring them up to this version.
      exercises.seedBuiltins()
      programs.seedBuiltins()
      for (const listener of replacedListeners) listener()
    }
  }

  const handlers: HandlerTable = {
    ...appHandlers(),
    ...clientsHandlers(clients),
    ...exercisesHandlers(exercises),
    ...programsHandlers(programs, createProgramsPlanning(programsBase)),
    ...settingsHandlers(settings),
    ...sampleHandlers(db, clientsRepo, clients),
    ...hostHandlers(options.host),
    ...plansHandlers(deps),
    ...progressHandlers(deps),
    ...dataSafetyHandlers(deps, {
      // Files about to replace the data are opened by a core of their own, in a work folder.
      openCore: (dataDir) => createCore({ dataDir, checkOutputs: true, automaticBackups: false }),
      automaticBackups: options.automaticBackups ?? options.host !== undefined
    })
  }

  if (!background) seedBuiltins()
  else {
    cleanups.push(() => background.stop())
    // Seeding writes, so it waits for the check; the screens then show the updated built-ins.
    void checked.then((problem) => {
      if (problem || closed) return
      try {
        if (seedBuiltins()) events.emit('data.changed', { scopes: ['exercises', 'programs'] })
      } catch (error) {
        console.error('[spotter core] updating the built-in library failed:', error)
      }
    })
  }

  const call = createDispatcher(handlers, ctx, {
    // A damaged file is never written to: a change waits until the whole file has been checked.
    beforeChange: background
      ? async () => {
          const problem = await checked
          if (problem) throw new CoreFailure('store_unavailable', `Nothing was saved. ${problem.message}`)
        }
      : undefined,
    checkOutputs: options.checkOutputs,
    onChange: (scopes) => events.emit('data.changed', { scopes: [...scopes] }),
    onInternalError: (method, error) => console.error(`[spotter core] ${method} failed:`, error)
  })

  return {
    call: (method, input) => (closed ? Promise.resolve({ ok: false, error: { code: 'store_unavailable', message: 'The data file is closed', issues: [] } }) : call(method, input)),
    on(event, listener) {
      events.on(event, listener)
      return () => events.off(event, listener)
    },
    close() {
      if (closed) return
      closed = true
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup()
        } catch (error) {
          console.error('[spotter core] cleanup at close failed:', error)
        }
      }
      events.removeAllListeners()
      db.close()
    },
    context: ctx,
    checked
  }
}
