import type Database from 'better-sqlite3'
import type { Client } from '../../../shared/clients'
import type { ProgramCourse, WeightGoalTrajectory } from '../../../shared/progress'
import { courseAlong, goalStatus, plannedOn, plannedTrajectory } from '../../../shared/progress-maths'
import { KG_PER_LB } from '../../../shared/vocabulary'
import { dayOfIso, isoOfDayNumber } from './days'

// The two timelines of the progress page: the body-weight goal (planned line against the scale) and
// the expected course of the client's program.

const round2 = (n: number) => Math.round(n * 100) / 100

/** Planned against actual body weight (measurements oldest first); null when the client has no weight goal or no weight at all. */
export function weightGoalTrajectory(client: Pick<Client, 'weightGoal' | 'weightKg' | 'createdAt'>, bodyWeights: readonly { date: string; value: number }[]): WeightGoalTrajectory | null {
  const goal = client.weightGoal
  if (!goal) return null
  const actual = bodyWeights.map((m) => ({ date: m.date, kg: m.value }))
  const first = actual[0]
  const start = first ?? (client.weightKg === null ? null : { date: client.createdAt.slice(0, 10), kg: client.weightKg })
  if (!start) return null
  const rate = goal.weeklyRate.unit === 'lb' ? goal.weeklyRate.amount * KG_PER_LB : goal.weeklyRate.amount
  const { targetDate, planned } = plannedTrajectory(start.date, start.kg, goal.targetKg, rate)
  const latest = actual[actual.length - 1] ?? null
  let deviationKg: number | null = null
  let status: WeightGoalTrajectory['status'] = 'no-data'
  if (latest) {
    const plannedKg = plannedOn(latest.date, start.date, start.kg, goal.targetKg, rate)
    deviationKg = round2(latest.kg - plannedKg)
    status = goalStatus(latest.kg, plannedKg, goal.targetKg, start.kg, rate)
  }
  return {
    targetKg: goal.targetKg,
    weeklyRateKg: round2(rate),
    startDate: start.date,
    startKg: start.kg,
    targetDate,
    planned,
    actual,
    latestKg: latest?.kg ?? null,
    deviationKg,
    status
  }
}

interface ProgramRow {
  id: string
  name: string
  status: string
  start_date: string
  weeks: number
}

/** The program running on asOf (else the latest started, else the next to start) with its phases. */
export function createProgramCourse(db: Database.Database): (clientId: string, asOf: string) => ProgramCourse | null {
  const programsOf = db.prepare(`SELECT p.id, p.name, p.status, p.start_date, (SELECT count(*) FROM program_weeks w WHERE w.program_id = p.id) AS weeks
    FROM programs p WHERE p.client_id = ? AND p.start_date IS NOT NULL AND p.archived_at IS NULL AND p.status != 'draft'
    ORDER BY p.start_date DESC, p.id DESC`)
  return (clientId, asOf) => courseOf(programsOf.all(clientId) as ProgramRow[], asOf)
}

function courseOf(rows: readonly ProgramRow[], asOf: string): ProgramCourse | null {
  // Day numbers, not Dates: a program's last day is its start plus its weeks.
  const today = dayOfIso(asOf)
  const withEnd = rows.filter((r) => r.weeks > 0).map((r) => ({ row: r, start: dayOfIso(r.start_date), end: dayOfIso(r.start_date) + r.weeks * 7 - 1 }))
  const running = withEnd.filter((r) => r.start <= today && today <= r.end)
  const pick =
    running.find((r) => r.row.status === 'active') ??
    running[0] ??
    withEnd.find((r) => r.start <= today) ??
    withEnd.filter((r) => r.start > today).at(-1)
  if (!pick) return null
  const { row } = pick
  const currentWeek = pick.start <= today && today <= pick.end ? Math.floor((today - pick.start) / 7) + 1 : null
  return {
    programId: row.id,
    programName: row.name,
    startDate: row.start_date,
    endDate: isoOfDayNumber(pick.end),
    weeks: row.weeks,
    currentWeek,
    phases: courseAlong(row.start_date, row.weeks).map((p) => ({
      ...p,
      current: currentWeek !== null && currentWeek >= p.fromWeek && currentWeek <= p.toWeek
    }))
  }
}
