// `npm run bench`: builds a deterministic 5,000-client store and times what a trainer waits for.
// Not part of `npm test`. Writes bench/RESULTS.md; exits non-zero when a p95 is over twice its budget.
// Options: --no-renderer (core scenarios only).

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createCore } from '../src/main/core/index'
import { buildDataset, coreOpen, createByCalls, listScenarios, updateByCalls, type ListQuery, type Result } from './core-scenarios'
import { foldText } from '../src/shared/text'
import { generateClients, type GeneratedClient } from './dataset'
import { buildLibrary, exerciseScenarios, LIBRARY_SIZE } from './exercise-scenarios'
import { keystrokeScenarios } from './keystroke'
import { rendererBoot } from './renderer-boot'
import { figures, ms } from './stats'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLIENTS = 5_000
const LIST_BUDGET_MS = 5
const BOOT_BUDGET_MS = 500
const KEYSTROKE_BUDGET_MS = 16
const withRenderer = !process.argv.includes('--no-renderer')

function ensureRendererBuilt(): void {
  if (existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) return
  console.log('out/renderer is missing: running npm run build first')
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('npm run build failed')
}

/** Realistic searches, taken from the generated clients so each finds someone. */
function searchesFor(clients: GeneratedClient[]): ListQuery[] {
  const withEmail = clients.find((c, i) => i > 100 && c.input.email && !c.archived)?.input.email ?? 'a@b'
  const withPhone = clients.find((c, i) => i > 1000 && c.input.phone && !c.archived)?.input.phone ?? '123456'
  const phoneDigits = withPhone.replace(/\D/g, '').slice(-6)
  // Two words as typed without accents: the start of a first name and part of the surname.
  const [first = 'jose', last = 'fernandez'] = foldText(clients.find((c, i) => i > 2000 && !c.archived && /[^a-z ]/i.test(c.input.name))?.input.name ?? '').split(' ')
  return [
    { label: 'part of a surname', query: 'kowal' },
    { label: 'email fragment', query: withEmail.split('@')[0]?.slice(0, 9) ?? '' },
    { label: 'phone digits', query: phoneDigits },
    { label: 'phone as written', query: withPhone.slice(-8) },
    { label: 'two words, accents left out', query: `${first.slice(0, 3)} ${last.slice(1, 6)}` },
    { label: '2-letter query', query: 'an' }
  ]
}

function verdict(r: Result): string {
  if (r.budgetMs === undefined) return '-'
  if (!Number.isFinite(r.figures.p95)) return 'FAIL (not measured)'
  if (r.figures.p95 <= r.budgetMs) return 'pass'
  return r.figures.p95 > 2 * r.budgetMs ? 'FAIL (> 2x budget)' : 'over budget'
}

function rows(results: Result[]): string[][] {
  return results.map((r) => [
    r.scenario,
    String(r.figures.runs),
    ms(r.figures.median),
    ms(r.figures.p95),
    r.budgetMs === undefined ? '-' : `p95 ≤ ${ms(r.budgetMs)}`,
    r.peerRatio === undefined ? '-' : `${r.peerRatio.toFixed(2)}x`,
    verdict(r)
  ])
}

const HEADER = ['scenario', 'runs', 'median', 'p95', 'budget', 'core ÷ raw SQL', 'result']

function terminalTable(results: Result[]): string {
  const all = [HEADER, ...rows(results)]
  const widths = HEADER.map((_, col) => Math.max(...all.map((row) => row[col]?.length ?? 0)))
  const line = (row: string[]) => row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows(results).map(line)].join('\n')
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ')
const loadAtStart = load()

function markdown(results: Result[], notes: string[]): string {
  const cpu = cpus()
  const table = [HEADER, HEADER.map(() => '---'), ...rows(results)].map((row) => `| ${row.join(' | ')} |`).join('\n')
  return `# Bench results

Measured ${new Date().toISOString()} with \`npm run bench\`.

Machine: ${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}.
Load average (1 / 5 / 15 min) at start ${loadAtStart}, at end ${load()}: other work on the machine inflates the p95s.

${table}

${notes.map((n) => `- ${n}`).join('\n')}
- Budgets apply to the p95. The bench exits non-zero when a p95 is more than twice its budget.
- "core ÷ raw SQL" compares the median of the \`clients.list\` core call (validation, statement preparation,
  row mapping) with the same SQL prepared once and returned unmapped.
- Renderer boot: time from navigation start to the animation frame that first paints a visible
  \`[data-testid="client-row"]\`, a fresh browser context per run, after one untimed warm-up boot.
`
}

async function main(): Promise<number> {
  if (withRenderer) ensureRendererBuilt()
  const work = mkdtempSync(join(tmpdir(), 'spotter-bench-'))
  const results: Result[] = []
  const notes: string[] = []
  try {
    const clients = generateClients(CLIENTS)
    const datasetDir = join(work, 'dataset')
    console.log(`Generating ${CLIENTS} clients (seeded) ...`)
    results.push(buildDataset(datasetDir, clients))
    const calls = await createByCalls(join(work, 'calls'), clients.slice(0, 300))
    results.push(calls)
    if (calls.note) notes.push(`clients.create: ${calls.note}.`)
    notes.push(`Dataset: ${CLIENTS} clients from a fixed seed, about 8% archived; lists show the active ones.`)

    console.log('Timing core open ...')
    results.push(await coreOpen(datasetDir, 20))

    console.log('Timing clients.list ...')
    const core = createCore({ dataDir: datasetDir })
    try {
      results.push(...(await listScenarios(core, searchesFor(clients), 200, LIST_BUDGET_MS)))
      results.push(await updateByCalls(core, 100))
    } finally {
      core.close()
    }

    console.log(`Timing the exercise library (${LIBRARY_SIZE} exercises) ...`)
    const libraryDir = join(work, 'library')
    await buildLibrary(libraryDir)
    results.push(...(await exerciseScenarios(libraryDir, 200)))

    if (withRenderer) {
      console.log('Timing renderer boot in Chromium ...')
      try {
        const boot = await rendererBoot(datasetDir, 10, BOOT_BUDGET_MS)
        results.push(boot)
        if (boot.note) notes.push(`Renderer boot ${boot.note}.`)
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
        results.push({ scenario: 'renderer boot to a visible client list (Chromium + harness)', figures: figures([]), budgetMs: BOOT_BUDGET_MS })
        notes.push(`Renderer boot could not be measured: ${reason}`)
      }
      console.log('Timing keystroke to paint in Chromium ...')
      const keystrokes = await keystrokeScenarios({ libraryDir, clientsDir: datasetDir, budgetMs: KEYSTROKE_BUDGET_MS })
      results.push(...keystrokes.results)
      notes.push(...keystrokes.notes)
    } else {
      notes.push('Renderer boot skipped (--no-renderer).')
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }

  console.log(`\n${terminalTable(results)}\n`)
  for (const note of notes) console.log(`- ${note}`)
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), markdown(results, notes))
  console.log('\nWritten to bench/RESULTS.md')
  return results.some((r) => verdict(r).startsWith('FAIL')) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
