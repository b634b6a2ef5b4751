// Served to the page by the harness as /bridge.js: defines window.api over loopback HTTP exactly as the
// Electron preload does over IPC, so the real renderer runs unchanged in a plain browser.
// It must stay import-free: the harness strips its types and serves it as a classic script.

import type { SpotterBridge } from '../shared/bridge'
import type { CoreEventName } from '../shared/api'
import type { Envelope } from '../shared/envelope'

;(() => {
  type Listener = (payload: unknown) => void
  const listeners = new Map<string, Set<Listener>>()
  let source: EventSource | undefined

  function ensureEvents(event: string): void {
    if (!source) source = new EventSource('/events')
    if (!listeners.has(event)) {
      listeners.set(event, new Set())
      source.addEventListener(event, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data)
        for (const listener of listeners.get(event) ?? []) listener(payload)
      })
    }
  }

  const bridge: SpotterBridge = {
    host: 'browser',
    async invoke(method, input) {
      try {
        const response = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {})
        })
        return (await response.json()) as Envelope<never>
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        return { ok: false, error: { code: 'store_unavailable', message: `The Spotter harness is not reachable (${message})`, issues: [] } }
      }
    },
    subscribe(event: CoreEventName, listener) {
      ensureEvents(event)
      const set = listeners.get(event)!
      set.add(listener as Listener)
      return () => set.delete(listener as Listener)
    }
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(bridge), writable: false, configurable: false })
})()
