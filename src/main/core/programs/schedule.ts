import { buildSchedule } from '../../../shared/program-document'
import type { TombstonesRepo } from '../db/tombstones'
import { newId } from '../ids'
import { loadDocument } from './document-store'
import type { ProgramsRepo } from './repo'

/** Today as YYYY-MM-DD on the trainer's machine: what is "past" and what is "coming". */
export function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Brings a program's dated sessions from `from` onwards in line with its structure, start date and
 * weekdays. Earlier dates are history and stay as they are (done or missed: the logs will tell), so
 * pushing a start date back schedules the whole program again from there. Rows that still fit keep
 * their ids. Only active, scheduled client programs have dated sessions ahead; for any other the
 * coming ones are removed. Call inside a transaction.
 */
export function syncSchedule(repo: ProgramsRepo, tombstones: TombstonesRepo, programId: string, from: string, now: string): void {
  const row = repo.get(programId)
  if (!row) return
  const existing = repo.scheduled(programId)
  const coming = existing.filter((r) => r.date >= from)
  let wanted: { programSessionId: string; date: string; weekNumber: number }[] = []
  if (row.client_id && row.start_date && row.weekdays && row.status === 'active') {
    const weekdays = JSON.parse(row.weekdays) as number[]
    wanted = buildSchedule(loadDocument(repo, row, true), row.start_date, weekdays).entries.filter((e) => e.date >= from)
  }
  const byKey = new Map(coming.map((r) => [`${r.program_session_id}|${r.date}`, r]))
  for (const entry of wanted) {
    const key = `${entry.programSessionId}|${entry.date}`
    const found = byKey.get(key)
    if (found) {
      byKey.delete(key)
      if (found.week_number !== entry.weekNumber) repo.updateScheduledWeek(found.id, entry.weekNumber, now)
    } else if (row.client_id) {
      repo.insertScheduled(newId(), programId, row.client_id, entry.programSessionId, entry.date, entry.weekNumber, now)
    }
  }
  for (const stale of byKey.values()) {
    repo.deleteScheduled(stale.id)
    tombstones.record(stale.id, 'scheduled_session', now)
  }
}
