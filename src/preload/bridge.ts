import type { SpotterBridge } from '../shared/bridge'
import type { Envelope } from '../shared/envelope'
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../shared/method-names'
import { INVOKE_CHANNEL, type EventMessage, type InvokeRequest } from '../shared/ipc-channels'

/** The two things the bridge needs from ipcRenderer; passed in so the bridge can be tested without Electron. */
export interface IpcTransport {
  invoke(channel: typeof INVOKE_CHANNEL, request: InvokeRequest): Promise<unknown>
  onEvent(listener: (message: EventMessage) => void): void
}

const METHODS: ReadonlySet<string> = new Set(METHOD_NAME_LIST)
const EVENTS: ReadonlySet<string> = new Set(EVENT_NAME_LIST)

function failure(code: 'unknown_method' | 'internal', message: string): Envelope<never> {
  return { ok: false, error: { code, message, issues: [] } }
}

/**
 * window.api for Electron: calls go to main over one IPC channel, only for methods in the registry;
 * events arrive on one channel and reach only listeners of allow-listed events.
 */
export function createElectronBridge(transport: IpcTransport): SpotterBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>()
  transport.onEvent((message) => {
    if (!message || typeof message.event !== 'string' || !EVENTS.has(message.event)) return
    for (const listener of listeners.get(message.event) ?? []) listener(message.payload)
  })

  return {
    host: 'electron',
    async invoke(method, input) {
      if (typeof method !== 'string' || !METHODS.has(method)) {
        return failure('unknown_method', `There is no method called "${String(method).slice(0, 100)}"`)
      }
      try {
        return (await transport.invoke(INVOKE_CHANNEL, { method, input: input ?? {} })) as Envelope<never>
      } catch (error) {
        // Main always answers an envelope; this is only reached when IPC itself broke (e.g. shutting down).
        const detail = error instanceof Error ? error.message : String(error)
        return failure('internal', `Spotter's window lost its connection to the app (${detail})`)
      }
    },
    subscribe(event, listener) {
      if (typeof event !== 'string' || !EVENTS.has(event)) throw new Error(`There is no event called "${String(event).slice(0, 100)}"`)
      let set = listeners.get(event)
      if (!set) listeners.set(event, (set = new Set()))
      const registered = listener as (payload: unknown) => void
      set.add(registered)
      return () => {
        set.delete(registered)
      }
    }
  }
}
