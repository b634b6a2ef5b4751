// The renderer served from app://spotter/ instead of file://. Chromium keeps V8's compiled code only
// for pages from http(s) or from a scheme registered with `codeCache` (which needs `standard`): from
// file:// every start compiles the whole bundle again, from app:// a reopened app starts from the cache.
// Only files inside the renderer's folder are served, with a known type; anything else is a 404.
// Electron's objects come in as arguments (type-only imports), so this file loads and tests without Electron.

import { readFile } from 'node:fs/promises'
import nodePath from 'node:path'
import type { CustomScheme, Protocol } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'spotter'
/** The page the window loads (its routes live in the #hash, as with file://). */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

/**
 * Registered before the app is ready. standard: relative URLs, an origin of its own ('self' in the
 * CSP) and web storage; secure: a secure context like https; supportFetchAPI: module scripts load with
 * fetch semantics; codeCache: the point of it all. No bypassCSP, no CORS for other origins.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
}

/** What the renderer ships; a file of any other type is not served. */
const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf'
}

export type AppFile = { ok: true; file: string; mime: string } | { ok: false; status: 404 }

const NOT_FOUND: AppFile = { ok: false, status: 404 }

/**
 * The file an app:// URL names inside `rootDir`, or a 404: another scheme or host, a path that cannot be
 * decoded, that climbs out of the folder (`..`, also percent-encoded), holds a backslash, a NUL or a
 * drive, or names a type the renderer does not ship. `path` is swappable so the Windows rules can be tested.
 */
export function resolveAppFile(rootDir: string, url: string, path: nodePath.PlatformPath = nodePath): AppFile {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return NOT_FOUND
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || parsed.username !== '' || parsed.password !== '') return NOT_FOUND
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return NOT_FOUND
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html'
  // Checked after decoding: "%2e%2e%2f" and "%5c" become "../" and "\" only here.
  const segments = pathname.split('/')
  if (pathname.includes('\\') || pathname.includes('\0') || segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return NOT_FOUND
  const root = path.resolve(rootDir)
  const file = path.resolve(root, ...segments.filter((s) => s !== ''))
  const inside = path.relative(root, file)
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return NOT_FOUND
  const mime = MIME[path.extname(file).toLowerCase()]
  return mime ? { ok: true, file, mime } : NOT_FOUND
}

/** The answer to one request: the file's bytes with its type, or an empty 404 (405 for anything but GET/HEAD). */
export async function appResponse(
  request: { url: string; method: string },
  rootDir: string,
  read: (file: string) => Promise<Uint8Array> = readFile
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 })
  const found = resolveAppFile(rootDir, request.url)
  if (!found.ok) return new Response(null, { status: found.status })
  let body: Uint8Array
  try {
    body = await read(found.file)
  } catch {
    // Missing, a folder, unreadable: the same answer, without saying which.
    return new Response(null, { status: 404 })
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { 'Content-Type': found.mime, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' }
  })
}

/** Registers the scheme; Electron allows this once, before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES])
}

/** Serves `rendererDir` (out/renderer) on app://spotter/, once the app is ready. */
export function serveRenderer(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rendererDir))
}
