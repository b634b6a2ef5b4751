// Printed plan budgets (issue 5) on a 12-week x 3 sessions x 8 items plan with instructions:
// - plans.export through the core (read, lay out, draw in the worker, write the file): p95 ≤ 1.5 s;
// - no slower than Chromium printing the same plan as HTML to PDF (page.pdf()), measured in the same run;
// - peak memory (RSS of a CLI-like process exporting the plan, worker included) ≤ 300 MB.
// `npx tsx bench/pdf.ts [runs]` runs it alone; bench/run.ts may call pdfScenarios.

import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { createCore, type Core } from '../src/main/core/index'
import { buildPlanModel } from '../src/main/core/pdf/plan-data'
import type { PlanModel } from '../src/main/core/pdf/model'
import { PlanExportInput } from '../src/shared/plans'
import type { Program } from '../src/shared/programs'
import type { Settings } from '../src/shared/settings'
import type { Exercise } from '../src/shared/exercises'
import { bigProgramDocument } from '../test/programs/big-program'
import type { Result } from './core-scenarios'
import { figures, ms } from './stats'

const BUDGET_MS = 1500
const MEMORY_BUDGET_MB = 300
const SHAPE = '12 weeks x 3 sessions x 8 items, with instructions'
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']
const DROPPED = new Set(['leg-swings', 'calf-raise-step'])

async function value<T>(core: Core, method: string, input: unknown): Promise<T> {
  const answer = await core.call(method, input)
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  return answer.value as T
}

async function seedPlan(core: Core): Promise<Program> {
  const client = await value<{ id: string }>(core, 'clients.create', { name: 'Zoë Łukasiewicz-Nguyễn' })
  const doc = bigProgramDocument('Twelve-week block')
  const exercises = await value<{ items: { id: string; builtinKey: string | null }[] }>(core, 'exercises.list', { limit: 500 })
  const dropped = new Set(exercises.items.filter((e) => e.builtinKey && DROPPED.has(e.builtinKey)).map((e) => e.id))
  for (const week of doc.weeks) for (const s of week.sessions) s.items = s.items.filter((i) => !dropped.has(i.exerciseId))
  const created = await value<Program>(core, 'programs.create', { clientId: client.id, name: 'Block', weeks: 1, sessionsPerWeek: 3 })
  await value(core, 'programs.save', { id: created.id, revision: created.revision, document: doc })
  await value(core, 'programs.reschedule', { id: created.id, startDate: '2031-01-06', weekdays: [1, 3, 5] })
  return value<Program>(core, 'programs.get', { id: created.id })
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The same plan as a plain HTML page (tables per session and four weeks, then the guide), for Chromium. */
export function planHtml(model: PlanModel): string {
  const groups = [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
  const cell = (c: PlanModel['sessions'][number]['rows'][number]['weeks'][number]) =>
    c ? `<b>${esc(c.work)}</b><br>${esc(c.load)} ${esc(c.extra)} ${esc(c.notes)}${'<div class="log"><span></span>×<span></span></div>'.repeat(c.sets)}` : '–'
  const sessions = model.sessions
    .flatMap((s) =>
      groups.map(
        (g) => `<section><h2>${esc(s.name)} <small>Weeks ${g[0]! + 1}-${g.at(-1)! + 1}</small></h2><table><tr><th>Exercise</th>${g.map((w) => `<th>Week ${w + 1}</th>`).join('')}</tr>${s.rows
          .map((r) => `<tr><td><b>${esc(r.label ?? '')} ${esc(r.exerciseName)}</b><br><small>${esc(r.constant)}</small></td>${g.map((w) => `<td>${cell(r.weeks[w] ?? null)}</td>`).join('')}</tr>`)
          .join('')}</table></section>`
      )
    )
    .join('')
  const guides = model.guides
    .map((gd) => `<article><h3>${esc(gd.name)}</h3><p>${esc(gd.summary)}</p><ol>${gd.steps.map((x) => `<li>${esc(x)}</li>`).join('')}</ol><ul>${[...gd.cues, ...gd.breathing, ...gd.safety].map((x) => `<li>${esc(x)}</li>`).join('')}</ul></article>`)
    .join('')
  return `<!doctype html><meta charset="utf-8"><style>
    body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1c2330} section{page-break-after:always}
    table{width:100%;border-collapse:collapse} td,th{border-bottom:.5pt solid #d5d9e0;padding:4pt;vertical-align:top;text-align:left}
    tr{page-break-inside:avoid} .log{display:flex;gap:4pt;margin-top:2pt} .log span{flex:1;height:9pt;border:.6pt solid #9aa3b1;border-radius:1.5pt}
    </style><h1>${esc(model.clientName ?? 'Template')}</h1><h2>${esc(model.programName)}</h2>${sessions}${guides}`
}

/** Chromium with one page, ready to print HTML to PDF as an Electron app would (webContents.printToPDF). */
async function chromiumPrinter(html: string) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })
  const page = await browser.newPage()
  return {
    async print(): Promise<void> {
      await page.setContent(html)
      await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '20mm', left: '15mm', right: '15mm' } })
    },
    close: () => browser.close()
  }
}

const MEMORY_SCENARIO = 'plans.export peak memory (RSS of a process of its own, worker included)'

/**
 * Peak RSS of a CLI-like process that opens the core on this store and exports the plan (cold, then
 * `runs` more): what exporting costs the app, without the bench's own Chromium driver and seeding.
 */
function exportMemory(dataDir: string, programId: string, path: string, runs: number): Result {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'pdf-memory.ts'), dataDir, programId, path, String(runs)], { cwd: root, encoding: 'utf8' })
  try {
    const { peakRssMb, openedRssMb, exports } = JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '') as { peakRssMb: number; openedRssMb: number; exports: number }
    return {
      scenario: MEMORY_SCENARIO,
      figures: { runs: 1, median: peakRssMb, p95: peakRssMb },
      budgetMs: MEMORY_BUDGET_MB,
      unit: 'MB',
      note: `one process: open the core (${openedRssMb.toFixed(0)} MB resident, Node and tsx included), then ${exports} exports, the first starting the PDF worker; peak ${peakRssMb.toFixed(0)} MB`
    }
  } catch {
    return { scenario: MEMORY_SCENARIO, figures: figures([]), budgetMs: MEMORY_BUDGET_MB, unit: 'MB', note: `not measured: ${child.stderr.trim().split('\n')[0] ?? child.status}` }
  }
}

export async function pdfScenarios(runs: number): Promise<Result[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spotter-bench-pdf-'))
  const core = createCore({ dataDir })
  try {
    const program = await seedPlan(core)
    const path = join(dataDir, 'plan.pdf')
    const input = { programId: program.id, path, instructions: true, logCells: true }

    const coldStart = performance.now()
    const first = await value<{ pages: number }>(core, 'plans.export', input)
    const cold = performance.now() - coldStart

    // The same model the export drew, for the HTML peer.
    const settings = await value<Settings>(core, 'settings.get', {})
    const ids = [...new Set(program.document.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items.map((i) => i.exerciseId))))]
    const exercises = new Map<string, Exercise>()
    for (const id of ids) exercises.set(id, await value<Exercise>(core, 'exercises.get', { id }))
    const model = buildPlanModel({ programs: { get: () => program }, settings: { read: () => settings }, exercises: { get: (id) => exercises.get(id)!, image: () => null } }, PlanExportInput.parse(input))
    const printer = await chromiumPrinter(planHtml(model))

    // Side by side: each run times ours, then Chromium, so both see the same load on a shared machine.
    const ours: number[] = []
    const chrome: number[] = []
    try {
      await printer.print()
      for (let i = 0; i < runs; i++) {
        let start = performance.now()
        await value(core, 'plans.export', input)
        ours.push(performance.now() - start)
        start = performance.now()
        await printer.print()
        chrome.push(performance.now() - start)
      }
    } finally {
      await printer.close()
    }

    const memory = exportMemory(dataDir, program.id, join(dataDir, 'plan-memory.pdf'), Math.min(runs, 5))
    const oursFigures = figures(ours)
    const chromeFigures = figures(chrome)
    return [
      {
        scenario: `plans.export, ${SHAPE} (${first.pages} pages), warm worker`,
        figures: oursFigures,
        budgetMs: BUDGET_MS,
        peerRatio: oursFigures.median / chromeFigures.median,
        peerBudget: 1,
        peerName: 'Chromium print',
        note: `first export (worker starting, TS compiled by tsx here; bundled JS in the app) ${ms(cold)}; Chromium page.pdf() of the same plan as HTML: median ${ms(chromeFigures.median)}, p95 ${ms(chromeFigures.p95)}`
      },
      { scenario: `Chromium page.pdf(), same plan as HTML`, figures: chromeFigures, note: 'the peer, for the ratio above' },
      memory
    ]
  } finally {
    core.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 10)
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ')
  const loadAtStart = load()
  for (const r of await pdfScenarios(runs)) {
    const unit = (v: number) => (r.unit === 'MB' ? `${v.toFixed(0)} MB` : ms(v))
    const budget = r.budgetMs === undefined ? '' : ` (budget p95 ≤ ${unit(r.budgetMs)}: ${r.figures.p95 <= r.budgetMs ? 'pass' : 'OVER'})`
    const ratio = r.peerRatio === undefined ? '' : `\n  ${r.peerRatio.toFixed(2)}x ${r.peerName} (budget ≤ ${r.peerBudget}x: ${r.peerRatio <= (r.peerBudget ?? Infinity) ? 'pass' : 'OVER'})`
    console.log(`${r.scenario}\n  runs ${r.figures.runs}, median ${unit(r.figures.median)}, p95 ${unit(r.figures.p95)}${budget}${ratio}${r.note ? `\n  ${r.note}` : ''}`)
  }
  console.log(`load average at start ${loadAtStart}, at end ${load()}`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
