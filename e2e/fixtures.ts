import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import type { Envelope } from '../src/shared/envelope'
import { startHarness } from '../src/harness/server'

export const ARTIFACTS_DIR = join(process.cwd(), 'e2e-artifacts')

export interface HarnessFixture {
  url: string
  dataDir: string
  /** Calls the same core the page uses, for setting up and checking what the UI did. */
  call(method: string, input?: unknown): Promise<Envelope<any>> // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary values
  /** Like call, but returns the value and throws on an error envelope. */
  value(method: string, input?: unknown): Promise<any> // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary values
  /** Stand-in file dialogs: a save dialog answers <dataDir>/exports/<name>; queue other answers here. */
  dialogs: { answerNext(path: string | null): void; readonly opened: string[]; readonly shown: string[] }
}

export const test = base.extend<{ harness: HarnessFixture }>({
  harness: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'spotter-e2e-'))
    // SPOTTER_RENDERER_DIR lets a developer test a renderer built elsewhere (e.g. while another build runs).
    const harness = await startHarness({ dataDir, rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined })
    const consoleErrors: string[] = []
    page.on('pageerror', (error) => consoleErrors.push(error.message))
    const call = (method: string, input?: unknown) => harness.core.call(method, input ?? {})
    const value = async (method: string, input?: unknown) => {
      const envelope = await call(method, input)
      if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`)
      return envelope.value
    }
    await use({ url: harness.url, dataDir, call, value, dialogs: harness.host })
    await page.close()
    await harness.close()
    rmSync(dataDir, { recursive: true, force: true })
    // An uncaught error in the page is a bug even when the journey got through.
    expect(consoleErrors, 'uncaught errors in the page').toEqual([])
  }
})

export { expect }

/** axe-core scan of what is on screen now: no serious or critical violation. */
export async function checkA11y(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  const summary = bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(summary, `accessibility violations on ${label}`).toEqual([])
}

/** Saves a full-page screenshot under e2e-artifacts/ for a person to look at. */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true })
}
