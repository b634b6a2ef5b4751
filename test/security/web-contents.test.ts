import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Session, WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { denyAllPermissions, hardenWebContents, type AppEntry } from '../../src/main/security'

// The wiring of src/main/security.ts against stand-ins for Electron's web contents and session
// (the URL decisions themselves are tested in test/electron/security.test.ts).

const entry: AppEntry = { fileUrl: pathToFileURL('/opt/Spotter/out/renderer/index.html').href }

type OpenHandler = (details: { url: string }) => { action: string }

function fakeContents() {
  const emitter = new EventEmitter()
  let openHandler: OpenHandler | undefined
  const contents = Object.assign(emitter, {
    setWindowOpenHandler: (handler: OpenHandler) => {
      openHandler = handler
    }
  })
  const opened: string[] = []
  hardenWebContents(contents as unknown as WebContents, entry, (url) => opened.push(url))
  /** Emits an Electron-style event; answers whether a handler called preventDefault. */
  const fire = (name: string, details: Record<string, unknown> = {}): boolean => {
    let prevented = false
    emitter.emit(name, { ...details, preventDefault: () => (prevented = true) })
    return prevented
  }
  return { fire, opened, open: (url: string) => openHandler!({ url }) }
}

describe('navigation, new windows and <webview>', () => {
  it('lets the app move between its own routes', () => {
    const { fire, opened } = fakeContents()
    expect(fire('will-frame-navigate', { url: `${entry.fileUrl}#/clients`, isMainFrame: true })).toBe(false)
    expect(opened).toEqual([])
  })

  it('blocks navigation anywhere else; a safe https link goes to the browser instead', () => {
    const { fire, opened } = fakeContents()
    expect(fire('will-frame-navigate', { url: 'https://example.com/', isMainFrame: true })).toBe(true)
    expect(fire('will-frame-navigate', { url: 'file:///etc/passwd', isMainFrame: true })).toBe(true)
    expect(fire('will-frame-navigate', { url: 'javascript:alert(1)', isMainFrame: true })).toBe(true)
    // A frame inside the page never opens anything.
    expect(fire('will-frame-navigate', { url: 'https://ads.example/', isMainFrame: false })).toBe(true)
    expect(opened).toEqual(['https://example.com/'])
  })

  it('blocks redirects away from the app', () => {
    const { fire } = fakeContents()
    expect(fire('will-redirect', { url: 'https://evil.example/' })).toBe(true)
    expect(fire('will-redirect', { url: `${entry.fileUrl}#/settings` })).toBe(false)
  })

  it('never opens a new window; a safe link opens in the browser', () => {
    const { open, opened } = fakeContents()
    expect(open('https://example.com/help')).toEqual({ action: 'deny' })
    expect(open('http://example.com/')).toEqual({ action: 'deny' })
    expect(open(`${entry.fileUrl}#/clients`)).toEqual({ action: 'deny' })
    expect(open('file:///etc/passwd')).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.com/help'])
  })

  it('refuses to attach a <webview>', () => {
    expect(fakeContents().fire('will-attach-webview')).toBe(true)
  })
})

describe('permissions', () => {
  it('denies every request and every check', () => {
    let request: ((c: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    let device: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (h: typeof request) => (request = h),
      setPermissionCheckHandler: (h: typeof check) => (check = h),
      setDevicePermissionHandler: (h: typeof device) => (device = h)
    }
    denyAllPermissions(session as unknown as Session)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid', 'serial', 'usb']) {
      let granted: boolean | undefined
      request!(undefined, permission, (answer) => (granted = answer))
      expect(granted, permission).toBe(false)
    }
    expect(check!()).toBe(false)
    expect(device!()).toBe(false)
  })
})

describe('the Electron entry point uses these', () => {
  // A plain reading of src/main/index.ts: the handlers above only protect the app if they are wired.
  const source = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'main', 'index.ts'), 'utf8')
  it('sandboxes every renderer, hardens every web contents and denies permissions', () => {
    expect(source).toMatch(/app\.enableSandbox\(\)/)
    expect(source).toMatch(/app\.on\('web-contents-created',[^\n]*hardenWebContents\(contents, entry/)
    expect(source).toMatch(/denyAllPermissions\(session\.defaultSession\)/)
    // Links reach the system browser only through the allow-list.
    for (const call of source.matchAll(/shell\.openExternal\(([^)]*)\)/g)) {
      const line = source.slice(source.lastIndexOf('\n', call.index), call.index)
      expect(line, 'openExternal behind isSafeExternalUrl').toMatch(/isSafeExternalUrl\(/)
    }
  })
})
