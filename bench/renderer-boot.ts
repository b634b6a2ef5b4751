import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium, type BrowserContext } from 'playwright-core'
import type { Result } from './core-scenarios'
import { CHROMIUM_ARGS, type Transport } from './keystroke'
import { figures, ms } from './stats'

// Renderer boot as a trainer sees it: from navigation start to the frame that first paints the
// screen's content, in Debian's Chromium against the browser harness (real core, real built renderer).
// The app opens on Today (index.html with no address, as Electron loads it); the client list is the
// other screen a trainer may reopen on.

const TIMEOUT_MS = 15_000

export type BootScreen = 'today' | 'clients'

const SCREENS: Record<BootScreen, { path: string; ready: string; call: string; what: string }> = {
  // Today's overview once dashboard.today has answered (the panels, or the welcome for an empty store).
  today: { path: '/', ready: '[data-testid="today-overview"]', call: 'dashboard.today', what: "Today's overview (the landing screen)" },
  clients: { path: '/#/clients', ready: '[data-testid="client-row"]', call: 'clients.list', what: 'a visible client list' }
}

/**
 * Installed before any page script: notes when the screen's content is first visible in the DOM, then
 * when the frame that shows it is done. The bench waits on the promise it leaves, in one call the page
 * answers once painted: polling for it (Playwright's waitForFunction runs a check every frame) was main
 * thread work in the very interval being timed. "Painted" is a task posted from that frame's rAF, so it
 * runs once the frame's style, layout and paint are done (the rAF time itself came before all three),
 * as the keystroke rows measure it.
 */
const watchFor = (selector: string) => `(() => {
  let painted
  window.__contentPainted = new Promise((resolve) => { painted = resolve })
  const seen = () => {
    const found = document.querySelector(${JSON.stringify(selector)})
    return found !== null && found.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  }
  const observer = new MutationObserver(() => {
    if (!seen()) return
    observer.disconnect()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => painted(performance.now())
      channel.port2.postMessage(null)
    })
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
})()`

/** Starts bench/harness-process.ts (the harness in a process of its own) and returns its address and a stop. */
async function harnessProcess(dataDir: string, transport: Transport, rendererDir: string | undefined): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'harness-process.ts'), dataDir, transport, rendererDir ?? ''], {
    stdio: ['pipe', 'pipe', 'inherit']
  })
  const exited = once(child, 'exit')
  const lines = createInterface({ input: child.stdout })
  const first = await Promise.race([once(lines, 'line'), exited.then(() => { throw new Error('the harness process ended before serving') })])
  const { url } = JSON.parse(String(first[0])) as { url: string }
  return {
    url,
    close: async () => {
      child.stdin.end()
      await exited
    }
  }
}

/**
 * cold: a fresh browser context each run (nothing cached: the first start after installing or updating).
 * warm: one profile on disk throughout, as Electron's session is, reopened as a trainer does each day:
 * the HTTP cache and V8's code cache hold the bundle (after two untimed boots, as V8 caches a script
 * once it has seen it twice). Not Playwright's newContext(): that is an off-the-record profile, which
 * Chromium gives no code cache, so every boot compiled the whole bundle again (measured: 267-315 ms
 * median there against 192-203 ms from a profile on disk, the same build, alternating rounds).
 */
export type BootMode = 'cold' | 'warm'

export async function rendererBoot(
  dataDir: string,
  runs: number,
  budgetMs: number,
  transport: Transport = 'websocket',
  label = '',
  mode: BootMode = 'cold',
  screenName: BootScreen = 'today'
): Promise<Result> {
  const screen = SCREENS[screenName]
  // SPOTTER_RENDERER_DIR: a renderer built elsewhere (as for e2e), e.g. while another build runs.
  const harness = await harnessProcess(dataDir, transport, process.env.SPOTTER_RENDERER_DIR || undefined)
  // Cold: one browser, a fresh context per run. Warm: a browser of its own on the profile folder.
  const browser = mode === 'cold' ? await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS }) : undefined
  const profileDir = mode === 'warm' ? mkdtempSync(join(tmpdir(), 'spotter-boot-profile-')) : undefined
  let shared: BrowserContext | undefined
  try {
    const samples: number[] = []
    const domReady: number[] = []
    const callAnswered: number[] = []
    // Untimed boots first, so the OS file cache and the harness are warm as in daily use.
    const untimed = mode === 'warm' ? 2 : 1
    if (profileDir) {
      shared = await chromium.launchPersistentContext(profileDir, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1280, height: 800 } })
    }
    for (let i = 0; i < runs + untimed; i++) {
      const context = shared ?? (await browser!.newContext({ viewport: { width: 1280, height: 800 } }))
      const page = await context.newPage()
      await page.addInitScript(watchFor(screen.ready))
      await page.goto(`${harness.url}${screen.path}`, { waitUntil: 'commit' })
      let timer: NodeJS.Timeout | undefined
      const paintedAt = await Promise.race([
        page.evaluate(() => (window as unknown as { __contentPainted: Promise<number> }).__contentPainted),
        new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${screen.what} was not painted within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)))
      ]).finally(() => clearTimeout(timer))
      const phases = await page.evaluate((call) => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
        // The harness bridge leaves a measure per method: the screen's first call, from ask to answer.
        const answered = performance.getEntriesByName(`api ${call}`, 'measure')[0]
        return { domReady: nav?.domContentLoadedEventEnd ?? Number.NaN, callAnswered: answered ? answered.startTime + answered.duration : Number.NaN }
      }, screen.call)
      if (i >= untimed) {
        samples.push(paintedAt)
        domReady.push(phases.domReady)
        callAnswered.push(phases.callAnswered)
      }
      if (shared) await page.close()
      else await context.close()
    }
    return {
      scenario: `renderer boot to ${screen.what}${label}, ${mode === 'warm' ? 'reopened (bundle and compiled code cached)' : 'first start (nothing cached)'} (Chromium + harness)`,
      figures: figures(samples),
      budgetMs,
      note: `from navigation start to the frame that paints ${screen.what} (the harness serving from a Node process of its own, as the core has Electron's main process to itself); medians: DOMContentLoaded ${ms(figures(domReady).median)}, ${screen.call} answered ${ms(figures(callAnswered).median)}, content painted ${ms(figures(samples).median)}`
    }
  } finally {
    await shared?.close()
    await browser?.close()
    if (profileDir) rmSync(profileDir, { recursive: true, force: true })
    await harness.close()
  }
}
