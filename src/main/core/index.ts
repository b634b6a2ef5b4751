import { EventEmitter } from 'node:events'
import type { CoreEventName, CoreEvents } from '../../shared/api'
import type { Envelope } from '../../shared/envelope'
import { appHandlers } from './app/handlers'
import { clientsHandlers } from './clients/handlers'
import { createClientsRepo } from './clients/repo'
import { createClientsService } from './clients/service'
import { openStore } from './db/open'
import { createTombstonesRepo } from './db/tombstones'
import { createDispatcher } from './dispatch'
import { exercisesHandlers } from './exercises/handlers'
import { createExercisesRepo } from './exercises/repo'
import { createExercisesService } from './exercises/service'
import { LIBRARY } from './library/index'
import type { CoreContext, HandlerTable } from './handler'
import { BUILTIN_TEMPLATES } from './library/templates'
import { programsHandlers } from './programs/handlers'
import { createProgramsPlanning } from './programs/planning'
import { createProgramsRepo } from './programs/repo'
import { createProgramsBase, createProgramsService } from './programs/service'
import { sampleHandlers } from './sample/handlers'
import { settingsHandlers } from './settings/handlers'
import { createSettingsRepo } from './settings/repo'
import { APP_VERSION } from './version'

export { StoreOpenError } from './errors'

export interface CoreOptions {
  dataDir: string
  checkOutputs?: boolean
}

export interface Core {
  call(method: string, input?: unknown): Promise<Envelope<unknown>>
  on<E extends CoreEventName>(event: E, listener: (payload: CoreEvents[E]) => void): () => void
  close(): void
  readonly context: CoreContext
}

/**
 * The application core: opens the store in dataDir (checked and migrated) and answers contract calls.
 * Electron's IPC, the browser harness, the CLI and the tests all use this same object.
 * Throws StoreOpenError, without touching the file, when the store cannot be used.
 */
export function createCore(options: CoreOptions): Core {
  const store = openStore(options.dataDir)
  const { db } = store
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
  // First run adds the built-in library; a newer app version updates its built-ins in place.
  exercises.seedBuiltins()
  const programsBase = createProgramsBase({ db, repo: createProgramsRepo(db), tombstones, clients, settings, templates: BUILTIN_TEMPLATES })
  const programs = createProgramsService(programsBase)
  clients.addDependent(programs.clientDependent)
  // Built-in templates use built-in exercises, so they are seeded after them.
  programs.seedBuiltins()

  const handlers: HandlerTable = {
    ...appHandlers(),
    ...clientsHandlers(clients),
    ...exercisesHandlers(exercises),
    ...programsHandlers(programs, createProgramsPlanning(programsBase)),
    ...settingsHandlers(settings),
    ...sampleHandlers(db, clientsRepo, clients)
  }

  const call = createDispatcher(handlers, ctx, {
    checkOutputs: options.checkOutputs,
    onChange: (scopes) => events.emit('data.changed', { scopes: [...scopes] }),
    onInternalError: (method, error) => console.error(`[spotter core] ${method} failed:`, error)
  })

  let closed = false
  return {
    call: (method, input) => (closed ? Promise.resolve({ ok: false, error: { code: 'store_unavailable', message: 'The data file is closed', issues: [] } }) : call(method, input)),
    on(event, listener) {
      events.on(event, listener)
      return () => events.off(event, listener)
    },
    close() {
      if (closed) return
      closed = true
      events.removeAllListeners()
      db.close()
    },
    context: ctx
  }
}
