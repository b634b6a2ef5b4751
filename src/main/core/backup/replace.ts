import Database from 'better-sqlite3'
import { rebuildInSteps, rebuildSearch } from '../transfer/fts'
import { startJob } from './sqlite-worker'
import { columnsOf, dataTables, quoteName as q } from './tables'

/** The longest the search rebuild holds the core's thread before letting other calls in. */
const YIELD_AFTER_MS = 8
/** Pages per step of the copy over the live file (16 MB of 4 KB pages): one progress report each. */
const PAGES_PER_STEP = 4096

/**
 * The migration ledger describes the live file, not the trainer's data (a row copy never touched it):
 * the candidate takes the live rows. Both are at this app's version with the same checksums (checked when
 * each was opened), so the rows name the same migrations.
 */
function keepLiveLedger(conn: Database.Database): void {
  const ledger = 'schema_migrations'
  const inBoth = (['main', 'live'] as const).every((schema) => tablesOf(conn, schema).includes(ledger))
  if (!inBoth) return
  const theirs = new Set(columnsOf(conn, ledger, 'live'))
  const cols = columnsOf(conn, ledger, 'main').filter((c) => theirs.has(c)).map(q).join(', ')
  conn.prepare(`DELETE FROM main.${q(ledger)}`).run()
  conn.prepare(`INSERT INTO main.${q(ledger)} (${cols}) SELECT ${cols} FROM live.${q(ledger)}`).run()
}

function tablesOf(conn: Database.Database, schema: string): string[] {
  return (conn.prepare('SELECT name FROM pragma_table_list WHERE schema = ?').pluck().all(schema) as string[])
}

export interface Verdict {
  /** Why the candidate cannot be copied page for page (it is then copied row by row), or null. */
  unlike: string | null
}

/**
 * Makes a checked candidate ready to replace the live data, on a worker thread: search indexes rebuilt
 * from its rows first (never taken from a file), then compared with the live file (page size, the very
 * same schema) and every reference checked. Rejects when rows refer to records the file does not hold.
 */
export async function readyCandidate(liveFile: string, candidateFile: string): Promise<Verdict> {
  // Emptied on a worker first (null: no worker; the rebuild below empties them itself).
  await startJob('clearSearch', { candidate: candidateFile, live: liveFile }).answer
  const conn = new Database(candidateFile, { fileMustExist: true })
  try {
    conn.prepare('ATTACH DATABASE ? AS live').run(liveFile)
    // One transaction on the candidate (no one else uses it), spread over turns of the core's thread:
    // rebuilding 5,000 clients' search entries takes a few hundred milliseconds.
    conn.exec('BEGIN')
    try {
      let since = performance.now()
      for (const _step of rebuildInSteps(conn)) {
        if (performance.now() - since < YIELD_AFTER_MS) continue
        await new Promise((resolve) => setImmediate(resolve))
        since = performance.now()
      }
      keepLiveLedger(conn)
      conn.exec('COMMIT')
    } catch (error) {
      if (conn.inTransaction) conn.exec('ROLLBACK')
      throw error
    } finally {
      conn.prepare('DETACH DATABASE live').run()
    }
  } finally {
    conn.close()
  }
  const answer = await startJob<{ unlike?: string; broken?: number }>('conform', { candidate: candidateFile, live: liveFile }).answer
  if (answer === null) return { unlike: 'no worker thread' }
  if (answer.broken) throw new Error(`${answer.broken} rows refer to records that are not there`)
  return { unlike: answer.unlike ?? null }
}

/**
 * Puts a candidate made ready by readyCandidate in place of the live data, all or nothing. Its pages are
 * written over the live file by SQLite's backup API on a worker thread, in ONE write transaction: a
 * failure or a crash leaves the live data as it was, and the core's own connection stays open (it sees
 * the new data at its next read; PRAGMA data_version changes). The core's thread only relays progress,
 * where copying the rows of a million logged sets in one transaction used to hold it for seconds.
 * A candidate that differs from the live file (verdict.unlike) is copied row by row instead.
 */
export async function putInPlace(liveFile: string, candidateFile: string, verdict: Verdict, onProgress?: (done: number, total: number) => void): Promise<void> {
  if (verdict.unlike === null) {
    const copied = await startJob('copyInto', { candidate: candidateFile, live: liveFile, pagesPerStep: PAGES_PER_STEP }, { onProgress }).answer
    if (copied !== null) return
  }
  replaceLiveData(liveFile, candidateFile)
}

/**
 * Replaces every row of the live store with the rows of a checked candidate file, in ONE transaction
 * on the core's thread (the fallback of putInPlace):
 * a failure anywhere leaves the live data exactly as it was. It runs on a second connection to the
 * live file, so the core's own connection (and its prepared statements) stay valid, and caches that
 * watch PRAGMA data_version see the change.
 */
export function replaceLiveData(liveFile: string, candidateFile: string): void {
  const conn = new Database(liveFile, { fileMustExist: true })
  try {
    // References are checked once, over everything, before the commit (foreign_key_check below); with
    // enforcement off, emptying a table is SQLite's quick truncate rather than a row-by-row delete.
    conn.pragma('foreign_keys = OFF')
    conn.pragma('synchronous = FULL')
    conn.pragma('busy_timeout = 5000')
    conn.prepare('ATTACH DATABASE ? AS incoming').run(candidateFile)
    try {
      conn.transaction(() => {
        const tables = dataTables(conn, 'main')
        const incoming = new Set(dataTables(conn, 'incoming'))
        for (const table of tables) conn.prepare(`DELETE FROM main.${q(table)}`).run()
        for (const table of tables) {
          if (!incoming.has(table)) continue
          const theirs = new Set(columnsOf(conn, table, 'incoming'))
          const cols = columnsOf(conn, table, 'main').filter((c) => theirs.has(c)).map(q).join(', ')
          conn.prepare(`INSERT INTO main.${q(table)} (${cols}) SELECT ${cols} FROM incoming.${q(table)}`).run()
        }
        rebuildSearch(conn)
        const broken = conn.pragma('foreign_key_check') as unknown[]
        if (broken.length > 0) throw new Error(`${broken.length} rows refer to records that are not there`)
      })()
    } finally {
      conn.prepare('DETACH DATABASE incoming').run()
    }
  } finally {
    conn.close()
  }
}
