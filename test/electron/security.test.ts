import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isAppUrl, isSafeExternalUrl, type AppEntry } from '../../src/main/security'

const index = pathToFileURL('/opt/Spotter/resources/app/out/renderer/index.html').href
const packaged: AppEntry = { fileUrl: index }
const dev: AppEntry = { fileUrl: index, devServerUrl: 'http://localhost:5173/' }

describe('links opened in the user’s browser', () => {
  it.each(['https://example.com', 'https://www.nsca.com/certification/cpt/', 'https://example.com/a?b=c#d'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    'http://example.com',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'ms-settings:privacy',
    'mailto:someone@example.com',
    'https://user:secret@example.com/',
    'not a url',
    '',
    `https://example.com/${'a'.repeat(3000)}`
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})

describe('where the window may navigate and who may call the core', () => {
  it('allows the app’s own page, on any route', () => {
    expect(isAppUrl(index, packaged)).toBe(true)
    expect(isAppUrl(`${index}#/clients/123`, packaged)).toBe(true)
    expect(isAppUrl(`${index}?x=1#/settings`, packaged)).toBe(true)
  })

  it('refuses another local file, even next to the app', () => {
    expect(isAppUrl(pathToFileURL('/opt/Spotter/resources/app/out/renderer/other.html').href, packaged)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false)
    expect(isAppUrl('file://evil-host/opt/Spotter/resources/app/out/renderer/index.html', packaged)).toBe(false)
  })

  it('refuses the web, javascript: and other schemes', () => {
    for (const url of ['https://evil.example', 'https://evil.example/out/renderer/index.html', 'javascript:alert(1)', 'about:blank', 'data:text/html,hi', 'chrome://settings', '']) {
      expect(isAppUrl(url, packaged), url).toBe(false)
    }
  })

  it('allows the page served from the app’s scheme, and nothing else there', () => {
    const served: AppEntry = { fileUrl: index, appUrl: 'app://spotter/index.html' }
    expect(isAppUrl('app://spotter/index.html', served)).toBe(true)
    expect(isAppUrl('app://spotter/index.html#/clients/123', served)).toBe(true)
    expect(isAppUrl(index, served), 'the file:// page stays the app (the fallback)').toBe(true)
    for (const url of ['app://spotter/assets/index.js', 'app://spotter/other.html', 'app://evil/index.html', 'app://user@spotter/index.html', 'app://spotter:8080/index.html', 'appx://spotter/index.html']) {
      expect(isAppUrl(url, served), url).toBe(false)
    }
    expect(isAppUrl('app://spotter/index.html', packaged), 'not without the scheme in use').toBe(false)
  })

  it('allows the dev server only in development, and only its own origin', () => {
    expect(isAppUrl('http://localhost:5173/#/clients', dev)).toBe(true)
    expect(isAppUrl('http://localhost:5173/#/clients', packaged)).toBe(false)
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isAppUrl('http://localhost.evil.example:5173/', dev)).toBe(false)
  })
})
