import type Database from 'better-sqlite3'
import type { CoreEvents } from '../../shared/api'
import type { HostAdapter } from '../../shared/host'
import type { ClientsService } from './clients/service'
import type { TombstonesRepo } from './db/tombstones'
import type { ExercisesService } from './exercises/service'
import type { StoreOpenError } from './errors'
import type { CoreContext } from './handler'
import type { ProgramsBase, ProgramsService } from './programs/service'
import type { SettingsRepo } from './settings/repo'

/** What a domain's handlers may build on: the store, the other domains' services and the core's hooks. */
export interface CoreDeps {
  db: Database.Database
  ctx: CoreContext
  /** Resolves once the whole file has been checked (at once unless checked in the background): null, or what is wrong. */
  checked: Promise<StoreOpenError | null>
  tombstones: TombstonesRepo
  clients: ClientsService
  exercises: ExercisesService
  programs: ProgramsService
  programsBase: ProgramsBase
  settings: SettingsRepo
  /** File dialogs of the entry point (absent on the command line and in core tests). */
  host: HostAdapter | undefined
  /** Reports progress of long work to the UI (`job.progress`). */
  progress(payload: CoreEvents['job.progress']): void
  /** Announces that data changed outside a contract call (e.g. a background job finished). */
  changed(scopes: readonly string[]): void
  /** Runs when the core closes (stop timers and workers before the store goes). */
  onClose(cleanup: () => void): void
  /** Runs after a restore or import replaced the whole store (drop caches, re-read state). */
  onDataReplaced(listener: () => void): void
  /** Called by data safety after it replaced the whole store: re-seeds built-ins and runs the listeners. */
  dataReplaced(): void
}
