// The core an entry point binds (Electron's IPC, the browser harness): the normal core when the data
// file opens, else the recovery core, swapped for the normal one in place once a restore has made the
// file usable again. No Electron here, so the harness and the tests use exactly this.

import { EventEmitter } from 'node:events'
import type { CoreEventName, CoreEvents } from '../shared/api'
import type { Envelope } from '../shared/envelope'
import type { HostAdapter } from '../shared/host'
import { createCore, createRecoveryCore, StoreOpenError, type Core, type CoreOptions } from './core/index'
import { ALL_SCOPES } from './core/backup/handlers'
import { startJob } from './core/backup/sqlite-worker'
import { damagedFile, markChecked, migrationFailed, pendingUpgrade } from './core/db/open'
import type { CoreContext } from './core/handler'

type AnyCore = Pick<Core, 'call' | 'on' | 'close'>

/** Recovery calls that, once they succeed, leave a usable store to open. */
const RECOVERING: ReadonlySet<string> = new Set(['recovery.restore', 'recovery.openFolder'])

function signal(): { promise: Promise<string>; resolve(folder: string): void } {
  let resolve: (folder: string) => void = () => {}
  const promise = new Promise<string>((done) => (resolve = done))
  return { promise, resolve }
}

/** recovery.status with afterCheck: true (anything else, however odd, goes on to the core's own checks). */
function waitsForCheck(method: string, input: unknown): boolean {
  if (method !== 'recovery.status' || typeof input !== 'object' || input === null) return false
  try {
    return (input as Record<string, unknown>).afterCheck === true
  } catch {
    return false
  }
}

const delay = (ms: number) => new Promise<undefined>((done) => setTimeout(() => done(undefined), ms).unref())

export interface SwitchingCore extends Core {
  /** 'opening' while a store is upgraded on a worker thread; 'recovery' while the data file cannot be opened. */
  readonly mode: 'opening' | 'normal' | 'recovery'
  readonly dataDir: string
}

export interface SwitchingCoreOptions {
  dataDir: string
  host?: HostAdapter
  /**
   * The trainer chose another data folder on the recovery screen (it has been checked). Electron
   * remembers it and relaunches; without this the harness opens that folder in place.
   */
  onFolderChosen?(dataDir: string): void
  /** Passed to createCore as they are (e.g. automaticBackups). */
  coreOptions?: Omit<CoreOptions, 'dataDir' | 'host'>
}

/**
 * Opens the data folder: the normal core, or (StoreOpenError: the file is damaged, foreign, newer...)
 * the recovery core. Any other failure is thrown as before. Events of whichever core is current reach
 * the listeners registered here, across swaps.
 */
export function openSwitchingCore(options: SwitchingCoreOptions): SwitchingCore {
  const events = new EventEmitter()
  let dataDir = options.dataDir
  /** Unset only while a store is upgraded on a worker thread (`opening`). */
  let current: AnyCore | undefined
  let normal: Core | undefined
  let detach: Array<() => void> = []
  /** Resolved by the recovery core (just after it answers) with the folder that is usable now. */
  let recovered = signal()
  let closed = false
  let problemNow: StoreOpenError | null = null
  /** While a store is upgraded on a worker thread: calls wait for it. */
  let opening: Promise<void> | null = null

  function attach(core: AnyCore): void {
    for (const off of detach.splice(0)) off()
    current = core
    const names: CoreEventName[] = ['data.changed', 'job.progress']
    detach = names.map((name) => core.on(name, (payload) => events.emit(name, payload)))
  }

  function open(folder: string): void {
    dataDir = folder
    // A store this version must upgrade: the check and the migrations run on a worker thread while the
    // window says the data is being opened; calls wait for them. (The CLI and tests upgrade at open.)
    const upgrade = options.coreOptions?.checkInBackground ? pendingUpgrade(folder) : null
    if (upgrade) {
      opening = upgradeThenOpen(folder, upgrade.file, upgrade.script).finally(() => {
        opening = null
      })
      return
    }
    openNow(folder)
  }

  async function upgradeThenOpen(folder: string, file: string, script: string): Promise<void> {
    let outcome: { result: string; migrationFailed?: string } | null
    try {
      outcome = await startJob<{ result: string; migrationFailed?: string }>('upgrade', { file, script }).answer
    } catch (error) {
      // SQLite refused the file outright (e.g. "database disk image is malformed").
      outcome = { result: error instanceof Error ? error.message : String(error) }
    }
    if (closed) return
    if (outcome && outcome.result !== 'ok') return enterRecovery(folder, damagedFile(file, outcome.result))
    if (outcome?.migrationFailed) return enterRecovery(folder, migrationFailed(file, outcome.migrationFailed))
    // Checked just before its upgrade, so the core does not read it all again. Without a worker
    // (outcome null) the core's own open checks and upgrades it.
    if (outcome) markChecked(file)
    try {
      openNow(folder)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      enterRecovery(folder, new StoreOpenError('unreadable', file, `Spotter could not open the data file ${file} after upgrading it (${detail}).`))
    }
  }

  function openNow(folder: string): void {
    let core: Core
    try {
      core = createCore({ ...options.coreOptions, dataDir: folder, host: options.host })
    } catch (error) {
      if (!(error instanceof StoreOpenError)) throw error
      enterRecovery(folder, error)
      return
    }
    normal = core
    attach(core)
    // Checked in the background (coreOptions.checkInBackground): damage found after the window showed
    // the data swaps in the recovery core, and every screen is told to ask again (the app's gate then
    // shows the recovery screen). The file is left as it was: no write ran before the check.
    void core.checked.then((problem) => {
      if (!problem || closed || normal !== core) return
      core.close()
      enterRecovery(folder, problem)
      events.emit('data.changed', { scopes: [...ALL_SCOPES] })
    })
  }

  function enterRecovery(folder: string, problem: StoreOpenError): void {
    normal = undefined
    recovered = signal()
    const { resolve } = recovered
    const recovery = createRecoveryCore({ dataDir: folder, problem, host: options.host, onRecovered: ({ dataDir: usable }) => resolve(usable) })
    attach(recovery)
    problemNow = recovery.problem
  }

  /** Resolves once the current store's whole-file check has ended (after any upgrade): null, or the problem. */
  function checkedNow(): Promise<StoreOpenError | null> {
    if (opening) return opening.then(checkedNow)
    return normal ? normal.checked : Promise.resolve(problemNow)
  }

  /** After a successful recovery call: reopen this folder (restore) or hand the chosen one over. */
  function afterRecovery(folder: string): void {
    if (folder !== dataDir && options.onFolderChosen) {
      options.onFolderChosen(folder)
      return
    }
    current?.close()
    open(folder)
  }

  open(options.dataDir)

  return {
    async call(method, input) {
      if (opening) await opening
      // Answered once the start-up check has finished, by whichever core is current then: the recovery
      // core if the check found damage (the swap runs first: it was attached to the check at open).
      if (waitsForCheck(method, input)) await checkedNow()
      if (closed) return { ok: false, error: { code: 'store_unavailable', message: 'The data file is closed', issues: [] } } as Envelope<never>
      if (!current) return { ok: false, error: { code: 'store_unavailable', message: 'The data file is not open', issues: [] } } as Envelope<never>
      const answer = await current.call(method, input)
      if (answer.ok && !normal && RECOVERING.has(method)) {
        // The answer goes back only once the switch is made, so the window reloads onto the data.
        const folder = await Promise.race([recovered.promise, delay(5000)])
        if (folder === undefined) return answer
        try {
          afterRecovery(folder)
        } catch (error) {
          // The restored file still would not open: say so rather than pretend it worked.
          const detail = error instanceof Error ? error.message : String(error)
          return { ok: false, error: { code: 'internal', message: `The data was put back, but Spotter could not open it: ${detail}`, issues: [] } }
        }
      }
      return answer
    },
    on<E extends CoreEventName>(event: E, listener: (payload: CoreEvents[E]) => void) {
      events.on(event, listener)
      return () => events.off(event, listener)
    },
    close() {
      if (closed) return
      closed = true
      for (const off of detach.splice(0)) off()
      current?.close()
      events.removeAllListeners()
    },
    get context(): CoreContext {
      if (!normal) throw new Error(opening ? `The data file in ${dataDir} is being upgraded` : `The data file in ${dataDir} could not be opened (recovery mode)`)
      return normal.context
    },
    get checked(): Promise<StoreOpenError | null> {
      return checkedNow()
    },
    get mode() {
      return opening ? ('opening' as const) : normal ? ('normal' as const) : ('recovery' as const)
    },
    get dataDir() {
      return dataDir
    }
  }
}
