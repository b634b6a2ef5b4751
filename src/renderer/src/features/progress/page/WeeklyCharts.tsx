import { useMemo } from 'react'
import { MUSCLE_GROUP_LABELS, MUSCLE_GROUPS } from '../../../../../shared/exercises'
import type { ClientProgress } from '../../../../../shared/progress'
import type { Units } from '../../../../../shared/settings'
import { ChartCard } from '../charts/ChartCard'
import { DataTable, type Column } from '../charts/DataTable'
import { BarsChart, type Point } from '../charts/TrendChart'
import { formatDay, formatVolume, percent } from '../progressText'
import { inPeriod } from './period'

type VolumeWeek = ClientProgress['weeklyVolume'][number]
type AdherenceWeek = ClientProgress['adherence'][number]

/** Sets done per muscle group each week (an exercise counts for its main groups), stacked. */
export function MuscleVolumeChart({ progress, units, from }: { progress: ClientProgress; units: Units; from: string | null }) {
  const weeks = inPeriod(progress.weeklyVolume, (w) => w.weekStart, from)
  // Every week of the history is looked at: once per answer, not on each render of the page.
  const groups = useMemo(() => MUSCLE_GROUPS.filter((g) => progress.weeklyVolume.some((w) => w.groups.some((x) => x.group === g && x.sets > 0))), [progress.weeklyVolume])
  const data: Point[] = weeks.map((w) => {
    const point: Point = { week: w.weekStart }
    for (const g of w.groups) point[g.group] = g.sets
    return point
  })
  const totals = groups.map((g) => ({ g, sets: weeks.reduce((n, w) => n + (w.groups.find((x) => x.group === g)?.sets ?? 0), 0) }))
  const summary = totals.length
    ? `Sets per muscle group over ${weeks.length} weeks: ${totals.map((t) => `${MUSCLE_GROUP_LABELS[t.g]} ${t.sets}`).join(', ')}.`
    : 'No sets done in this period.'
  const columns: Column<VolumeWeek>[] = [
    { key: 'week', label: 'Week of', render: (w) => formatDay(w.weekStart) },
    ...groups.map((g) => ({
      key: g,
      label: MUSCLE_GROUP_LABELS[g],
      numeric: true,
      render: (w: VolumeWeek) => {
        const x = w.groups.find((y) => y.group === g)
        return x ? `${x.sets} sets${x.volumeKg > 0 ? ` · ${formatVolume(x.volumeKg, units.weight)}` : ''}` : '—'
      }
    }))
  ]
  return (
    <ChartCard
      title="Weekly sets per muscle group"
      note="Done sets only; an exercise counts towards its main muscle groups. The table adds the volume (load × reps)."
      summary={summary}
      empty={progress.weeklyVolume.length === 0 ? <p className="muted">Appears once sessions are logged.</p> : undefined}
      chart={(width) => <BarsChart data={data} xKey="week" series={groups.map((g) => ({ key: g, label: MUSCLE_GROUP_LABELS[g] }))} stacked width={width} />}
      table={() => <DataTable caption="Weekly sets per muscle group" columns={columns} rows={[...progress.weeklyVolume].reverse()} rowKey={(w) => w.weekStart} />}
    />
  )
}

/** Sessions done against sessions scheduled, week by week, and the share overall. */
export function AdherenceChart({ progress, from }: { progress: ClientProgress; from: string | null }) {
  const weeks = inPeriod(progress.adherence, (w) => w.weekStart, from)
  const total = progress.adherenceTotal
  const data: Point[] = weeks.map((w) => ({ week: w.weekStart, done: w.done, missed: Math.max(0, w.scheduled - w.done), extra: w.extra }))
  const shown = weeks.reduce((a, w) => ({ scheduled: a.scheduled + w.scheduled, done: a.done + w.done }), { scheduled: 0, done: 0 })
  const summary = shown.scheduled
    ? `${shown.done} of ${shown.scheduled} scheduled sessions done in the ${weeks.length} weeks shown (${percent(shown.done / shown.scheduled)}).`
    : 'No sessions were scheduled in this period.'
  const columns: Column<AdherenceWeek>[] = [
    { key: 'week', label: 'Week of', render: (w) => formatDay(w.weekStart) },
    { key: 'scheduled', label: 'Scheduled', numeric: true, render: (w) => w.scheduled },
    { key: 'done', label: 'Done', numeric: true, render: (w) => w.done },
    { key: 'extra', label: 'Extra', numeric: true, render: (w) => w.extra },
    { key: 'rate', label: 'Adherence', numeric: true, render: (w) => (w.rate === null ? '—' : percent(w.rate)) }
  ]
  return (
    <ChartCard
      title="Adherence"
      note={
        total.rate === null ? (
          'Done against scheduled sessions, once a program is assigned with dates.'
        ) : (
          <>
            <strong className="big-figure">{percent(total.rate)}</strong> of scheduled sessions done so far ({total.done} of {total.scheduled}). Extra sessions
            without a date are counted apart.
          </>
        )
      }
      summary={summary}
      empty={progress.adherence.length === 0 ? <p className="muted">Appears once a program with dates is assigned or a session is logged.</p> : undefined}
      chart={(width) => (
        <BarsChart
          data={data}
          xKey="week"
          width={width}
          stacked
          series={[
            { key: 'done', label: 'Done', color: '#1e6b3a' },
            { key: 'missed', label: 'Not done', color: '#c2410c' },
            { key: 'extra', label: 'Extra', color: '#0f5fa8' }
          ]}
         
        />
      )}
      table={() => <DataTable caption="Adherence by week" columns={columns} rows={[...progress.adherence].reverse()} rowKey={(w) => w.weekStart} />}
    />
  )
}
