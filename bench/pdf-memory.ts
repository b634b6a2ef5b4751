// Peak memory of a plan export, in a process of its own (`tsx bench/pdf-memory.ts <dataDir> <programId>
// <pdfPath> <runs>`): like the CLI, it opens the core on the store, exports the plan (the first export
// starts the PDF worker) and then `runs` more times, and prints its peak resident set size as JSON.
// The bench's own process holds Chromium's driver, the seeding core and its results, so its RSS would
// say little about what exporting costs the app. The figure includes Node and the tsx loader.

import { createCore } from '../src/main/core/index'

async function main(): Promise<void> {
  const [dataDir, programId, path, runsArg] = process.argv.slice(2)
  if (!dataDir || !programId || !path) throw new Error('usage: pdf-memory.ts <dataDir> <programId> <pdfPath> [runs]')
  const runs = Number(runsArg ?? 5)
  const core = createCore({ dataDir })
  const opened = process.memoryUsage.rss()
  let pages = 0
  try {
    for (let i = 0; i <= runs; i++) {
      const answer = await core.call('plans.export', { programId, path, instructions: true, logCells: true })
      if (!answer.ok) throw new Error(`plans.export: ${answer.error.message}`)
      pages = (answer.value as { pages: number }).pages
    }
  } finally {
    core.close()
  }
  // maxRSS is in kilobytes and covers the worker threads (they share the process).
  console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024, openedRssMb: opened / 2 ** 20, exports: runs + 1, pages }))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
