import { chromium, type Page } from 'playwright-core'
import { startHarness } from '../src/harness/server'
import type { Result } from './core-scenarios'
import { CHROMIUM_ARGS, type Transport } from './keystroke'
import { figures, ms } from './stats'

// The program designer in Debian's Chromium against the browser harness: how long a 12-week x 3 x 10
// program takes to open (from the address change to the frame that shows its items), and keystroke
// to paint while editing it (typing in an item's notes: every key is an edit of the whole document,
// which the live checks and the autosave follow).

const TIMEOUT_MS = 15_000
const KEY_GAP_MS = 120
const TYPED = ['slow on the way down', 'pause at the top', 'keep hips level']
const CELL = 'input[aria-label^="Notes, "]'

/**
 * Installed before any page script. `arm(expected)`: the next keydown starts a measure; from its
 * frame on, each frame checks that the focused field shows `expected`, and the task posted from the
 * first such frame's rAF marks it painted (that frame's style, layout and paint are done).
 */
const WATCHER = `(() => {
  const dk = { armed: null }
  const afterFrame = (record) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => record(performance.now())
    channel.port2.postMessage(null)
  }
  const check = (a) => requestAnimationFrame(() => {
    if (document.activeElement && document.activeElement.value === a.expected) afterFrame((at) => { a.paintedAt = at })
    else if (performance.now() - a.keyAt < ${TIMEOUT_MS}) check(a)
  })
  dk.arm = (expected) => { dk.armed = { expected } }
  addEventListener('keydown', (event) => {
    const a = dk.armed
    if (!a || a.keyAt !== undefined) return
    a.keyAt = event.timeStamp
    check(a)
  }, true)
  // Opening: from the address change to the frame that shows the program's item cells.
  dk.open = (hash) => new Promise((resolve) => {
    const start = performance.now()
    const poll = () => requestAnimationFrame(() => {
      if (document.querySelector('${CELL}')) afterFrame((at) => resolve(at - start))
      else poll()
    })
    location.hash = hash
    poll()
  })
  window.__dk = dk
})()`

type PageWindow = { __dk: { armed: { keyAt?: number; paintedAt?: number } | null; open(hash: string): Promise<number> } }
const painted = () => (window as unknown as PageWindow).__dk.armed?.paintedAt !== undefined

async function typeInto(page: Page): Promise<number[]> {
  const cell = page.locator(CELL).first()
  const samples: number[] = []
  for (const text of TYPED) {
    await cell.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    let value = ''
    for (const char of text) {
      value += char
      await page.evaluate(`window.__dk.arm(${JSON.stringify(value)})`)
      const pressedAt = Date.now()
      await page.keyboard.press(char === ' ' ? 'Space' : char)
      await page.waitForFunction(painted, undefined, { timeout: TIMEOUT_MS, polling: 10 })
      const { keyAt, paintedAt } = (await page.evaluate('window.__dk.armed')) as { keyAt: number; paintedAt: number }
      samples.push(paintedAt - keyAt)
      await page.waitForTimeout(Math.max(0, KEY_GAP_MS - (Date.now() - pressedAt)))
    }
    // The autosave runs in the pause, as after a trainer's sentence.
    await page.waitForTimeout(600)
  }
  return samples
}

export interface DesignerOptions {
  dataDir: string
  programId: string
  budgetMs: number
  openBudgetMs: number
  /** Measured passes, each in a fresh browser context after one untimed pass. */
  passes?: number
  transport?: Transport
}

export async function designerScenarios(options: DesignerOptions): Promise<{ results: Result[]; notes: string[] }> {
  const { passes = 3 } = options
  const harness = await startHarness({
    dataDir: options.dataDir,
    transport: options.transport ?? 'websocket',
    automaticBackups: false,
    rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined
  })
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const keys: number[] = []
  const opens: number[] = []
  try {
    for (let i = 0; i <= passes; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      try {
        const page = await context.newPage()
        await page.addInitScript(WATCHER)
        await page.goto(`${harness.url}/#/programs`)
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT_MS })
        const openMs = (await page.evaluate(`window.__dk.open('#/programs/${options.programId}')`)) as number
        const typed = await typeInto(page)
        if (i === 0) continue
        opens.push(openMs)
        keys.push(...typed)
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await harness.close()
  }
  return {
    results: [
      { scenario: 'designer: open a 12-week x 3 x 10 program (Chromium + harness)', figures: figures(opens), budgetMs: options.openBudgetMs },
      { scenario: 'designer: keystroke to paint in an item field (Chromium + harness)', figures: figures(keys), budgetMs: options.budgetMs }
    ],
    notes: [
      `Designer: ${passes} passes in fresh browser contexts after an untimed one; opening is from the address change (app already running) to the frame showing the item cells; ` +
        `keystroke to paint is from the key event to the end of the first frame whose field shows the typed text (${keys.length} keys, median ${ms(figures(keys).median)}), ` +
        'while the live checks (deferred) and the autosave follow the edits.'
    ]
  }
}
