import type { WeightGoalTrajectory } from '../../../../../shared/progress'
import type { Units } from '../../../../../shared/settings'
import { weightToUnit } from '../../../lib/units'
import { ChartCard } from '../charts/ChartCard'
import { DataTable } from '../charts/DataTable'
import { TrendChart, type Point } from '../charts/TrendChart'
import { formatDay, formatLoad } from '../progressText'

const STATUS_TEXT: Record<WeightGoalTrajectory['status'], string> = {
  ahead: 'Ahead of the plan',
  'on-track': 'On track',
  behind: 'Behind the plan',
  reached: 'Target reached',
  'no-data': 'No weigh-ins yet'
}

interface Row {
  date: string
  planned: number | null
  actual: number | null
}

/** The body-weight goal: the planned line from the start weight at the client's weekly rate, and the weigh-ins. */
export function WeightGoalChart({ goal, units, from }: { goal: WeightGoalTrajectory; units: Units; from: string | null }) {
  const byDate = new Map<string, Row>()
  for (const p of goal.planned) byDate.set(p.date, { date: p.date, planned: p.kg, actual: null })
  for (const a of goal.actual) byDate.set(a.date, { ...(byDate.get(a.date) ?? { date: a.date, planned: null }), actual: a.kg })
  const rows = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
  const w = (kg: number | null) => (kg === null ? null : weightToUnit(kg, units.weight))
  // The chart follows the period (the planned line stays whole when it starts inside it); the table keeps every row.
  const shown = from === null ? rows : rows.filter((r) => r.date >= from || (r.planned !== null && goal.startDate >= from))
  const data: Point[] = shown.map((r) => ({ date: r.date, planned: w(r.planned), actual: w(r.actual) }))
  const deviation =
    goal.deviationKg === null
      ? ''
      : Math.abs(goal.deviationKg) < 0.05
        ? ' The latest weigh-in is on the planned line.'
        : ` The latest weigh-in is ${formatLoad(Math.abs(goal.deviationKg), units.weight)} ${goal.deviationKg > 0 ? 'above' : 'below'} the planned line.`
  const note = (
    <>
      <span className={`badge goal-${goal.status}`}>{STATUS_TEXT[goal.status]}</span> From {formatLoad(goal.startKg, units.weight)} on {formatDay(goal.startDate)} to{' '}
      {formatLoad(goal.targetKg, units.weight)} at {formatLoad(Math.abs(goal.weeklyRateKg), units.weight)} a week
      {goal.targetDate ? `, planned for ${formatDay(goal.targetDate)}` : ' (this rate does not reach the target)'}.{deviation}
    </>
  )
  const summary = `Body-weight goal: ${STATUS_TEXT[goal.status].toLowerCase()}. Planned from ${formatLoad(goal.startKg, units.weight)} to ${formatLoad(goal.targetKg, units.weight)}; ${goal.actual.length} weigh-ins${goal.latestKg !== null ? `, latest ${formatLoad(goal.latestKg, units.weight)}` : ''}.`
  return (
    <ChartCard
      title="Body-weight goal"
      note={note}
      summary={summary}
      chart={(width) => (
        <TrendChart
          data={data}
          xKey="date"
          width={width}
          series={[
            { key: 'planned', label: `Planned (${units.weight})`, dashed: true, color: '#4f596a' },
            { key: 'actual', label: `Weighed (${units.weight})`, color: '#0f5fa8' }
          ]}
         
        />
      )}
      table={() => (
        <DataTable<Row>
          caption="Body weight, planned and weighed"
          columns={[
            { key: 'date', label: 'Date', render: (r) => formatDay(r.date) },
            { key: 'planned', label: 'Planned', numeric: true, render: (r) => (r.planned === null ? '—' : formatLoad(r.planned, units.weight)) },
            { key: 'actual', label: 'Weighed', numeric: true, render: (r) => (r.actual === null ? '—' : formatLoad(r.actual, units.weight)) }
          ]}
          rows={rows}
          rowKey={(r) => r.date}
        />
      )}
    />
  )
}
