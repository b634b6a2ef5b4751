import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { APP_INDEX_URL, APP_SCHEME_PRIVILEGES, appResponse, resolveAppFile } from '../../src/main/window/app-protocol'

// The app:// scheme serves the built renderer: only files inside its folder, with their types.

const ROOT = '/opt/Spotter/resources/app/out/renderer'

describe('which file an app:// address names', () => {
  it('serves the page and its assets from the renderer folder, with their types', () => {
    expect(resolveAppFile(ROOT, APP_INDEX_URL)).toEqual({ ok: true, file: `${ROOT}/index.html`, mime: 'text/html; charset=utf-8' })
    expect(resolveAppFile(ROOT, 'app://spotter/')).toMatchObject({ ok: true, file: `${ROOT}/index.html` })
    expect(resolveAppFile(ROOT, 'app://spotter/assets/index-D54rsWJB.js')).toEqual({ ok: true, file: `${ROOT}/assets/index-D54rsWJB.js`, mime: 'text/javascript; charset=utf-8' })
    expect(resolveAppFile(ROOT, 'app://spotter/assets/index-D_58llEx.css')).toMatchObject({ mime: 'text/css; charset=utf-8' })
    expect(resolveAppFile(ROOT, 'app://spotter/assets/DejaVuSans.woff2')).toMatchObject({ mime: 'font/woff2' })
    expect(resolveAppFile(ROOT, 'app://spotter/logo.SVG')).toMatchObject({ mime: 'image/svg+xml' })
  })

  it('ignores the route and query, and decodes the path', () => {
    expect(resolveAppFile(ROOT, `${APP_INDEX_URL}?x=1#/clients/123`)).toMatchObject({ ok: true, file: `${ROOT}/index.html` })
    expect(resolveAppFile(ROOT, 'app://spotter/assets/a%20b.js')).toMatchObject({ ok: true, file: `${ROOT}/assets/a b.js` })
  })

  it('clamps a literal or percent-encoded ".." at the folder, as the URL parser does', () => {
    expect(resolveAppFile(ROOT, 'app://spotter/../../../etc/passwd.json')).toMatchObject({ ok: true, file: `${ROOT}/etc/passwd.json` })
    expect(resolveAppFile(ROOT, 'app://spotter/%2e%2e/%2e%2e/main/index.js')).toMatchObject({ ok: true, file: `${ROOT}/main/index.js` })
    expect(resolveAppFile(ROOT, 'app://spotter/assets/.%2E/.%2e/x.js')).toMatchObject({ ok: true, file: `${ROOT}/x.js` })
  })

  it.each([
    ['climbing out, encoded slashes', 'app://spotter/assets/..%2F..%2F..%2Fmain%2Findex.js'],
    ['climbing out, encoded backslashes', 'app://spotter/assets/..%5C..%5Cmain%5Cindex.js'],
    ['a NUL byte', 'app://spotter/index.html%00.js'],
    ['a drive', 'app://spotter/C:%5CWindows%5Cwin.ini'],
    ['a broken escape', 'app://spotter/assets/%E0%A4%A.js'],
    ['an unknown type', 'app://spotter/../main/index.cjs'],
    ['a type the renderer does not ship', 'app://spotter/spotter.db'],
    ['no type at all', 'app://spotter/assets'],
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'file:///opt/Spotter/resources/app/out/renderer/index.html'],
    ['credentials', 'app://user:pw@spotter/index.html'],
    ['not a URL', 'index.html']
  ])('refuses %s (%s)', (_what, url) => {
    const found = resolveAppFile(ROOT, url)
    expect(found).toEqual({ ok: false, status: 404 })
  })

  it('keeps a Windows install inside its folder too', () => {
    const winRoot = 'C:\\Program Files\\Spotter\\resources\\app\\out\\renderer'
    expect(resolveAppFile(winRoot, 'app://spotter/assets/index.js', path.win32)).toMatchObject({ ok: true, file: `${winRoot}\\assets\\index.js` })
    for (const url of ['app://spotter/..%5C..%5Cmain.js', 'app://spotter/%2e%2e%5Cx.js', 'app://spotter/D:%5Cx.js', 'app://spotter/%5C%5Cserver%5Cshare%5Cx.js']) {
      expect(resolveAppFile(winRoot, url, path.win32), url).toEqual({ ok: false, status: 404 })
    }
  })

  it('is registered as a standard, secure scheme with the code cache', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } })
  })
})

describe('what the handler answers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'spotter-app-protocol-'))
  mkdirSync(path.join(dir, 'renderer', 'assets'), { recursive: true })
  writeFileSync(path.join(dir, 'renderer', 'index.html'), '<!doctype html><title>Spotter</title>')
  writeFileSync(path.join(dir, 'renderer', 'assets', 'app.js'), 'export const x = 1')
  // Next to the renderer, as out/main is: never served.
  writeFileSync(path.join(dir, 'secret.js'), 'the main process')
  const renderer = path.join(dir, 'renderer')
  const get = (url: string, method = 'GET') => appResponse({ url, method }, renderer)

  it('sends the file with its type', async () => {
    const page = await get(APP_INDEX_URL)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Spotter</title>')
    const script = await get('app://spotter/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('export const x = 1')
  })

  it('answers 404 for a missing file, a folder, or a file outside the renderer', async () => {
    expect((await get('app://spotter/assets/missing.js')).status).toBe(404)
    expect((await get('app://spotter/assets.js')).status).toBe(404)
    expect((await get('app://spotter/%2e%2e/secret.js')).status).toBe(404)
    expect((await get('app://spotter/assets/..%2F..%2Fsecret.js')).status).toBe(404)
  })

  it('serves reads only', async () => {
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405)
    const head = await get(APP_INDEX_URL, 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})
