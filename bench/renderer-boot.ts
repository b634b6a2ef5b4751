import { chromium } from 'playwright-core'
import { startHarness } from '../src/harness/server'
import type { Result } from './core-scenarios'
import { CHROMIUM_ARGS, type Transport } from './keystroke'
import { figures, ms } from './stats'

// Renderer boot as a trainer sees it: from navigation start to the frame that first paints a client
// row, in Debian's Chromium against the browser harness (real core, real built renderer).

const TIMEOUT_MS = 15_000

/** Installed before any page script: notes when a visible client row is first in the DOM, then the next frame. */
const WATCH_FOR_FIRST_ROW = `(() => {
  const seen = () => {
    const row = document.querySelector('[data-testid="client-row"]')
    return row !== null && row.checkVisibility({ visibilityProperty: true, opacityProperty: true })
  }
  const observer = new MutationObserver(() => {
    if (!seen()) return
    observer.disconnect()
    // rAF callbacks run just before the frame is painted: this is the frame that shows the row.
    requestAnimationFrame(() => { window.__firstClientRowAt = performance.now() })
  })
  observer.observe(document, { childList: true, subtree: true, attributes: true })
})()`

/**
 * cold: a fresh browser context each run (nothing cached: the first start after installing).
 * warm: one context throughout, as a trainer reopens the app each day: the HTTP cache and V8's code
 * cache hold the bundle (after two untimed boots, as V8 caches a script once it has seen it twice).
 */
export type BootMode = 'cold' | 'warm'

export async function rendererBoot(dataDir: string, runs: number, budgetMs: number, transport: Transport = 'websocket', label = '', mode: BootMode = 'cold'): Promise<Result> {
  // SPOTTER_RENDERER_DIR: a renderer built elsewhere (as for e2e), e.g. while another build runs.
  const harness = await startHarness({ dataDir, transport, automaticBackups: false, rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  try {
    const samples: number[] = []
    const domReady: number[] = []
    const listAnswered: number[] = []
    // Untimed boots first, so the OS file cache and the harness are warm as in daily use.
    const untimed = mode === 'warm' ? 2 : 1
    const shared = mode === 'warm' ? await browser.newContext({ viewport: { width: 1280, height: 800 } }) : undefined
    for (let i = 0; i < runs + untimed; i++) {
      const context = shared ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }))
      const page = await context.newPage()
      await page.addInitScript(WATCH_FOR_FIRST_ROW)
      await page.goto(`${harness.url}/#/clients`, { waitUntil: 'commit' })
      const at = await page.waitForFunction(() => (window as unknown as { __firstClientRowAt?: number }).__firstClientRowAt, undefined, { timeout: TIMEOUT_MS })
      const paintedAt = (await at.jsonValue()) as number
      const phases = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
        // The harness bridge leaves a measure per method: the latest clients.list call, from ask to answer.
        const list = performance.getEntriesByName('api clients.list', 'measure')[0]
        return { domReady: nav?.domContentLoadedEventEnd ?? Number.NaN, listAnswered: list ? list.startTime + list.duration : Number.NaN }
      })
      if (i >= untimed) {
        samples.push(paintedAt)
        domReady.push(phases.domReady)
        listAnswered.push(phases.listAnswered)
      }
      if (shared) await page.close()
      else await context.close()
    }
    await shared?.close()
    return {
      scenario: `renderer boot to a visible client list${label}, ${mode === 'warm' ? 'reopened (bundle cached)' : 'first start (nothing cached)'} (Chromium + harness)`,
      figures: figures(samples),
      budgetMs,
      note: `medians: DOMContentLoaded ${ms(figures(domReady).median)}, first clients.list answered ${ms(figures(listAnswered).median)}, first row painted ${ms(figures(samples).median)}`
    }
  } finally {
    await browser.close()
    await harness.close()
  }
}
