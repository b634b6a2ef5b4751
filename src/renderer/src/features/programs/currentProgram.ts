import type { ProgramSummary } from '../../../../shared/programs'
import { dateText, plural } from './programText'

// What the client page says about a client's programs today. Pure, so tests can pin the dates.

/** The program to show as current: running today, else the next to start, else the latest started. */
export function currentProgram(active: readonly ProgramSummary[], today: string): ProgramSummary | null {
  const dated = active.filter((p) => p.startDate)
  const running = dated.filter((p) => p.startDate! <= today && (!p.endDate || p.endDate >= today))
  const coming = dated.filter((p) => p.startDate! > today).sort((a, b) => (a.startDate! < b.startDate! ? -1 : 1))
  const past = [...dated].sort((a, b) => (a.startDate! > b.startDate! ? -1 : 1))
  return running[0] ?? coming[0] ?? past[0] ?? active[0] ?? null
}

/** "Week 3 of 12", "Starts on 5 Jan 2026 (in 4 days)", "Ended on ...". */
export function progressText(program: Pick<ProgramSummary, 'startDate' | 'endDate' | 'weeks'>, today: string): string {
  if (!program.startDate) return `${plural(program.weeks, 'week', 'weeks')}, not scheduled yet`
  if (today < program.startDate) {
    const days = Math.round((Date.parse(program.startDate) - Date.parse(today)) / 86_400_000)
    // A count of days helps only when the start is near.
    const when = days === 1 ? ' (tomorrow)' : days < 14 ? ` (in ${days} days)` : ''
    return `Starts on ${dateText(program.startDate)}${when} · ${plural(program.weeks, 'week', 'weeks')}`
  }
  if (program.endDate && today > program.endDate) return `Ended on ${dateText(program.endDate)}`
  const week = Math.floor((Date.parse(today) - Date.parse(program.startDate)) / (7 * 86_400_000)) + 1
  return `Week ${Math.min(week, program.weeks)} of ${program.weeks}`
}
