import type { CoreDeps } from '../deps'
import type { BackupService } from './service'

/** How often the timer looks whether an automatic backup is due (the schedule itself is in hours). */
const CHECK_EVERY_MS = 10 * 60 * 1000
/** The start-up backup waits until the window has had time to load (tests shorten the wait). */
const startDelayMs = () => Number(process.env.SPOTTER_BACKUP_START_DELAY_MS ?? 5000)
/** Restarting the app several times in a few minutes makes one start-up backup, not several. */
const START_MIN_AGE_MS = 15 * 60 * 1000

/**
 * Automatic backups: one shortly after start (unless one was made minutes ago) and then whenever the
 * last one is older than the schedule's hours, while the app runs. Timers never keep the process alive.
 */
export function startAutomaticBackups(deps: CoreDeps, backups: BackupService): void {
  let closed = false
  const run = (minAgeMs: () => number) => {
    if (closed) return
    // Not before the file has passed its check (a damaged one is not backed up over good backups).
    deps.checked
      .then((problem) => (problem || closed ? false : backups.backupIfDue(minAgeMs())))
      .then((made) => {
        if (made && !closed) deps.changed(['backups'])
      })
      .catch((error: unknown) => {
        // A failed automatic backup must not disturb the trainer's work; the list shows the last good one.
        if (!closed) console.error('[spotter core] automatic backup failed:', error)
      })
  }
  const start = setTimeout(() => run(() => START_MIN_AGE_MS), startDelayMs())
  const timer = setInterval(() => run(() => backups.settings().everyHours * 3600_000), CHECK_EVERY_MS)
  start.unref()
  timer.unref()
  deps.onClose(() => {
    closed = true
    clearTimeout(start)
    clearInterval(timer)
  })
}
