// `npm run bench`: times what a trainer waits for, on deterministic stores, and checks it against the
// issues' budgets. Not part of `npm test` (timings on a shared machine are noisy).
// Writes bench/RESULTS.md; exits 1 when a figure is more than twice its budget (2 when the bench broke).
// Options: `npm run bench -- --help` (USAGE below).

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createCore } from '../src/main/core/index'
import { foldText } from '../src/shared/text'
import { buildDataset, coreOpen, createByCalls, listScenarios, updateByCalls, type ListQuery, type Result } from './core-scenarios'
import { generateClients, type GeneratedClient } from './dataset'
import { DECADE, scaleDataset, STUDIO, type ScaleDataset } from './scale-dataset'
import { scaleScenarios, type ScaleRun } from './scale-scenarios'
import { designerScenarios } from './designer-keystroke'
import { progressPageScenarios } from './progress-page'
import { buildLibrary, exerciseScenarios, LIBRARY_SIZE } from './exercise-scenarios'
import { keystrokeScenarios } from './keystroke'
import { rendererBoot } from './renderer-boot'
import { markdown, terminalTable, verdict, type Section } from './report'
import { referenceWorkMs, watchMachine } from './machine-state'
import { figures } from './stats'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CLIENTS = 5_000
const LIST_BUDGET_MS = 5
const BOOT_BUDGET_MS = 300
const KEYSTROKE_BUDGET_MS = 16
const DESIGNER_OPEN_BUDGET_MS = 300
const PROGRESS_PAGE_BUDGET_MS = 200
const MEMORY_BUDGET_MB = 300
const STUDIO_RATIO_BUDGET = 1.3

const PART_NAMES = ['clients', 'library', 'decade', 'studio', 'programs', 'progress', 'pdf', 'data-safety', 'boot', 'keystroke', 'designer', 'progress-page']
const USAGE = `Usage: npm run bench [-- options]
  --quick           fewer runs and passes
  --studio          also the 10x studio dataset (generated once, several minutes; cached afterwards)
  --no-renderer     the core only, no Chromium
  --only=<names>    just these parts, comma-separated (${PART_NAMES.join(', ')});
                    prints the table and leaves bench/RESULTS.md as it is
  --help            this text
SPOTTER_RENDERER_DIR=<dir> times a renderer built elsewhere (npx electron-vite build --outDir <out>, then <out>/renderer).`

const argv = process.argv.slice(2)
const quick = argv.includes('--quick')
const withStudio = argv.includes('--studio')
const withRenderer = !argv.includes('--no-renderer')
const onlyArg = argv.find((a) => a.startsWith('--only='))
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',').map((name) => name.trim())) : undefined
// A mistyped option would otherwise be ignored and start a full run of several minutes.
const unknown = argv.filter((a) => !['--quick', '--studio', '--no-renderer', '--help'].includes(a) && a !== onlyArg)
const unknownParts = [...(only ?? [])].filter((name) => !PART_NAMES.includes(name))
if (argv.includes('--help') || unknown.length > 0 || unknownParts.length > 0) {
  if (unknown.length > 0) console.error(`Unknown option${unknown.length > 1 ? 's' : ''}: ${unknown.join(' ')}\n`)
  if (unknownParts.length > 0) console.error(`Unknown part${unknownParts.length > 1 ? 's' : ''} for --only: ${unknownParts.join(', ')}\n`)
  console.log(USAGE)
  process.exit(unknown.length === 0 && unknownParts.length === 0 ? 0 : 2)
}
/** Whether a part runs: all of them unless --only names some. */
const wanted = (name: string) => !only || only.has(name)
const RUNS = quick ? 50 : 200
const PASSES = quick ? 1 : 3
// Boots per mode. The budget is on the p95, and a nearest-rank p95 of 10 runs is simply the slowest one
// (one pause of the machine decided the row); of 40 it is the third slowest.
const BOOT_RUNS = 40

/** Other parts' bench modules, each exporting one `<name>Scenarios(runs)`; a missing one is reported, not fatal. */
const PART_MODULES = (
  [
    ['programs.ts', 'Program designer (core)'],
    ['progress.ts', 'Progress tracking'],
    ['pdf.ts', 'Printed plans (PDF, with Chromium print as its peer)'],
    ['data-safety.ts', 'Data safety (backup, restore, CSV import)']
  ] satisfies [file: string, what: string][]
).filter(([file]) => wanted(file.replace(/\.ts$/, '')))

function ensureRendererBuilt(): void {
  if (process.env.SPOTTER_RENDERER_DIR || existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) return
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

const reason = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] : String(error))

async function clientsSection(work: string): Promise<{ section: Section; dataDir: string }> {
  const results: Result[] = []
  const notes: string[] = []
  const clients = generateClients(CLIENTS)
  const dataDir = join(work, 'clients')
  console.log(`Generating ${CLIENTS} clients (seeded) ...`)
  results.push(buildDataset(dataDir, clients))
  if (!quick) {
    const calls = await createByCalls(join(work, 'calls'), clients.slice(0, 300))
    results.push(calls)
  }
  notes.push(`${CLIENTS} clients from a fixed seed, about 8% archived; lists show the active ones. "core ÷ raw SQL" here: the clients.list call against the same SQL prepared once, rows unmapped.`)
  console.log('Timing core open and clients.list ...')
  results.push(await coreOpen(dataDir, quick ? 5 : 20))
  const core = createCore({ dataDir })
  try {
    results.push(...(await listScenarios(core, searchesFor(clients), RUNS, LIST_BUDGET_MS)))
    results.push(await updateByCalls(core, quick ? 30 : 100))
  } finally {
    core.close()
  }
  return { section: { title: `Clients (${CLIENTS.toLocaleString('en')} clients)`, results, notes }, dataDir }
}

async function librarySection(work: string): Promise<{ section: Section; dataDir: string }> {
  console.log(`Timing the exercise library (${LIBRARY_SIZE} exercises) ...`)
  const dataDir = join(work, 'library')
  await buildLibrary(dataDir)
  return { section: { title: `Exercise library (${LIBRARY_SIZE.toLocaleString('en')} exercises)`, results: await exerciseScenarios(dataDir, RUNS), notes: [] }, dataDir }
}

function memoryResult(dataset: ScaleDataset): { result: Result; note?: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'core-memory.ts'), dataset.dataDir, dataset.sampleClientId, dataset.sampleProgramId], {
    cwd: ROOT,
    encoding: 'utf8'
  })
  const scenario = `${dataset.spec.name}: core peak memory (resident, a working day's calls and a backup)`
  try {
    const { peakRssMb, peakHeapMb, failed } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '') as { peakRssMb: number; peakHeapMb: number; failed: string[] }
    return {
      result: { scenario, figures: figures([peakRssMb]), budgetMs: MEMORY_BUDGET_MB, unit: 'MB' },
      note: `Core memory (${dataset.spec.name}): peak resident ${peakRssMb.toFixed(0)} MB, peak JS heap ${peakHeapMb.toFixed(0)} MB, in a Node process of its own (includes Node and the tsx loader)${failed.length ? `; calls that failed: ${failed.join('; ')}` : ''}.`
    }
  } catch {
    return { result: { scenario, figures: figures([]), budgetMs: MEMORY_BUDGET_MB, unit: 'MB' }, note: `Core memory could not be measured: ${run.stderr.trim().split('\n')[0] ?? run.status}` }
  }
}

async function scaleSection(dataset: ScaleDataset, decade?: ScaleRun, decadeStore?: ScaleDataset): Promise<{ section: Section; run: ScaleRun }> {
  const { spec, counts, generatedMs } = dataset
  console.log(`Timing the ${spec.name} dataset ...`)
  const run = await scaleScenarios(dataset, RUNS, decadeStore)
  const results = [...run.results]
  const notes = [...run.notes]
  notes.unshift(
    `${spec.name} store: ${Object.entries(counts)
      .map(([table, n]) => `${n.toLocaleString('en')} ${table}`)
      .join(', ')}; ${generatedMs === null ? 'copied from the cache' : `generated in ${(generatedMs / 1000).toFixed(0)} s`}.`
  )
  if (decade) {
    // Studio ÷ decade, per interactive call (medians): the budget is 1.3x. The decade figure is the one
    // timed in the same rounds as the studio's when the decade store was there to pair with.
    for (const result of run.results) {
      const label = result.scenario.replace(/^studio: /, '').replace(/ \([a-z]+\.[a-zA-Z]+\)$/, '')
      const before = run.peerMedians.get(label) ?? decade.medians.get(label)
      if (before === undefined || !Number.isFinite(result.figures.median)) continue
      results.push({ scenario: `studio ÷ decade: ${label}`, figures: result.figures, peerRatio: result.figures.median / before, peerBudget: STUDIO_RATIO_BUDGET, peerName: 'decade' })
    }
  }
  const memory = memoryResult(dataset)
  results.push(memory.result)
  if (memory.note) notes.push(memory.note)
  return { section: { title: `${spec.name === 'decade' ? 'Decade' : 'Studio'} dataset (${spec.clients.toLocaleString('en')} clients)`, results, notes }, run }
}

async function partSections(): Promise<Section[]> {
  const sections: Section[] = []
  for (const [file, what] of PART_MODULES) {
    const path = join(ROOT, 'bench', file)
    if (!existsSync(path)) {
      sections.push({ title: what, results: [{ scenario: `${what}: not measured (bench/${file} is not there yet)`, figures: figures([]) }], notes: [] })
      continue
    }
    console.log(`Timing ${what} (bench/${file}) ...`)
    try {
      const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>
      const name = Object.keys(module).find((key) => key.endsWith('Scenarios') && typeof module[key] === 'function')
      if (!name) throw new Error(`bench/${file} exports no <name>Scenarios(runs)`)
      const scenarios = module[name] as (runs: number) => Promise<Result[]>
      sections.push({ title: what, results: await scenarios(quick ? 10 : 30), notes: [] })
    } catch (error) {
      sections.push({ title: what, results: [{ scenario: `${what}: not measured`, figures: figures([]) }], notes: [`bench/${file} failed: ${reason(error)}`] })
    }
  }
  return sections
}

async function rendererSection(paths: { clientsDir: string; libraryDir: string; decade: ScaleDataset }): Promise<Section> {
  const results: Result[] = []
  const notes: string[] = [
    'Renderer figures run the built renderer in Debian Chromium against the browser harness, whose bridge talks to the core over one WebSocket ' +
      '(in Electron, IPC takes its place). They include the transport, the core call, React and the browser frame; the harness core runs in the ' +
      "bench's own Node process. Headless Chromium renders in software, without a GPU."
  ]
  // Each part run notes how busy the machine was (bench/machine-state.ts).
  const watchIf = (part: string, run: boolean) => {
    const machine = run ? watchMachine() : undefined
    return () => machine && notes.push(`${part}: ${machine()}.`)
  }
  console.log('Timing renderer boot in Chromium ...')
  const noteBootMachine = watchIf('Renderer boot', wanted('boot'))
  for (const mode of wanted('boot') ? (['cold', 'warm'] as const) : []) {
    try {
      const boot = await rendererBoot(paths.decade.dataDir, quick ? 4 : BOOT_RUNS, BOOT_BUDGET_MS, 'websocket', ', decade store', mode)
      results.push(boot)
    } catch (error) {
      results.push({ scenario: `renderer boot to Today with its data, decade store, ${mode} (Chromium + harness)`, figures: figures([]), budgetMs: BOOT_BUDGET_MS })
      notes.push(`Renderer boot (${mode}) could not be measured: ${reason(error)}`)
    }
  }
  noteBootMachine()
  notes.push(
    'Renderer boot is from navigation start to the frame that first paints Today with its data (the landing screen). "First start": a fresh browser context per run, ' +
      'nothing cached (once after installing or updating the app). "Reopened": one browser profile on disk, as Electron keeps its session, ' +
      'the built bundle in its HTTP cache and V8\'s compiled code in its code cache, as on a trainer\'s daily start.'
  )
  console.log('Timing keystroke to paint in Chromium ...')
  const noteKeystrokeMachine = watchIf('Keystroke to paint (library and client list)', wanted('keystroke'))
  const keystrokes = !wanted('keystroke') ? { results: [], notes: [] } : await keystrokeScenarios({
    libraryDir: paths.libraryDir,
    clientsDir: paths.clientsDir,
    budgetMs: KEYSTROKE_BUDGET_MS,
    passes: PASSES,
    rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined
  })
  results.push(...keystrokes.results)
  notes.push(...keystrokes.notes)
  noteKeystrokeMachine()
  console.log('Timing the program designer in Chromium ...')
  const noteDesignerMachine = watchIf('Designer', wanted('designer'))
  if (wanted('designer')) try {
    const designer = await designerScenarios({
      dataDir: paths.decade.dataDir,
      programId: paths.decade.sampleProgramId,
      budgetMs: KEYSTROKE_BUDGET_MS,
      openBudgetMs: DESIGNER_OPEN_BUDGET_MS,
      passes: PASSES
    })
    results.push(...designer.results)
    notes.push(...designer.notes)
  } catch (error) {
    results.push({ scenario: 'designer: keystroke to paint in an item field (Chromium + harness)', figures: figures([]), budgetMs: KEYSTROKE_BUDGET_MS })
    notes.push(`The designer could not be measured: ${reason(error)}`)
  }
  noteDesignerMachine()
  if (wanted('progress-page')) {
    console.log('Timing the progress page in Chromium ...')
    const noteProgressMachine = watchIf('Progress page', true)
    try {
      const progressPage = await progressPageScenarios({ budgetMs: PROGRESS_PAGE_BUDGET_MS, passes: PASSES, rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined })
      results.push(...progressPage.results)
      notes.push(...progressPage.notes)
    } catch (error) {
      results.push({ scenario: 'progress page: click to first chart and exercise table painted (Chromium + harness)', figures: figures([]), budgetMs: PROGRESS_PAGE_BUDGET_MS })
      notes.push(`The progress page could not be measured: ${reason(error)}`)
    }
    noteProgressMachine()
  }
  return { title: 'Renderer (Chromium)', results, notes }
}

const load = () => loadavg().map((l) => l.toFixed(1)).join(' / ')

async function main(): Promise<number> {
  const loadAtStart = load()
  const workAtStart = referenceWorkMs()
  const started = Date.now()
  if (withRenderer) ensureRendererBuilt()
  const work = mkdtempSync(join(tmpdir(), 'spotter-bench-'))
  const sections: Section[] = []
  try {
    const needsRenderer = withRenderer && (wanted('boot') || wanted('keystroke') || wanted('designer') || wanted('progress-page'))
    const clients = wanted('clients') || (needsRenderer && wanted('keystroke')) ? await clientsSection(work) : undefined
    if (clients && wanted('clients')) sections.push(clients.section)
    const library = wanted('library') || (needsRenderer && wanted('keystroke')) ? await librarySection(work) : undefined
    if (library && wanted('library')) sections.push(library.section)
    // A part that breaks is reported in its section; the others still run.
    const broken = (title: string, error: unknown): Section => ({ title, results: [{ scenario: `${title}: not measured`, figures: figures([]) }], notes: [`Failed: ${reason(error)}`] })
    let decadeData: ScaleDataset | undefined
    let decade: ScaleRun | undefined
    try {
      if (wanted('decade') || needsRenderer || (withStudio && wanted('studio'))) decadeData = await scaleDataset(DECADE, work)
      if (decadeData && (wanted('decade') || (withStudio && wanted('studio')))) {
        const measured = await scaleSection(decadeData)
        if (wanted('decade')) sections.push(measured.section)
        decade = measured.run
      }
    } catch (error) {
      sections.push(broken('Decade dataset', error))
    }
    if (withStudio && wanted('studio')) {
      try {
        const studio = await scaleDataset(STUDIO, work)
        try {
          sections.push((await scaleSection(studio, decade, decadeData)).section)
        } finally {
          // Its copy and the backups made of it take ~25 GB: free them before the parts that make stores of their own.
          rmSync(studio.dataDir, { recursive: true, force: true })
        }
      } catch (error) {
        sections.push(broken('Studio dataset', error))
      }
    }
    sections.push(...(await partSections()))
    if (!withRenderer) sections.push({ title: 'Renderer (Chromium)', results: [], notes: ['Skipped (--no-renderer).'] })
    else if (!needsRenderer) {
      // --only named no renderer part.
    } else if (!decadeData) sections.push({ title: 'Renderer (Chromium)', results: [], notes: ['Skipped: the decade store it opens could not be made.'] })
    else sections.push(await rendererSection({ clientsDir: clients?.dataDir ?? '', libraryDir: library?.dataDir ?? '', decade: decadeData }))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  if (!withStudio && !only) sections.push({ title: 'Studio dataset', results: [], notes: ['Not run: add --studio (the first run generates 10 million set logs, several minutes; cached afterwards).'] })

  const context = { loadAtStart, loadAtEnd: load(), referenceWorkMs: workAtStart, minutes: (Date.now() - started) / 60_000, options: argv.join(' ') }
  console.log(`\n${terminalTable(sections)}\n`)
  if (only) {
    // A partial run does not replace the whole table; its notes are printed instead.
    for (const section of sections) for (const note of section.notes) console.log(`- ${note}`)
    console.log(`Load average at start ${context.loadAtStart}, at end ${context.loadAtEnd}; reference work ${workAtStart.toFixed(0)} ms at the start. Partial run (--only): bench/RESULTS.md left as it was.`)
    return sections.some((s) => s.results.some((r) => verdict(r).startsWith('FAIL'))) ? 1 : 0
  }
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), markdown(sections, context))
  console.log(`Load average at start ${context.loadAtStart}, at end ${context.loadAtEnd}. Written to bench/RESULTS.md (notes there).`)
  return sections.some((s) => s.results.some((r) => verdict(r).startsWith('FAIL'))) ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  }
)
