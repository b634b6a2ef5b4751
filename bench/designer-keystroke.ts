import { chromium, type Page } from 'playwright-core'
import { startHarness } from '../src/harness/server'
import type { Result } from './core-scenarios'
import { CHROMIUM_ARGS, PACING_ARGS, type Transport } from './keystroke'
import { figures, ms } from './stats'

// The program designer in Debian's Chromium against the browser harness: how long a 12-week x 3 x 10
// program takes to open (from the address change to the frame that shows its items), and keystroke
// to paint while editing it (typing in an item's notes: every key is an edit of the whole document,
// which the live checks and the autosave follow). Its peer: the same keys typed into a plain text box
// on the same page, which no script listens to: the frame's own floor (a key waits for the next
// frame, up to 16.7 ms at 60 Hz, before it can be painted).

const TIMEOUT_MS = 15_000
const KEY_GAP_MS = 120
const TYPED = ['slow on the way down', 'pause at the top', 'keep hips level']
const CELL = 'input[aria-label^="Notes, "]'
/** Opens per pass: the first in a fresh browser context, the others from the programs list again. */
const OPENS_PER_PASS = 10
const PLAIN = 'input#bench-plain-box'

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
    if (document.activeElement && document.activeElement.value === a.expected) afterFrame((at) => { a.paintedAt = at; a.onPainted?.() })
    else if (performance.now() - a.keyAt < ${TIMEOUT_MS}) check(a)
  })
  dk.arm = (expected) => { dk.armed = { expected } }
  // Resolves once the armed key is painted (true), or after timeoutMs (false): the bench asks before
  // the key and waits on this one call, rather than polling the page during the very interval timed.
  dk.whenPainted = (timeoutMs) => new Promise((resolve) => {
    const a = dk.armed
    if (a.paintedAt !== undefined) return resolve(true)
    const timer = setTimeout(() => resolve(false), timeoutMs)
    a.onPainted = () => { clearTimeout(timer); resolve(true) }
  })
  addEventListener('keydown', (event) => {
    const a = dk.armed
    if (!a || a.keyAt !== undefined) return
    a.keyAt = event.timeStamp
    check(a)
  }, true)
  // Opening: from the address change to the frame that shows the program's item cells, and to the
  // frame that shows the whole week with the checks' findings.
  dk.open = (hash) => new Promise((resolve) => {
    const start = performance.now()
    let cells = null
    const poll = () => requestAnimationFrame(() => {
      if (cells === null && document.querySelector('${CELL}')) afterFrame((at) => { cells = at - start })
      if (document.querySelector('${CELL}') && document.querySelector('[data-testid="checks-panel"]:not([aria-busy])')) {
        afterFrame((at) => resolve({ cells: cells ?? at - start, whole: at - start }))
      } else poll()
    })
    location.hash = hash
    poll()
  })
  window.__dk = dk
})()`

type PageWindow = { __dk: { whenPainted(timeoutMs: number): Promise<boolean> } }
const whenPainted = (timeoutMs: number) => (window as unknown as PageWindow).__dk.whenPainted(timeoutMs)

async function typeInto(page: Page, selector: string): Promise<number[]> {
  const cell = page.locator(selector).first()
  const samples: number[] = []
  for (const text of TYPED) {
    await cell.focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    let value = ''
    for (const char of text) {
      value += char
      await page.evaluate(`window.__dk.arm(${JSON.stringify(value)})`)
      const painted = page.evaluate(whenPainted, TIMEOUT_MS)
      const pressedAt = Date.now()
      await page.keyboard.press(char === ' ' ? 'Space' : char)
      if (!(await painted)) throw new Error(`after typing "${value}" into ${selector} the field was not painted showing it within ${TIMEOUT_MS} ms`)
      const { keyAt, paintedAt } = (await page.evaluate('({ keyAt: window.__dk.armed.keyAt, paintedAt: window.__dk.armed.paintedAt })')) as { keyAt: number; paintedAt: number }
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
  const hash = `#/programs/${options.programId}`
  const open = async (page: Page) => (await page.evaluate(`window.__dk.open(${JSON.stringify(hash)})`)) as { cells: number; whole: number }
  const harness = await startHarness({
    dataDir: options.dataDir,
    transport: options.transport ?? 'websocket',
    automaticBackups: false,
    rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined
  })
  // The app checks the whole file on a worker thread at start; timings begin once it is done, as backups are off.
  await harness.core.checked
  // Frames unthrottled, as the library's budgeted row: the app's own time from key (or address) to painted frame,
  // without the wait for the next 60 Hz tick that any change pays (the plain box shows that floor).
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...PACING_ARGS.unthrottled] })
  const keys: number[] = []
  const plainKeys: number[] = []
  const opens: number[] = []
  const firstOpens: number[] = []
  const wholeWeek: number[] = []
  try {
    for (let i = 0; i <= passes; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      try {
        const page = await context.newPage()
        await page.addInitScript(WATCHER)
        await page.goto(`${harness.url}/#/programs`)
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: TIMEOUT_MS })
        const first = await open(page)
        const typed = await typeInto(page, CELL)
        await page.evaluate(`(() => { const box = document.createElement('input'); box.id = 'bench-plain-box'; box.setAttribute('aria-label', 'bench'); box.style.cssText = 'position:fixed;top:0;left:0;z-index:99'; document.body.append(box) })()`)
        const plain = await typeInto(page, PLAIN)
        const again: Array<{ cells: number; whole: number }> = []
        for (let n = 1; n < OPENS_PER_PASS; n++) {
          await page.evaluate(() => (location.hash = '#/programs'))
          await page.getByRole('heading', { level: 1, name: 'Programs' }).waitFor({ timeout: TIMEOUT_MS })
          // The list's rows in place and a moment to settle, as a trainer reads before choosing.
          await page.getByTestId('template-row').first().waitFor({ timeout: TIMEOUT_MS })
          await page.waitForTimeout(300)
          again.push(await open(page))
        }
        if (i === 0) continue
        firstOpens.push(first.cells)
        for (const o of [first, ...again]) {
          opens.push(o.cells)
          wholeWeek.push(o.whole)
        }
        keys.push(...typed)
        plainKeys.push(...plain)
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await harness.close()
  }
  const keyFigures = figures(keys)
  const plainFigures = figures(plainKeys)
  const whole = figures(wholeWeek)
  const firsts = figures(firstOpens)
  return {
    results: [
      { scenario: 'designer: open a 12-week x 3 x 10 program (Chromium + harness)', figures: figures(opens), budgetMs: options.openBudgetMs },
      {
        scenario: 'designer: keystroke to paint in an item field (Chromium + harness)',
        figures: keyFigures,
        budgetMs: options.budgetMs,
        ...(plainFigures.median > 0 ? { peerRatio: keyFigures.median / plainFigures.median, peerName: 'plain text box' } : {})
      },
      { scenario: 'designer: keystroke to paint in a plain text box on the same page (the browser floor)', figures: plainFigures }
    ],
    notes: [
      `Designer: ${passes} passes in fresh browser contexts after an untimed one. Opening is from the address change (app already running) to the frame showing the item cells, ` +
        `${OPENS_PER_PASS} opens a pass: the first right after the app shows the programs list in a fresh context (median ${ms(firsts.median)}), the others from the list again; ` +
        `the frame showing the whole week with the checks' findings follows (median ${ms(whole.median)}, p95 ${ms(whole.p95)}). ` +
        `Keystroke to paint is from the key event to the end of the first frame whose field shows the typed text (${keys.length} keys), ` +
        'while the live checks (in an idle moment after each frame) and the autosave follow the edits. ' +
        'Chromium runs with frames unthrottled (as the library row), so a frame starts as soon as the page has a change: the figures are the app\'s own time, without the wait for the next 60 Hz tick (0-16.7 ms) that every change pays on a real screen. ' +
        'Its peer, a plain text box added to the same page, shows the floor of the browser itself.'
    ]
  }
}
