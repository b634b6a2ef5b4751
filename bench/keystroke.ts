import { chromium, type Page } from 'playwright-core'
import type { Core } from '../src/main/core/index'
import { startHarness } from '../src/harness/server'
import type { Result } from './core-scenarios'
import { figures, ms } from './stats'

// Keystroke to paint on a search screen, as a trainer feels it: from the key event to the frame that
// shows the list for what is now in the box, in Debian's Chromium against the browser harness.
// One key at a time, about as fast as a person types; keys that leave the list as it was are not timed.

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] // as renderer-boot.ts
/**
 * How frames are paced. 'display': as on a 60 Hz screen, a frame starts only on the refresh tick, so
 * any change waits 0-16.7 ms (8.3 on average) for it whatever the app does: even the bare echo of a
 * key cannot have a p95 under 16 ms. 'unthrottled': a frame starts as soon as the page has a change,
 * so the figure is the app's own time from key to painted list; a screen adds its refresh wait on top.
 */
export type FramePacing = 'display' | 'unthrottled'
export const PACING_ARGS: Record<FramePacing, string[]> = { display: [], unthrottled: ['--disable-frame-rate-limit', '--disable-gpu-vsync'] }
const TIMEOUT_MS = 10_000
/** Keys come at most this often (about 8 a second), so a debounce behaves as it does under real typing. */
const KEY_GAP_MS = 120
/** A reader's pause between words: long enough for the library's delayed address write to happen. */
const PAUSE_MS = 400
/** The list counts as showing a result once its size and the names of its first rows are the expected ones. */
const NAMES_COMPARED = 5
/** The first list on opening is waited for by polling (on a timer, not rAF, so the page is not kept producing frames). */
const POLL_MS = 10

/**
 * Installed before any page script. `arm(expected)` starts a measure; the next keydown is its start;
 * every DOM change is checked against the expected list, and the first match waits for its frame.
 * "Painted" is a task posted from that frame's rAF: it runs once the frame's style, layout and paint
 * are done. (A second rAF would add a whole vsync interval whatever the work, and headless Chromium
 * does not run it at all when nothing else changes.) The bench waits for a measure with one call
 * that the page answers once painted, not by polling: a poll every few ms is work on the page's main
 * thread, and on the Node process that also serves the core, in the very interval being timed.
 */
const WATCHER = `(() => {
  performance.setResourceTimingBufferSize(10000)
  const kb = { armed: null, cfg: null }
  kb.signature = () => {
    const c = kb.cfg
    if (!c) return null
    if (document.querySelector(c.empty)) return '0|'
    const slots = document.querySelectorAll(c.slot)
    if (slots.length === 0) return null
    const names = []
    for (const slot of slots) {
      const i = Number(slot.getAttribute('data-index'))
      if (i < c.names) names[i] = slot.querySelector(c.name)?.textContent ?? ''
    }
    return slots[0].getAttribute('aria-setsize') + '|' + names.join('\\n')
  }
  // Called from a rAF callback: a task posted now runs once that frame's rendering work is done.
  kb.afterFrame = (record) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => record(performance.now())
    channel.port2.postMessage(null)
  }
  kb.arm = (expected) => { kb.armed = { expected } }
  // Resolves once the armed measure is painted (true), or after timeoutMs (false).
  kb.whenPainted = (timeoutMs) => new Promise((resolve) => {
    const a = kb.armed
    if (a.paintedAt !== undefined) return resolve(true)
    const timer = setTimeout(() => resolve(false), timeoutMs)
    a.onPainted = () => { clearTimeout(timer); resolve(true) }
  })
  addEventListener('keydown', (event) => {
    const a = kb.armed
    if (!a || a.keyAt !== undefined) return
    a.keyAt = event.timeStamp
    a.listenerAt = performance.now()
    // The frame that echoes the key in the box, whatever the list does.
    requestAnimationFrame(() => kb.afterFrame((at) => { a.echoAt = at }))
  }, true)
  const check = () => {
    const a = kb.armed
    if (!a || a.keyAt === undefined || a.changedAt !== undefined || kb.signature() !== a.expected) return
    a.changedAt = performance.now()
    requestAnimationFrame(() => {
      a.frameAt = performance.now()
      kb.afterFrame((at) => { a.paintedAt = at; a.onPainted?.() })
    })
  }
  // The armed measure's times, and the list call the keystroke caused (if it needed one): the
  // harness bridge leaves a measure "api <method>" from the call to its answer, whatever the transport.
  kb.read = () => {
    const a = kb.armed
    const fetched = performance.getEntriesByName('api ' + kb.cfg.method, 'measure')
      .find((e) => e.startTime >= a.keyAt && e.startTime <= a.changedAt)
    return { ...a, expected: undefined, onPainted: undefined, fetchStart: fetched?.startTime, fetchEnd: fetched ? fetched.startTime + fetched.duration : undefined }
  }
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-setsize'] })
  window.__kb = kb
})()`

interface Armed {
  expected: string
  keyAt?: number
  listenerAt?: number
  /** When the frame that shows the typed key (or the new option) was done. */
  echoAt?: number
  changedAt?: number
  frameAt?: number
  paintedAt?: number
}
interface WatcherConfig {
  /** The list method, to find the keystroke's request among the resource timings. */
  method: string
  slot: string
  name: string
  empty: string
  names: number
}
/**
 * Calls into the watcher, as page expressions since Node-side helpers are not in the page. Polled
 * conditions are functions: the app's CSP refuses the eval that a string condition would need.
 */
type PageWindow = { __kb: { signature(): string | null; whenPainted(timeoutMs: number): Promise<boolean> } }
const listShown = () => (window as unknown as PageWindow).__kb.signature() !== null
const whenPainted = (timeoutMs: number) => (window as unknown as PageWindow).__kb.whenPainted(timeoutMs)
const inPage = {
  configure: (cfg: WatcherConfig) => `window.__kb.cfg = ${JSON.stringify(cfg)}`,
  signature: 'window.__kb.signature()',
  arm: (expected: string) => `window.__kb.arm(${JSON.stringify(expected)})`,
  read: 'window.__kb.read()'
}

/** What the search box and filters hold; the screen's list query is derived from it. */
type ScreenState = Record<string, string>

type Action =
  | { type: 'type'; text: string }
  /** Ctrl+A (not timed), then Backspace. */
  | { type: 'clear' }
  /** ArrowDown on a closed select: Chromium on Linux moves to the next option at once. */
  | { type: 'next-option'; select: string; field: string; times: number }
  | { type: 'pause' }

interface Screen {
  scenario: string
  route: string
  searchLabel: string
  watch: WatcherConfig
  start: ScreenState
  actions: Action[]
  /**
   * Each pass in a fresh browser (the app opened anew) rather than as another visit in one session:
   * for a screen whose keys ask the core, so later passes do not find the first pass's lists cached.
   */
  freshAppEachPass?: boolean
  /** The list the screen should show for a state, asked of the core directly. */
  expected(core: Core, state: ScreenState): Promise<{ total: number; names: string[] }>
}

interface Keystroke extends Required<Omit<Armed, 'expected'>> {
  fetchStart?: number
  fetchEnd?: number
}

const signatureOf = (list: { total: number; names: string[] }) => (list.total === 0 ? '0|' : `${list.total}|${list.names.slice(0, NAMES_COMPARED).join('\n')}`)

async function listOf(core: Core, method: string, input: unknown): Promise<{ total: number; names: string[] }> {
  const result = await core.call(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  const { total, items } = result.value as { total: number; items: { name: string }[] }
  return { total, names: items.map((i) => i.name) }
}

/** One pass over a screen's actions in a fresh page; returns the timed keystrokes and how many left the list unchanged. */
async function pass(page: Page, screen: Screen, signatureFor: (state: ScreenState) => Promise<string>): Promise<{ keys: Keystroke[]; unchanged: number }> {
  const search = page.getByLabel(screen.searchLabel, { exact: true })
  await page.waitForFunction(listShown, undefined, { timeout: TIMEOUT_MS, polling: POLL_MS }).catch(() => {
    throw new Error(`${screen.route} showed no rows matching ${screen.watch.slot} (or ${screen.watch.empty}); is out/renderer older than the screen? (npm run build)`)
  })
  const state = { ...screen.start }
  let shown = await signatureFor(state)
  const onScreen = (await page.evaluate(inPage.signature)) as string | null
  if (onScreen !== shown) throw new Error(`${screen.route} opened with an unexpected list: ${JSON.stringify(onScreen)}`)
  // A reader's pause before the first key too: a person sees the list before typing (a quarter of a
  // second at the very least), and the bench pressed the first key some 20 ms after the first rows
  // appeared, while the screen was still receiving what it needs to answer the next keys itself.
  await page.waitForTimeout(PAUSE_MS)
  const keys: Keystroke[] = []
  let unchanged = 0

  const press = async (key: string, change: ScreenState) => {
    Object.assign(state, change)
    const expected = await signatureFor(state)
    const timed = expected !== shown
    await page.evaluate(inPage.arm(expected))
    // Asked before the key, so the page is already waiting (no call from the bench during the measure).
    const painted = timed ? page.evaluate(whenPainted, TIMEOUT_MS) : Promise.resolve(true)
    const pressedAt = Date.now()
    await page.keyboard.press(key)
    if (timed) {
      if (!(await painted)) {
        const now = (await page.evaluate(inPage.signature)) as string | null
        throw new Error(`after "${key}" (${JSON.stringify(state)}) the list never became ${JSON.stringify(expected)}; it shows ${JSON.stringify(now)}`)
      }
      keys.push((await page.evaluate(inPage.read)) as Keystroke)
      shown = expected
    } else {
      unchanged++
    }
    await page.waitForTimeout(Math.max(0, KEY_GAP_MS - (Date.now() - pressedAt)))
  }

  for (const action of screen.actions) {
    if (action.type === 'pause') await page.waitForTimeout(PAUSE_MS)
    if (action.type === 'type') {
      await search.focus()
      for (const char of action.text) await press(char === ' ' ? 'Space' : char, { query: `${state.query ?? ''}${char}` })
    }
    if (action.type === 'clear') {
      await search.focus()
      await page.keyboard.press('Control+A')
      await press('Backspace', { query: '' })
    }
    if (action.type === 'next-option') {
      await page.focus(action.select)
      for (let i = 0; i < action.times; i++) {
        const next = await page.$eval(action.select, (s) => (s as HTMLSelectElement).options[(s as HTMLSelectElement).selectedIndex + 1]?.value)
        if (next === undefined) throw new Error(`${action.select} has no option after the current one`)
        await press('ArrowDown', { [action.field]: next })
      }
    }
  }
  return { keys, unchanged }
}

const median = (values: number[]) => figures(values).median

/** Medians of where a keystroke's time goes, in words for the results notes. */
function breakdown(keys: Keystroke[]): string {
  const fetched = keys.filter((k) => k.fetchStart !== undefined && k.fetchEnd !== undefined)
  const cached = keys.filter((k) => k.fetchStart === undefined)
  const parts = [
    `${keys.length} keystrokes timed`,
    `key to the box's own echo painted ${ms(median(keys.map((k) => k.echoAt - k.keyAt)))}`,
    `DOM change to painted ${ms(median(keys.map((k) => k.paintedAt - k.changedAt)))}`
  ]
  if (fetched.length > 0) {
    parts.push(
      `${fetched.length} fetched a new list: key to request ${ms(median(fetched.map((k) => k.fetchStart! - k.keyAt)))}, ` +
        `call (transport + core) ${ms(median(fetched.map((k) => k.fetchEnd! - k.fetchStart!)))}, ` +
        `response to DOM change ${ms(median(fetched.map((k) => k.changedAt - k.fetchEnd!)))}, ` +
        `key to painted ${ms(median(fetched.map((k) => k.paintedAt - k.keyAt)))}`
    )
  }
  if (cached.length > 0) parts.push(`${cached.length} shown from the query cache: key to painted ${ms(median(cached.map((k) => k.paintedAt - k.keyAt)))}`)
  return parts.join('; ')
}

interface Measured {
  keys: Keystroke[]
  /** Keys after which the list showed what it showed before (not timed). */
  unchanged: number
}

/**
 * Times a screen's keystrokes over `passes` visits to it in one app session, after one untimed warm-up
 * pass. The app is opened once, as a trainer's day starts; each later pass leaves the screen for Today
 * and comes back, so every pass starts from a freshly opened screen. The untimed pass takes the keys
 * typed first after the app opens, which run code for the first time (30-35 ms for the first key, about
 * twice a warm key for the second): a fresh browser per pass put two such keys in every pass, 6% of
 * the keys timed, where a trainer meets them once a day. A screen marked freshAppEachPass (the client
 * list, whose keys ask the core) still opens the app anew for each pass.
 */
async function measureScreen(
  screen: Screen,
  dataDir: string,
  passes: number,
  rendererDir: string | undefined,
  transport: Transport,
  pacing: FramePacing
): Promise<Measured> {
  const harness = await startHarness({ dataDir, rendererDir, transport, automaticBackups: false })
  // The app checks the whole file on a worker thread at start; timings begin once it is done, as backups are off.
  await harness.core.checked
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...PACING_ARGS[pacing]] })
  const signatures = new Map<string, string>()
  const signatureFor = async (state: ScreenState) => {
    const key = JSON.stringify(state)
    if (!signatures.has(key)) signatures.set(key, signatureOf(await screen.expected(harness.core, state)))
    return signatures.get(key)!
  }
  let context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const open = async () => {
    const page = await context.newPage()
    await page.addInitScript(WATCHER)
    await page.goto(`${harness.url}/#${screen.route}`)
    await page.evaluate(inPage.configure(screen.watch))
    return page
  }
  try {
    const measured: Measured = { keys: [], unchanged: 0 }
    let page = await open()
    for (let i = 0; i <= passes; i++) {
      if (i > 0 && screen.freshAppEachPass) {
        await context.close()
        context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
        page = await open()
      } else if (i > 0) {
        // Away to Today and back, through the app's own (hash) navigation: the screen mounts afresh.
        await page.evaluate(() => {
          location.hash = '#/'
        })
        await page.waitForFunction((slot) => document.querySelector(slot) === null, screen.watch.slot, { timeout: TIMEOUT_MS, polling: POLL_MS })
        await page.waitForTimeout(PAUSE_MS)
        await page.evaluate((route) => {
          location.hash = `#${route}`
        }, screen.route)
      }
      const run = await pass(page, screen, signatureFor)
      if (i === 0) continue
      measured.keys.push(...run.keys)
      measured.unchanged += run.unchanged
    }
    return measured
  } finally {
    await context.close()
    await browser.close()
    await harness.close()
  }
}

const LIBRARY: Screen = {
  scenario: 'exercise library: keystroke to paint (2,000 exercises)',
  route: '/exercises',
  searchLabel: 'Search exercises',
  watch: { method: 'exercises.list', slot: 'ul[aria-label="Exercises"] > li[data-index]', name: '.exercise-row-name', empty: '.library-page .empty-state', names: NAMES_COMPARED },
  start: { query: '', muscleGroup: '', level: '' },
  actions: [
    // Many keys leave the list as it was (the library is mostly lower body: "ha" to "hamstring" all match
    // the same 1,874); these words change it on most keys, and end once on an empty result.
    { type: 'type', text: 'hamstring cu' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'type', text: 'lunge' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'type', text: 'single-leg' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'type', text: 'wall sit' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'type', text: 'calf raise' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'pause' },
    { type: 'next-option', select: '#filter-muscleGroup', field: 'muscleGroup', times: 3 },
    { type: 'next-option', select: '#filter-level', field: 'level', times: 2 }
  ],
  // As the screen asks (listQueryOf in features/exercises/libraryFilters.ts), first page only.
  expected: (core, s) =>
    listOf(core, 'exercises.list', {
      query: (s.query ?? '').trim(),
      muscleGroup: s.muscleGroup || null,
      equipment: null,
      level: s.level || null,
      setting: null,
      category: null,
      source: 'all',
      includeHidden: false,
      includeArchived: false,
      fitsClientId: null,
      limit: 60,
      offset: 0
    })
}

const CLIENTS: Screen = {
  scenario: 'client list: keystroke to paint (5,000 clients)',
  freshAppEachPass: true,
  route: '/clients',
  searchLabel: 'Search clients',
  watch: { method: 'clients.list', slot: 'ul[aria-label="Clients"] > li[data-index]', name: '.client-row-name', empty: '.client-list-page .empty-state', names: NAMES_COMPARED },
  start: { query: '' },
  actions: [
    { type: 'type', text: 'kowal' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'type', text: 'nguyen t' },
    { type: 'pause' },
    { type: 'clear' },
    { type: 'type', text: 'runner' }
  ],
  expected: (core, s) => listOf(core, 'clients.list', { query: (s.query ?? '').trim(), status: 'active', sort: 'name', limit: 100, offset: 0 })
}

export interface KeystrokeOptions {
  /** The 2,000-exercise store (buildLibrary) and the 5,000-client store (buildDataset). */
  libraryDir: string
  clientsDir: string
  budgetMs: number
  /** Measured passes per screen, each in a fresh browser context. */
  passes?: number
  /** Defaults to the harness's (out/renderer). */
  rendererDir?: string
  /** The harness bridge's transport; 'websocket' is the nearest to Electron's IPC (default). */
  transport?: Transport
}

export type Transport = 'http' | 'websocket'

/**
 * The library against the budget with frames unthrottled (the app's own time), then again paced as a
 * 60 Hz display for information; each with the echo alone beside it (the frame that shows the typed
 * key, before the list follows). The client list for information: each of its keys asks the core
 * (over the harness's WebSocket, where Electron has IPC), which the library's frame budget leaves out.
 * A screen that cannot be measured is reported as such rather than stopping the bench.
 */
export async function keystrokeScenarios(options: KeystrokeOptions): Promise<{ results: Result[]; notes: string[] }> {
  const { passes = 3, budgetMs } = options
  const results: Result[] = []
  const notes = [
    `Keystroke to paint: one key at a time, ${KEY_GAP_MS} ms or more apart, a fresh browser context per pass after one untimed pass; ` +
      'from the key event to the end of the frame that shows the new list (its size and first rows as the core gives them). ' +
      `Keys that leave the list as it was are not timed. The client list asks the core on every key (over the harness's WebSocket), so its figure, call included, is informational (${ms(budgetMs)} would be its budget too).`,
    'Frames: the budgeted figure runs Chromium with frames unthrottled (--disable-frame-rate-limit), so a frame starts as soon as the page has a change and the figure is ' +
      "the app's own time. \"At 60 Hz\" runs the same keys with frames on a 60 Hz tick, as on a screen: every change then also waits 0-16.7 ms (8.3 on average) " +
      'for the next refresh, whatever the app does, so there not even the bare echo of a key can have a p95 under 16 ms.'
  ]
  const runs: { screen: Screen; dataDir: string; pacing: FramePacing; budgeted: boolean; scenario: string }[] = [
    { screen: LIBRARY, dataDir: options.libraryDir, pacing: 'unthrottled', budgeted: true, scenario: LIBRARY.scenario },
    { screen: LIBRARY, dataDir: options.libraryDir, pacing: 'display', budgeted: false, scenario: `${LIBRARY.scenario} at 60 Hz` },
    { screen: CLIENTS, dataDir: options.clientsDir, pacing: 'unthrottled', budgeted: false, scenario: CLIENTS.scenario }
  ]
  for (const { screen, dataDir, pacing, budgeted, scenario } of runs) {
    try {
      const { keys, unchanged } = await measureScreen(screen, dataDir, passes, options.rendererDir, options.transport ?? 'websocket', pacing)
      results.push({ scenario, figures: figures(keys.map((k) => k.paintedAt - k.keyAt)), budgetMs: budgeted ? budgetMs : undefined })
      if (screen === LIBRARY) {
        const echo = `${screen.scenario.split(':')[0]}: keystroke to its echo in the box${pacing === 'display' ? ' at 60 Hz' : ''}`
        results.push({ scenario: echo, figures: figures(keys.map((k) => k.echoAt - k.keyAt)) })
      }
      notes.push(`${scenario}: ${breakdown(keys)}${unchanged > 0 ? `; ${unchanged} more left the list as it was` : ''}.`)
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
      results.push({ scenario, figures: figures([]), budgetMs: budgeted ? budgetMs : undefined })
      notes.push(`${scenario} could not be measured: ${reason}`)
    }
  }
  return { results, notes }
}
