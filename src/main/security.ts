// The Electron security baseline that is about where the app may go and what it may use: navigation,
// new windows, <webview>, permissions, and which links may open in the user's browser. The decisions
// are pure functions (tested in test/electron/security.test.ts); the wiring takes Electron's objects
// as arguments so this file loads without Electron.

import type { Session, WebContents } from 'electron'

/** Where the app's own page lives: its built index.html, or the dev server in `electron-vite dev`. */
export interface AppEntry {
  /** file:// URL of out/renderer/index.html. */
  fileUrl: string
  /** The same page as the app loads it, from its own scheme (app://spotter/index.html, see window/app-protocol.ts). */
  appUrl?: string
  /** http(s) origin of the dev server, only when running unpackaged in development. */
  devServerUrl?: string
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * True only for the app's own page: the same file (whatever its #route or ?query), the same page on
 * the app's scheme, or the dev server's origin. Used both to allow navigation and to trust an IPC sender.
 */
export function isAppUrl(url: string, entry: AppEntry): boolean {
  const candidate = parse(url)
  if (!candidate) return false
  if (candidate.protocol === 'file:') {
    const own = parse(entry.fileUrl)
    return own !== undefined && candidate.host === own.host && candidate.pathname === own.pathname
  }
  const served = entry.appUrl ? parse(entry.appUrl) : undefined
  if (served && candidate.protocol === served.protocol) {
    // Another page of the scheme (even one the handler would serve) is not the app.
    return candidate.host === served.host && candidate.pathname === served.pathname && candidate.username === '' && candidate.password === '' && candidate.port === ''
  }
  if (entry.devServerUrl && (candidate.protocol === 'http:' || candidate.protocol === 'https:')) {
    return candidate.origin === parse(entry.devServerUrl)?.origin
  }
  return false
}

/**
 * Links that may be handed to the user's browser: https only, with a host and no credentials
 * (file:, javascript:, data:, custom protocols and plain http never leave the app).
 */
export function isSafeExternalUrl(url: string): boolean {
  if (url.length > 2048) return false
  const candidate = parse(url)
  if (!candidate) return false
  return candidate.protocol === 'https:' && candidate.hostname !== '' && candidate.username === '' && candidate.password === ''
}

/**
 * Every web contents the app creates: no navigation away from the app's page (an allowed https
 * link opens in the browser instead), no new windows, no <webview>.
 */
export function hardenWebContents(contents: WebContents, entry: AppEntry, openExternal: (url: string) => void): void {
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url, entry)) return
    event.preventDefault()
    if (event.isMainFrame && isSafeExternalUrl(event.url)) openExternal(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, entry)) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Spotter needs no camera, microphone, location, notifications, USB, serial or HID: refuse them all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}
