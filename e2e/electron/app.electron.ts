// The app through Electron itself (Playwright's Electron launcher), where an Electron runtime is
// installed: users' machines after their first `npm start`. Our machines cannot download it, so
// there every test here reports itself skipped with the reason; the same renderer and core are
// driven in Chromium through the harness by the *.spec.ts journeys.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import type { SpotterBridge } from '../../src/shared/bridge'

/** The page's globals these tests look at (e2e code is type-checked without the DOM library). */
interface PageGlobals {
  api: SpotterBridge
  require?: unknown
  process?: unknown
  ipcRenderer?: unknown
  open(url: string): unknown
  location: { href: string }
}

const ROOT = resolve(import.meta.dirname, '..', '..')
const MAIN_BUNDLE = join(ROOT, 'out', 'main', 'index.js')
const NOT_INSTALLED =
  'Electron binary not installed on this machine (it cannot be downloaded here; `npm start` fetches it where the network allows); the same journeys ran in Chromium through the harness'

/** The runtime `npm start` would launch, found the same way (scripts/start.mjs), or undefined. */
async function installedElectron(): Promise<string | undefined> {
  const startScript = (await import(pathToFileURL(join(ROOT, 'scripts', 'start.mjs')).href)) as {
    findElectron(root: string, env: NodeJS.ProcessEnv): string | undefined
  }
  return startScript.findElectron(ROOT, process.env)
}

interface Launched {
  app: ElectronApplication
  page: Page
}

async function launch(executable: string, dataDir: string): Promise<Launched> {
  expect(existsSync(MAIN_BUNDLE), `${MAIN_BUNDLE} is missing: run \`npm run build\` first`).toBe(true)
  // Set in some shells and CI images; it would make Electron behave as plain Node and not open the app.
  const env = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE'))
  // Chromium refuses to start as root (CI containers) unless its OS-level sandbox is off; the page is
  // still isolated from Node (contextIsolation, sandboxed preload), which the first test checks.
  const chromiumArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : []
  // The project folder is the app, as with `npm start`: package.json's main is out/main/index.js.
  const app = await electron.launch({ executablePath: executable, args: [...chromiumArgs, ROOT, '--data-dir', dataDir], env, cwd: ROOT })
  const page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
  return { app, page }
}

let executable: string | undefined
let dataDir: string
let launched: Launched | undefined

test.beforeAll(async () => {
  executable = await installedElectron()
  // The list reporter does not print skip reasons; say it once so a skipped run is never mistaken for a pass.
  if (executable === undefined) console.log(`[electron] skipped: ${NOT_INSTALLED}`)
})

test.beforeEach(async () => {
  // Skipped only where Electron's binary is absent (it cannot be downloaded on our machines); the same
  // journeys run in Chromium through the harness, and the reason is printed with the run.
  test.skip(executable === undefined, NOT_INSTALLED)
  dataDir = mkdtempSync(join(tmpdir(), 'spotter-electron-'))
})

test.afterEach(async () => {
  await launched?.app.close()
  launched = undefined
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

test('opens one window titled Spotter on the clients screen, with window.api and nothing of Node in the page', async () => {
  launched = await launch(executable!, dataDir)
  const { app, page } = launched
  expect(app.windows()).toHaveLength(1)
  await expect(page).toHaveURL(/#\/clients$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  // "Spotter", or "<screen> · Spotter" once the page has named the screen.
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle())).toMatch(/(^|· )Spotter$/)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible())).toBe(true)

  const globals = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    return { api: Object.keys(page.api).sort(), host: page.api.host, require: typeof page.require, process: typeof page.process, ipcRenderer: typeof page.ipcRenderer }
  })
  expect(globals).toEqual({ api: ['host', 'invoke', 'subscribe'], host: 'electron', require: 'undefined', process: 'undefined', ipcRenderer: 'undefined' })
})

test('window.api reaches the real core, which validates input, and its changes come back as events', async () => {
  launched = await launch(executable!, dataDir)
  const { page } = launched
  await expect(page).toHaveURL(/#\/clients$/)

  const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.invoke('app.info', {}))
  expect(info).toMatchObject({ ok: true, value: { name: 'Spotter', dataDir } })
  expect(existsSync(join(dataDir, 'spotter.db'))).toBe(true)

  const refused = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.invoke('clients.create', { name: '' }))
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'name' }] } })
  const unknown = await page.evaluate(() => (globalThis as unknown as PageGlobals).api.invoke('db.exec' as 'app.info', {}))
  expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } })

  const { created, heard } = await page.evaluate(async () => {
    const { api } = globalThis as unknown as PageGlobals
    const heard: unknown[] = []
    const stop = api.subscribe('data.changed', (payload) => heard.push(payload))
    const created = await api.invoke('clients.create', { name: 'Dana Whitfield' })
    // Events travel on their own channel; give it a moment to arrive.
    for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((done) => setTimeout(done, 20))
    stop()
    return { created, heard }
  })
  expect(created).toMatchObject({ ok: true, value: { name: 'Dana Whitfield' } })
  expect(heard).toEqual([{ scopes: expect.arrayContaining(['clients']) }])
})

test('the page can neither leave the app nor open windows', async () => {
  launched = await launch(executable!, dataDir)
  const { app, page } = launched
  await expect(page).toHaveURL(/#\/clients$/)

  // Not https, so it is not even handed to the browser: simply refused.
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('file:///etc/passwd') === null)).toBe(true)
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).open('http://example.com/') === null)).toBe(true)
  expect(app.windows()).toHaveLength(1)

  await page.evaluate(() => {
    ;(globalThis as unknown as PageGlobals).location.href = 'file:///etc/passwd'
  })
  await page.waitForTimeout(500)
  // Served from the app's scheme (src/main/window/app-protocol.ts), where V8 keeps its code cache.
  expect(page.url()).toBe('app://spotter/index.html#/clients')
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).api.host)).toBe('electron')
})

test('has the application menu with Help › About Spotter', async () => {
  launched = await launch(executable!, dataDir)
  const menus = await launched.app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => ({ label: item.label, items: item.submenu?.items.map((sub) => sub.label) ?? [] }))
  )
  const labels = menus.map((menu) => menu.label)
  expect(labels).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']))
  expect(menus.find((menu) => menu.label === 'Help')?.items).toContain('About Spotter')
})

test('reopens at the size it was left at', async () => {
  launched = await launch(executable!, dataDir)
  await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.setBounds({ x: 40, y: 50, width: 1100, height: 700 }))
  await launched.app.close()
  launched = undefined

  const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as { width: number; height: number; maximized: boolean }
  expect(saved).toMatchObject({ width: 1100, height: 700, maximized: false })

  launched = await launch(executable!, dataDir)
  const bounds = await launched.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds())
  expect(bounds).toMatchObject({ width: 1100, height: 700 })
})
