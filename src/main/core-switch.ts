// The core an entry point binds (Electron's IPC, the browser harness): the normal core when the data
// file opens, else the recovery core, swapped for the normal one in place once a restore has made the
// file usable again. No Electron here, so the harness and the tests use exactly this.

import { EventEmitter } from 'node:events'
import type { CoreEventName, CoreEvents } from '../shared/api'
import type { Envelope } from '../shared/envelope'
import type { HostAdapter } from '../shared/host'
import { createCore, createRecoveryCore, StoreOpenError, type Core, type CoreOptions } from './core/index'
import { ALL_SCOPES } from './core/backup/handlers'
import type { CoreContext } from './core/handler'

type AnyCore = Pick<Core, 'call' | 'on' | 'close'>

/** Recovery calls that, once they succeed, leave a usable store to open. */
const RECOVERING: ReadonlySet<string> = new Set(['recovery.restore', 'recovery.openFolder'])

function signal(): { promise: Promise<string>; resolve(folder: string): void } {
  let resolve: (folder: string) => void = () => {}
  const promise = new Promise<string>((done) => (resolve = done))
  return { promise, resolve }
}

const delay = (ms: number) => new Promise<undefined>((done) => setTimeout(() => done(undefined), ms).unref())

export interface SwitchingCore extends Core {
  /** 'recovery' while the data file cannot be opened. */
  readonly mode: 'normal' | 'recovery'
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
  let current: AnyCore
  let normal: Core | undefined
  let detach: Array<() => void> = []
  /** Resolved by the recovery core (just after it answers) with the folder that is usable now. */
  let recovered = signal()
  let closed = false
  let problemNow: StoreOpenError | null = null

  function attach(core: AnyCore): void {
    for (const off of detach.splice(0)) off()
    current = core
    const names: CoreEventName[] = ['data.changed', 'job.progress']
    detach = names.map((name) => core.on(name, (payload) => events.emit(name, payload)))
  }

  function open(folder: string): void {
    dataDir = folder
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

  /** After a successful recovery call: reopen this folder (restore) or hand the chosen one over. */
  function afterRecovery(folder: string): void {
    if (folder !== dataDir && options.onFolderChosen) {
      options.onFolderChosen(folder)
      return
    }
    current.close()
    open(folder)
  }

  open(options.dataDir)

  return {
    async call(method, input) {
      if (closed) return { ok: false, error: { code: 'store_unavailable', message: 'The data file is closed', issues: [] } } as Envelope<never>
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
      current.close()
      events.removeAllListeners()
    },
    get context(): CoreContext {
      if (!normal) throw new Error(`The data file in ${dataDir} could not be opened (recovery mode)`)
      return normal.context
    },
    get checked() {
      return normal ? normal.checked : Promise.resolve(problemNow)
    },
    get mode() {
      return normal ? ('normal' as const) : ('recovery' as const)
    },
    get dataDir() {
      return dataDir
    }
  }
}
