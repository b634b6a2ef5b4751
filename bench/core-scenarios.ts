import type Database from 'better-sqlite3'
import { createCore, type Core } from '../src/main/core/index'
import { clientListQuery, createClientsRepo } from '../src/main/core/clients/repo'
import { createClientsService } from '../src/main/core/clients/service'
import { createTombstonesRepo } from '../src/main/core/db/tombstones'
import { ClientInput } from '../src/shared/clients'
import type { GeneratedClient } from './dataset'
import { figures, sample, type Figures } from './stats'

export interface Result {
  scenario: string
  figures: Figures
  /** Budget for the p95, in ms; none for figures we only watch. */
  budgetMs?: number
  /** Core call time divided by the raw SQL it runs (medians). */
  peerRatio?: number
  /** The most peerRatio may be (e.g. 1.5 for "≤ 1.5x its raw SQL"); none when the ratio is only shown. */
  peerBudget?: number
  /** What the ratio compares with: 'raw SQL' (default), 'decade' (a studio figure), 'Chromium print'... */
  peerName?: string
  /** Figures are milliseconds unless this says MB (memory). */
  unit?: 'ms' | 'MB'
  note?: string
}

/** The realistic dataset, written through the clients service (validation, search index, sort key) in one transaction. */
export function buildDataset(dataDir: string, clients: GeneratedClient[]): Result {
  const start = performance.now()
  const core = createCore({ dataDir })
  const { db } = core.context
  const service = createClientsService(db, createClientsRepo(db), createTombstonesRepo(db))
  db.transaction(() => {
    for (const { input, archived } of clients) {
      const created = service.create(ClientInput.parse(input))
      if (archived) service.archive(created.id)
    }
  })()
  core.close()
  const elapsed = performance.now() - start
  return { scenario: `create ${clients.length.toLocaleString('en')} clients, service path, one transaction`, figures: figures([elapsed]) }
}

/** clients.create as the app calls it: one durable commit (synchronous=FULL) per client. */
export async function createByCalls(dataDir: string, clients: GeneratedClient[]): Promise<Result> {
  const core = createCore({ dataDir })
  let i = 0
  const samples = await sample(clients.length, async () => {
    const answer = await core.call('clients.create', clients[i++ % clients.length]?.input)
    if (!answer.ok) throw new Error(answer.error.message)
  }, 0)
  core.close()
  const total = samples.reduce((a, b) => a + b, 0)
  return {
    scenario: 'clients.create call (one durable commit each)',
    figures: figures(samples),
    note: `${clients.length} calls took ${(total / 1000).toFixed(1)} s; 5,000 this way ≈ ${((total / clients.length) * 5).toFixed(0)} s`
  }
}

export async function coreOpen(dataDir: string, runs: number): Promise<Result> {
  const samples = await sample(runs, () => createCore({ dataDir }).close(), 2)
  return { scenario: 'core open (quick_check + migration checks), 5,000 clients', figures: figures(samples) }
}

/** The SQL clients.list runs (from the repo itself), prepared once and without mapping rows: the floor the core call is compared to. */
function rawList(db: Database.Database, query: string): () => unknown {
  const { sql, countSql, args, totalInPage } = clientListQuery({ query, status: 'active', sort: 'name' })
  const rows = db.prepare(sql)
  const count = db.prepare(countSql)
  // As the call: a search's page carries its total, so the count runs only when it does not.
  return () => [rows.all(...args, 100, 0), totalInPage ? null : count.get(...args)]
}

export interface ListQuery {
  label: string
  query: string
}

export async function listScenarios(core: Core, queries: ListQuery[], runs: number, budgetMs: number): Promise<Result[]> {
  const results: Result[] = []
  for (const { label, query } of [{ label: 'first page, no query', query: '' }, ...queries]) {
    const first = await core.call('clients.list', { query })
    if (!first.ok) throw new Error(first.error.message)
    const { total } = first.value as { total: number }
    const coreSamples = await sample(runs, () => core.call('clients.list', { query }))
    const raw = rawList(core.context.db, query)
    const rawSamples = await sample(runs, raw)
    const coreFigures = figures(coreSamples)
    results.push({
      scenario: `clients.list ${label}${query ? ` "${query}"` : ''} (${total} found)`,
      figures: coreFigures,
      budgetMs,
      peerRatio: coreFigures.median / figures(rawSamples).median
    })
  }
  return results
}

/** clients.update on the full store: a durable commit plus re-indexing the client's search text. */
export async function updateByCalls(core: Core, runs: number): Promise<Result> {
  const listed = await core.call('clients.list', { limit: 500 })
  if (!listed.ok) throw new Error(listed.error.message)
  const ids = (listed.value as { items: { id: string }[] }).items.map((c) => c.id)
  let i = 0
  const samples = await sample(runs, async () => {
    const id = ids[i++ % ids.length] as string
    const answer = await core.call('clients.update', { id, name: `Renamed ${i}`, tags: ['bench'] })
    if (!answer.ok) throw new Error(answer.error.message)
  }, 5)
  return { scenario: 'clients.update call, 5,000 clients', figures: figures(samples) }
}
