import type { CoreEventName, CoreEvents, MethodInput, MethodName, MethodOutput } from './api'
import type { Envelope } from './envelope'

/**
 * What `window.api` is, in Electron (defined by the preload) and in the browser harness (defined by
 * its bridge script) alike. The renderer only ever talks to the core through this.
 */
export interface SpotterBridge {
  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Envelope<MethodOutput<M>>>
  subscribe<E extends CoreEventName>(event: E, listener: (payload: CoreEvents[E]) => void): () => void
  /** Where the bridge runs; the UI uses it only for wording (e.g. "file dialogs need the desktop app"). */
  readonly host: 'electron' | 'browser'
}

declare global {
  interface Window {
    api: SpotterBridge
  }
}
