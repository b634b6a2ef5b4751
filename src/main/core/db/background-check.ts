import type Database from 'better-sqlite3'
import { startJob } from '../backup/sqlite-worker'
import type { StoreOpenError } from '../errors'
import { damagedFile } from './open'

export interface BackgroundCheck {
  /** null once the whole file passed quick_check; else what is wrong with it. */
  result: Promise<StoreOpenError | null>
  stop(): void
}

/**
 * The whole-file quick_check of a store opened with deferCheck, on a worker thread with its own
 * read-only connection: a decade of data takes 1.5 s to check and a studio's 13 s, and the window
 * should not wait for it. Without a worker, the core's own connection does it (reads only), a tick later.
 */
export function checkInBackground(db: Database.Database, file: string): BackgroundCheck {
  let stopped = false
  const job = startJob<{ result: string }>('check', { file })
  const refused = (error: unknown) => (stopped ? null : damagedFile(file, error instanceof Error ? error.message : String(error)))
  const result = job.answer
    .then((answer) => {
      if (stopped) return null
      const found = answer ? answer.result : String(db.pragma('quick_check', { simple: true }))
      return found === 'ok' ? null : damagedFile(file, found)
    })
    // SQLite refused the file outright (e.g. "database disk image is malformed").
    .catch(refused)
  return {
    result,
    stop() {
      stopped = true
      job.stop()
    }
  }
}
