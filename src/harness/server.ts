// The browser harness: serves the built renderer and the real core on 127.0.0.1, so the app can be
// driven in Chromium where Electron cannot run. Used by `npm run dev:browser`, the e2e fixtures and the bench.

import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { dirname, extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { transformSync } from 'esbuild'
import { WebSocketServer, type WebSocket } from 'ws'
import { EVENT_NAMES } from '../shared/api'
import { fail, type Envelope } from '../shared/envelope'
import type { Core } from '../main/core/index'
import { openSwitchingCore } from '../main/core-switch'
import { StandInHost } from './host'
import { defaultDataDir, resolveDataDir } from '../main/data-dir'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const DEFAULT_RENDERER_DIR = join(ROOT, 'out', 'renderer')
const MAX_BODY_BYTES = 8 * 1024 * 1024

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json'
}

export interface HarnessOptions {
  dataDir: string
  port?: number
  rendererDir?: string
  /**
   * How the page's window.api reaches the core (see bridge.ts): 'http' (one POST per call, default:
   * e2e journeys answer such requests with failures via page.route) or 'websocket' (one persistent
   * connection, nearest to Electron's IPC; dev:browser and the bench).
   */
  transport?: 'http' | 'websocket'
  /** Passed to the core (its default: on, as in the app); the bench turns it off so a backup does not run during a timing. */
  automaticBackups?: boolean
}

export interface Harness {
  url: string
  core: Core
  /** Stand-in file dialogs: queue answers, see what the app asked to open. */
  host: StandInHost
  close(): Promise<void>
}

function bridgeScript(): string {
  const source = readFileSync(join(ROOT, 'src', 'harness', 'bridge.ts'), 'utf8')
  return transformSync(source, { loader: 'ts', format: 'iife', target: 'es2022' }).code
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(text)
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('too_large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR
  const indexFile = join(rendererDir, 'index.html')
  if (!existsSync(indexFile)) throw new Error(`The renderer is not built (${indexFile} is missing): run \`npm run build\` first`)
  const host = new StandInHost(options.dataDir)
  // A data file that cannot be opened gives the recovery core, so e2e can drive the recovery screen.
  const core = openSwitchingCore({ dataDir: options.dataDir, host, coreOptions: { automaticBackups: options.automaticBackups, checkInBackground: true } })
  const bridge = bridgeScript()
  // The bridge must run before the app's module script, so it goes in as the first script of the page.
  // A plain (parser-blocking) script, as Electron's preload runs before the page: its WebSocket then
  // connects while the page is still parsed, and the app's first calls (sent as soon as its first
  // chunk runs) go out at once instead of waiting for the handshake, which a deferred bridge only
  // started right before the app's first chunk ran (Electron's IPC needs no handshake). The parser
  // waits for this small local file, but the preload scanner fetches the bundle meanwhile.
  const transport = options.transport ?? 'http'
  // Named by its content and kept by the browser, as the built assets are: a reopened page has it at
  // hand, as Electron has its preload, rather than the parser waiting on a fetch each time.
  const bridgeVersion = createHash('sha256').update(bridge).digest('hex').slice(0, 12)
  const indexHtml = readFileSync(indexFile, 'utf8').replace('<script', `<script src="/bridge.js?v=${bridgeVersion}" data-transport="${transport}"></script>\n    <script`)
  const streams = new Set<ServerResponse>()
  let origin = ''
  let allowedHosts = new Set<string>()

  const unsubscribes = EVENT_NAMES.map((event) =>
    core.on(event, (payload) => {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
      for (const stream of streams) stream.write(frame)
      // The WebSocket transport carries the events on its one connection, as Electron's IPC channel does.
      const message = JSON.stringify({ event, payload })
      for (const socket of sockets.clients) if (socket.readyState === socket.OPEN) socket.send(message)
    })
  )

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    // Only the page this harness serves may call it (a browser sends Origin on cross-site POSTs).
    if (req.headers.origin && !allowedHosts.has(req.headers.origin.replace(/^http:\/\//, ''))) {
      sendJson(res, 403, fail('invalid_input', 'Calls from other origins are refused'))
      return
    }
    let input: unknown
    try {
      const body = await readBody(req)
      input = body.trim() === '' ? {} : JSON.parse(body)
    } catch (error) {
      const tooLarge = error instanceof Error && error.message === 'too_large'
      sendJson(res, tooLarge ? 413 : 400, fail('invalid_input', tooLarge ? `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB` : 'The request body is not valid JSON'))
      return
    }
    const envelope: Envelope<unknown> = await core.call(method, input)
    sendJson(res, 200, envelope)
  }

  // The WebSocket transport: {id, method, input} in, {id, envelope} out, answered in any order.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES })
  sockets.on('connection', (socket: WebSocket) => {
    socket.on('message', (data) => {
      let request: { id?: unknown; method?: unknown; input?: unknown }
      try {
        request = JSON.parse(String(data)) as typeof request
      } catch {
        socket.close(1007, 'not JSON')
        return
      }
      const { id, method, input } = request
      if (typeof id !== 'number' || typeof method !== 'string') {
        socket.close(1008, 'a call needs a numeric id and a method name')
        return
      }
      void core.call(method, input ?? {}).then((envelope) => {
        if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id, envelope }))
      })
    })
  })

  function serveStatic(res: ServerResponse, pathname: string): void {
    if (pathname === '/' || pathname === '/index.html') {
      res.writeHead(200, { 'content-type': MIME['.html']!, 'cache-control': 'no-store' })
      res.end(indexHtml)
      return
    }
    const file = normalize(join(rendererDir, decodeURIComponent(pathname)))
    if (!file.startsWith(rendererDir + sep) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not found')
      return
    }
    // Built assets have content hashes in their names: the browser may keep them (and V8 its compiled
    // code), as Electron keeps its own files; a reload then costs what reopening the app costs.
    const cache = pathname.startsWith('/assets/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {}
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', ...cache })
    res.end(readFileSync(file))
  }

  const server = createServer((req, res) => {
    // Refuse other Host names (DNS rebinding): only the loopback address we bound.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      res.writeHead(421, { 'content-type': 'text/plain' })
      res.end('Wrong host')
      return
    }
    const url = new URL(req.url ?? '/', origin)
    if (req.method === 'POST' && url.pathname.startsWith('/api/')) {
      void handleApi(req, res, decodeURIComponent(url.pathname.slice('/api/'.length)))
      return
    }
    if (req.method === 'GET' && url.pathname === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      res.write(': connected\n\n')
      streams.add(res)
      req.on('close', () => streams.delete(res))
      return
    }
    if (req.method === 'GET' && url.pathname === '/bridge.js') {
      res.writeHead(200, { 'content-type': MIME['.js']!, 'cache-control': url.searchParams.get('v') === bridgeVersion ? 'public, max-age=31536000, immutable' : 'no-store' })
      res.end(bridge)
      return
    }
    if (req.method === 'GET') {
      serveStatic(res, url.pathname)
      return
    }
    res.writeHead(405, { 'content-type': 'text/plain' })
    res.end('Method not allowed')
  })

  server.on('upgrade', (req, socket, head) => {
    // The same checks as a call over HTTP: our Host, and only the page this harness serves.
    const origin = req.headers.origin?.replace(/^http:\/\//, '')
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path !== '/ws' || !allowedHosts.has(req.headers.host ?? '') || (origin !== undefined && !allowedHosts.has(origin))) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n')
      return
    }
    sockets.handleUpgrade(req, socket, head, (ws) => sockets.emit('connection', ws, req))
  })

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise())
  })
  const port = (server.address() as AddressInfo).port
  origin = `http://127.0.0.1:${port}`
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`])

  return {
    url: origin,
    core,
    host,
    async close() {
      for (const stream of streams) stream.end()
      streams.clear()
      unsubscribes.forEach((off) => off())
      for (const socket of sockets.clients) socket.terminate()
      sockets.close()
      // Kept-alive browser connections would otherwise hold close() open indefinitely.
      const closed = new Promise<void>((done) => server.close(() => done()))
      server.closeAllConnections()
      await closed
      core.close()
    }
  }
}

function portFromArgs(argv: readonly string[]): number | undefined {
  const i = argv.indexOf('--port')
  if (i < 0) return undefined
  const port = Number(argv[i + 1])
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs a number between 0 and 65535')
  return port
}

// `npm run dev:browser [-- --port N --data-dir DIR]`
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const argv = process.argv.slice(2)
  try {
    const dataDir = resolveDataDir(argv, process.env, defaultDataDir)
    const harness = await startHarness({ dataDir, port: portFromArgs(argv) ?? 5199, transport: 'websocket' })
    console.log(`Spotter is running in your browser at ${harness.url}  (data: ${dataDir}; Ctrl+C to stop)`)
    const stop = () => void harness.close().then(() => process.exit(0))
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  } catch (error) {
    console.error(`Spotter harness could not start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
}
