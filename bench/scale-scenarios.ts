// What a trainer waits for, timed on a scale dataset: each interactive core call against the raw SQL it
// runs (budget: p95 ≤ 5 ms and ≤ 1.5x the SQL), the store's open with its integrity check, and the
// longer jobs (backup) for information.

import { createCore, type Core } from '../src/main/core/index'
import type { Result } from './core-scenarios'
import { figures, ms, sample, sampleInterleaved } from './stats'
import { recordPeer, type RawPeer } from './sql-peers'
import { ANCHOR_DATE, type ScaleDataset } from './scale-dataset'

export const INTERACTIVE_BUDGET_MS = 5
export const PEER_RATIO_BUDGET = 1.5

interface CallScenario {
  label: string
  method: string
  input: unknown
}

function interactiveCalls(dataset: ScaleDataset): CallScenario[] {
  const clientId = dataset.sampleClientId
  const programId = dataset.sampleProgramId
  return [
    { label: 'client search, first page', method: 'clients.list', input: { query: '' } },
    { label: 'client search "kowal"', method: 'clients.list', input: { query: 'kowal' } },
    { label: 'client search "an" (2 letters)', method: 'clients.list', input: { query: 'an' } },
    { label: 'exercise search "ham"', method: 'exercises.list', input: { query: 'ham' } },
    { label: 'exercise search "hamstring curl"', method: 'exercises.list', input: { query: 'hamstring curl' } },
    { label: 'exercise filter calves + home + beginner', method: 'exercises.list', input: { muscleGroup: 'calves', setting: 'home', level: 'beginner' } },
    { label: 'open a 12-week x 3 x 10 program', method: 'programs.get', input: { id: programId } },
    { label: "the checks' context for it", method: 'programs.checkContext', input: { id: programId } },
    { label: 'all program checks on it', method: 'programs.check', input: { id: programId } },
    { label: "client page: the client", method: 'clients.get', input: { id: clientId } },
    { label: "a client's progress page", method: 'progress.client', input: { clientId, asOf: ANCHOR_DATE } },
    { label: "a client's session logs, first page", method: 'logs.list', input: { clientId } },
    { label: 'dashboard (today)', method: 'dashboard.today', input: { date: ANCHOR_DATE } },
    { label: 'programs list', method: 'programs.list', input: {} }
  ]
}

/** Over budget: the slowest statement of a replay, so the note says where the time goes. */
function slowestNote(p95: number, peer: RawPeer): string {
  if (p95 <= INTERACTIVE_BUDGET_MS) return ''
  const { ms, sql } = peer.slowest()
  return sql ? `; slowest statement ${ms.toFixed(2)} ms: \`${sql}…\`` : ''
}

export interface ScaleRun {
  results: Result[]
  notes: string[]
  /** Medians by scenario label, for the studio ÷ decade comparison. */
  medians: Map<string, number>
  /** With a peer store: its medians by label, timed call for call alongside this store's. */
  peerMedians: Map<string, number>
}

/**
 * Times every interactive call and its raw SQL, interleaved call for call; a call that fails is
 * reported, not fatal. With `peerStore` (the decade store, for the studio), the same call on it is
 * timed in the same rounds, so studio ÷ decade is not skewed by load that came and went between the
 * two sections (the same row moved by up to 1.7x between two runs when they were timed minutes apart).
 */
export async function scaleScenarios(dataset: ScaleDataset, runs: number, peerStore?: ScaleDataset): Promise<ScaleRun> {
  const { name } = dataset.spec
  const results: Result[] = []
  const notes: string[] = []
  const medians = new Map<string, number>()
  const peerMedians = new Map<string, number>()

  const openSamples = await sample(Math.max(5, Math.round(runs / 20)), () => createCore({ dataDir: dataset.dataDir }).close(), 1)
  results.push({ scenario: `${name}: store open (integrity check, migrations)`, figures: figures(openSamples) })
  // As Electron and the harness open it: the whole-file check on a worker thread, the data answered meanwhile.
  // The first open waits for its check (how long changes wait at start); the timed ones close at the answer.
  let checkedAfterMs = Number.NaN
  const firstAnswerSamples: number[] = []
  for (let i = 0; i <= 2 * Math.max(5, Math.round(runs / 20)); i++) {
    const start = performance.now()
    const opened = createCore({ dataDir: dataset.dataDir, checkInBackground: true })
    try {
      const answer = await opened.call('dashboard.today', { date: ANCHOR_DATE })
      if (!answer.ok) throw new Error(answer.error.message)
      if (i > 0) firstAnswerSamples.push(performance.now() - start)
      else {
        const problem = await opened.checked
        if (problem) throw problem
        checkedAfterMs = performance.now() - start
      }
    } finally {
      opened.close()
    }
  }
  results.push({ scenario: `${name}: store open to Today's answer, the file checked on a worker meanwhile (the app's start)`, figures: figures(firstAnswerSamples) })
  notes.push(`${name}: at the app's start the whole-file check, on a worker thread, ended ${ms(checkedAfterMs)} after the open; changes wait for it, reads do not.`)

  const core: Core = createCore({ dataDir: dataset.dataDir })
  const peerCore: Core | undefined = peerStore && createCore({ dataDir: peerStore.dataDir })
  const peerInputs = new Map(peerStore ? interactiveCalls(peerStore).map((c) => [c.label, c.input]) : [])
  const calling = (on: Core, method: string, input: unknown) => async () => {
    const answer = await on.call(method, input)
    if (!answer.ok) throw new Error(answer.error.message)
  }
  try {
    for (const { label, method, input } of interactiveCalls(dataset)) {
      const scenario = `${name}: ${label} (${method})`
      try {
        const peer = await recordPeer(core, method, input)
        const timed = [calling(core, method, input), peer.run]
        if (peerCore) timed.push(calling(peerCore, method, peerInputs.get(label)))
        const [coreSamples, rawSamples, peerStoreSamples] = await sampleInterleaved(runs, timed)
        const coreFigures = figures(coreSamples!)
        const rawMedian = figures(rawSamples!).median
        medians.set(label, coreFigures.median)
        if (peerStoreSamples) peerMedians.set(label, figures(peerStoreSamples).median)
        results.push({
          scenario,
          figures: coreFigures,
          budgetMs: INTERACTIVE_BUDGET_MS,
          peerRatio: coreFigures.median / rawMedian,
          peerBudget: PEER_RATIO_BUDGET,
          note: `${peer.statements} statements, raw SQL median ${rawMedian.toFixed(2)} ms${peer.writes ? `, ${peer.writes} writes left out of the peer` : ''}${slowestNote(coreFigures.p95, peer)}`
        })
      } catch (error) {
        results.push({ scenario, figures: figures([]), budgetMs: INTERACTIVE_BUDGET_MS })
        notes.push(`${scenario} could not be measured: ${error instanceof Error ? error.message : String(error)}`)
      }
    }

    const backupRuns = name === 'decade' ? 3 : 1
    try {
      const samples = await sample(backupRuns, async () => {
        const answer = await core.call('backups.create', {})
        if (!answer.ok) throw new Error(answer.error.message)
      }, 0)
      results.push({ scenario: `${name}: backup now (backups.create, checked copy)`, figures: figures(samples) })
    } catch (error) {
      notes.push(`${name}: backup could not be measured: ${error instanceof Error ? error.message : String(error)}`)
    }
  } finally {
    core.close()
    peerCore?.close()
  }
  return { results, notes, medians, peerMedians }
}
