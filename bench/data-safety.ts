// Data-safety scenarios: an online backup of a 5,000-client store and of a store with 1,000,000 set
// logs (time, and the longest the event loop was held while it ran), a 1,000-client CSV import, and
// opening the big store with its integrity check.
// Run alone: npx tsx bench/data-safety.ts   (SPOTTER_BENCH_BIG=0 skips the 1,000,000-set store)

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import Papa from 'papaparse'
import { createCore, type Core } from '../src/main/core/index'
import { buildDataset, type Result } from './core-scenarios'
import { generateClients } from './dataset'
import { buildStore } from './progress'
import { figures, ms } from './stats'

const BACKUP_BIG_BUDGET_MS = 2000
const CSV_BUDGET_MS = 1000

/** CPU time of this thread alone (ms): tells the core's own work from waiting for a core on a busy machine. */
const threadCpuMs = (): number => {
  const usage = process.threadCpuUsage()
  return (usage.user + usage.system) / 1000
}

/**
 * Runs fn while a 1 ms ticker watches the event loop; answers fn's time, the longest gap between ticks
 * (wall time: on a loaded machine it includes time the thread waited for a core) and the most CPU the
 * core's thread spent between two ticks (the work that held it).
 */
async function withLoopWatch(fn: () => Promise<unknown>): Promise<{ elapsed: number; maxGap: number; maxBusy: number }> {
  let last = performance.now()
  let lastCpu = threadCpuMs()
  let maxGap = 0
  let maxBusy = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    const cpu = threadCpuMs()
    maxGap = Math.max(maxGap, now - last)
    maxBusy = Math.max(maxBusy, cpu - lastCpu)
    last = now
    lastCpu = cpu
  }, 1)
  const start = performance.now()
  try {
    await fn()
  } finally {
    clearInterval(ticker)
  }
  maxGap = Math.max(maxGap, performance.now() - last)
  maxBusy = Math.max(maxBusy, threadCpuMs() - lastCpu)
  return { elapsed: performance.now() - start, maxGap, maxBusy }
}

async function backupRuns(core: Core, runs: number, scenario: string, budgetMs?: number): Promise<Result[]> {
  const times: number[] = []
  const cpu: number[] = []
  const gaps: number[] = []
  const busy: number[] = []
  let progressEvents = 0
  const copied: number[] = []
  let started = 0
  let copiedAt = 0
  const off = core.on('job.progress', ({ done, total }) => {
    progressEvents++
    if (done === total && copiedAt === 0) copiedAt = performance.now() - started
  })
  for (let i = 0; i < runs; i++) {
    started = performance.now()
    copiedAt = 0
    const cpuBefore = process.cpuUsage()
    const { elapsed, maxGap, maxBusy } = await withLoopWatch(async () => {
      const answer = await core.call('backups.create', {})
      if (!answer.ok) throw new Error(answer.error.message)
    })
    times.push(elapsed)
    copied.push(copiedAt)
    gaps.push(maxGap)
    busy.push(maxBusy)
    const used = process.cpuUsage(cpuBefore)
    cpu.push((used.user + used.system) / 1000)
  }
  off()
  return [
    { scenario, figures: figures(times), budgetMs, note: `${progressEvents} progress events over ${runs} backups (online backup API on a worker thread, quick_check of the same snapshot on a second worker meanwhile); CPU time of this process median ${ms(figures(cpu).median)}; the copy itself (progress at 100%) took median ${ms(figures(copied).median)}, the rest is the check finishing, rotation and the listing` },
    { scenario: `${scenario}: longest event-loop stall during it`, figures: figures(gaps), note: `the copy and its check run on worker threads; the core's thread relays progress. Its longest busy stretch (CPU time of that thread between two 1 ms ticks) median ${ms(figures(busy).median)}, p95 ${ms(figures(busy).p95)}; the rest of a longer stall is waiting for a core` }
  ]
}

/**
 * Restores the newest backup (checked candidate, the before-restore backup that undo needs, the pages
 * copied over the live file on a worker): time, longest stall and the progress the UI is given.
 */
async function restoreRun(core: Core, scenario: string): Promise<Result[]> {
  const list = await core.call('backups.list', {})
  if (!list.ok) throw new Error(list.error.message)
  const path = (list.value as { backups: { path: string }[] }).backups[0]?.path
  if (!path) throw new Error('no backup to restore')
  let reports = 0
  const off = core.on('job.progress', ({ job }) => (reports += job === 'restore' ? 1 : 0))
  const cpuBefore = process.cpuUsage()
  const { elapsed, maxGap, maxBusy } = await withLoopWatch(async () => {
    const answer = await core.call('backups.restore', { path, confirm: true })
    if (!answer.ok) throw new Error(answer.error.message)
  }).finally(off)
  const used = process.cpuUsage(cpuBefore)
  return [
    { scenario, figures: figures([elapsed]), note: `informational: a rare, confirmed action; ${reports} progress reports (job 'restore'); CPU time of this process ${ms((used.user + used.system) / 1000)}, worker threads included` },
    { scenario: `${scenario}: longest event-loop stall`, figures: figures([maxGap]), note: `the core keeps answering: the candidate is checked and its pages copied in on worker threads; the core's thread was busy at most ${ms(maxBusy)} at a stretch (CPU time of that thread between two 1 ms ticks); the rest of a longer stall is waiting for a core` }
  ]
}

function clientsCsv(count: number): string {
  const rows = generateClients(count, 7).map(({ input }, i) => ({
    Name: input.name,
    Email: `client${i}@example.com`,
    Phone: input.phone ?? '',
    'Date of birth': input.dateOfBirth ?? '',
    Sex: input.sex ?? '',
    Height: input.heightCm ?? '',
    Weight: input.weightKg ?? '',
    Level: input.level ?? '',
    Notes: input.notes ?? '',
    Tags: (input.tags ?? []).join(';')
  }))
  return Papa.unparse(rows, { escapeFormulae: true })
}

async function csvImport(work: string, runs: number): Promise<Result> {
  const path = join(work, 'clients.csv')
  writeFileSync(path, clientsCsv(1000))
  const samples: number[] = []
  const cpu: number[] = []
  let imported = 0
  for (let i = 0; i < runs; i++) {
    const core = createCore({ dataDir: join(work, `csv-${i}`) })
    try {
      const preview = await core.call('transfer.previewClientsCsv', { path })
      if (!preview.ok) throw new Error(preview.error.message)
      const mapping = (preview.value as { suggestedMapping: Record<string, string | null> }).suggestedMapping
      const start = performance.now()
      const cpuBefore = process.cpuUsage()
      const answer = await core.call('transfer.importClientsCsv', { path, mapping: { ...mapping, name: 'Name' } })
      samples.push(performance.now() - start)
      const used = process.cpuUsage(cpuBefore)
      cpu.push((used.user + used.system) / 1000)
      if (!answer.ok) throw new Error(answer.error.message)
      imported = (answer.value as { imported: number }).imported
    } finally {
      core.close()
    }
  }
  return { scenario: 'CSV import of 1,000 clients (transfer.importClientsCsv, one transaction)', figures: figures(samples), budgetMs: CSV_BUDGET_MS, note: `${imported} of 1,000 rows imported; CPU time median ${ms(figures(cpu).median)} (the wall time includes waiting for a core on a busy machine)` }
}

export async function dataSafetyScenarios(runs: number): Promise<Result[]> {
  const work = mkdtempSync(join(tmpdir(), 'spotter-bench-safety-'))
  const results: Result[] = []
  const few = Math.max(1, Math.min(runs, 5))
  try {
    const small = join(work, 'clients-5000')
    buildDataset(small, generateClients(5000))
    const core = createCore({ dataDir: small })
    try {
      results.push(...(await backupRuns(core, few, 'backup (backups.create) of a store with 5,000 clients')))
      results.push(...(await restoreRun(core, 'restore (backups.restore) of a store with 5,000 clients')))
    } finally {
      core.close()
    }
    results.push(await csvImport(work, few))

    if (process.env.SPOTTER_BENCH_BIG !== '0') {
      const big = join(work, 'sets-1m')
      const built = await buildStore(big, 40)
      const opens: number[] = []
      for (let i = 0; i < Math.min(few, 3); i++) {
        const start = performance.now()
        createCore({ dataDir: big }).close()
        opens.push(performance.now() - start)
      }
      results.push({ scenario: `core open with quick_check, ${built.sets.toLocaleString('en')} set logs`, figures: figures(opens) })
      const bigCore = createCore({ dataDir: big })
      try {
        results.push(...(await backupRuns(bigCore, Math.min(few, 3), `backup of a store with ${built.sets.toLocaleString('en')} set logs`, BACKUP_BIG_BUDGET_MS)))
        results.push(...(await restoreRun(bigCore, `restore of a store with ${built.sets.toLocaleString('en')} set logs`)))
      } finally {
        bigCore.close()
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  return results
}

async function main(): Promise<void> {
  const results = await dataSafetyScenarios(Number(process.env.SPOTTER_BENCH_RUNS ?? 5))
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(', ')}`)
  for (const r of results) {
    const budget = r.budgetMs === undefined ? '' : `  budget p95 ≤ ${ms(r.budgetMs)}: ${r.figures.p95 <= r.budgetMs ? 'ok' : 'OVER'}`
    console.log(`${r.scenario}\n  median ${ms(r.figures.median)}  p95 ${ms(r.figures.p95)} (${r.figures.runs} runs)${budget}${r.note ? `\n  ${r.note}` : ''}`)
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
}
