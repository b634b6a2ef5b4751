// Served to the page by the harness as /bridge.js: defines window.api over loopback exactly as the
// Electron preload does over IPC, so the real renderer runs unchanged in a plain browser.
// It must stay import-free: the harness strips its types and serves it as a classic script.
//
// Two transports, chosen by the harness in the script tag's data-transport:
// - "websocket": one persistent connection, calls matched to answers by id. The nearest thing to
//   Electron's IPC channel (no request set-up per call), used by `npm run dev:browser` and the bench.
// - "http": one POST /api/<method> per call. The e2e journeys use it, because Playwright's page.route
//   can answer such a request with a failure to test how a screen shows it.
// Every call leaves a user-timing measure "api <method>" (start to answer), so the bench can tell
// transport and core time from rendering whichever transport runs.

import type { SpotterBridge } from '../shared/bridge'
import type { CoreEventName } from '../shared/api'
import type { Envelope } from '../shared/envelope'

;(() => {
  type Listener = (payload: unknown) => void
  type Answer = Envelope<never>
  const listeners = new Map<string, Set<Listener>>()
  let source: EventSource | undefined
  const transport = document.currentScript?.getAttribute('data-transport') === 'websocket' ? 'websocket' : 'http'

  function ensureEvents(event: string): void {
    // Over the WebSocket, events come on the same connection (see connect()).
    if (transport === 'websocket') {
      if (!listeners.has(event)) listeners.set(event, new Set())
      return
    }
    if (!source) source = new EventSource('/events')
    if (!listeners.has(event)) {
      listeners.set(event, new Set())
      source.addEventListener(event, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data)
        for (const listener of listeners.get(event) ?? []) listener(payload)
      })
    }
  }

  const unreachable = (reason: string): Answer => ({
    ok: false,
    error: { code: 'store_unavailable', message: `The Spotter harness is not reachable (${reason})`, issues: [] }
  })

  async function overHttp(method: string, input: unknown): Promise<Answer> {
    try {
      const response = await fetch(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input ?? {})
      })
      return (await response.json()) as Answer
    } catch (error) {
      return unreachable(error instanceof Error ? error.message : String(error))
    }
  }

  // The socket opens with the page, so the first call of the boot does not wait for a handshake.
  let socket: WebSocket | undefined
  let nextId = 1
  const waiting = new Map<number, (answer: Answer) => void>()

  function connect(): WebSocket {
    const ws = new WebSocket(`${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/ws`)
    ws.onmessage = (message) => {
      const data = JSON.parse(message.data as string) as { id: number; envelope: Answer } | { event: string; payload: unknown }
      if ('event' in data) {
        for (const listener of listeners.get(data.event) ?? []) listener(data.payload)
        return
      }
      const { id, envelope } = data
      const resolve = waiting.get(id)
      waiting.delete(id)
      resolve?.(envelope)
    }
    ws.onclose = () => {
      if (socket === ws) socket = undefined
      // Calls in flight lose their answer; they say so, as a lost HTTP request would.
      for (const resolve of waiting.values()) resolve(unreachable('the connection closed'))
      waiting.clear()
    }
    return ws
  }

  function overSocket(method: string, input: unknown): Promise<Answer> {
    const ws = (socket ??= connect())
    const id = nextId++
    return new Promise<Answer>((resolve) => {
      const send = () => {
        try {
          ws.send(JSON.stringify({ id, method, input: input ?? {} }))
        } catch (error) {
          waiting.delete(id)
          resolve(unreachable(error instanceof Error ? error.message : String(error)))
        }
      }
      waiting.set(id, resolve)
      if (ws.readyState === WebSocket.OPEN) send()
      else ws.addEventListener('open', send, { once: true })
    })
  }

  if (transport === 'websocket') socket = connect()

  const bridge: SpotterBridge = {
    host: 'browser',
    async invoke(method, input) {
      const start = performance.now()
      const answer = await (transport === 'websocket' ? overSocket(method, input) : overHttp(method, input))
      // One entry per method (the latest call), so a long session does not pile them up.
      performance.clearMeasures(`api ${method}`)
      performance.measure(`api ${method}`, { start, end: performance.now() })
      return answer as never
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
