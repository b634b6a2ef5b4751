// Peak memory of the core: run in a child process of its own (`tsx bench/core-memory.ts <dataDir>
// <clientId> <programId>`), it opens the store, makes the calls of a working day (lists, a program and
// its checks, progress, the dashboard, a backup) and prints its peak resident set size as JSON.
// The figure includes Node and the tsx loader (about 60 MB), as the Electron main process includes Node.

import { createCore } from '../src/main/core/index'
import { ANCHOR_DATE } from './scale-dataset'

async function main(): Promise<void> {
  const [dataDir, clientId, programId] = process.argv.slice(2)
  if (!dataDir || !clientId || !programId) throw new Error('usage: memory.ts <dataDir> <clientId> <programId>')
  let peakHeap = 0
  const watch = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed))
  const core = createCore({ dataDir })
  const calls: [string, unknown][] = [
    ['clients.list', { query: '' }],
    ['clients.list', { query: 'an' }],
    ['exercises.list', { query: 'ham' }],
    ['programs.list', {}],
    ['programs.get', { id: programId }],
    ['programs.check', { id: programId }],
    ['progress.client', { clientId, asOf: ANCHOR_DATE }],
    ['logs.list', { clientId }],
    ['dashboard.today', { date: ANCHOR_DATE }],
    ['backups.create', {}]
  ]
  const failed: string[] = []
  for (let round = 0; round < 3; round++) {
    for (const [method, input] of calls) {
      const answer = await core.call(method, input)
      if (!answer.ok && round === 0) failed.push(`${method}: ${answer.error.message}`)
      watch()
    }
  }
  core.close()
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ peakRssMb: process.resourceUsage().maxRSS / 1024, peakHeapMb: peakHeap / 2 ** 20, failed }))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
