import { useMemo, useState } from 'react'
import { RECORD_KIND_LABELS } from '../../../../../shared/logs'
import type { ClientProgress, ExerciseProgress, ExerciseSeries, OneRmFormula } from '../../../../../shared/progress'
import type { Units } from '../../../../../shared/settings'
import type { z } from 'zod'
import { useCoreQuery } from '../../../lib/query'
import { weightToUnit } from '../../../lib/units'
import { ChartCard } from '../charts/ChartCard'
import { DataTable, type Column } from '../charts/DataTable'
import { TrendChart, type Point } from '../charts/TrendChart'
import { formatDay, formatLoad, formatVolume, recordName, recordValue, shortDay } from '../progressText'
import { bestOtherText, bestSetText } from './exerciseText'
import { inPeriod } from './period'

type Formula = z.infer<typeof OneRmFormula>

export function formulaNote(formula: Formula): string {
  return `Estimated 1RM by the ${formula.name} formula (${formula.text}), from sets of ${formula.minReps}-${formula.maxReps} reps with a load; outside that range it is not estimated.`
}

/** Every exercise the client has logged: best set, estimated 1RM, volume and records; one opens its chart. */
export function ExerciseTable({ progress, units, selected, onSelect }: { progress: ClientProgress; units: Units; selected: string | null; onSelect(id: string): void }) {
  const columns: Column<ExerciseProgress>[] = [
    {
      key: 'name',
      label: 'Exercise',
      render: (e) => (
        <button type="button" className="link-button" aria-pressed={e.exerciseId === selected} onClick={() => onSelect(e.exerciseId)}>
          {e.name}
        </button>
      )
    },
    { key: 'sessions', label: 'Sessions', numeric: true, render: (e) => e.sessions },
    { key: 'best', label: 'Best set', nowrap: true, render: (e) => bestSetText(e.bestSet, e.measurement, units) },
    { key: 'e1rm', label: 'Est. 1RM', numeric: true, render: (e) => (e.e1rmKg !== null ? formatLoad(e.e1rmKg, units.weight) : <span className="muted" title={e.e1rmNote ?? undefined}>—</span>) },
    { key: 'volume', label: 'Volume (all)', numeric: true, render: (e) => (e.totalVolumeKg > 0 ? formatVolume(e.totalVolumeKg, units.weight) : '—') },
    { key: 'last', label: 'Last', nowrap: true, render: (e) => shortDay(e.lastDate) },
    {
      key: 'records',
      label: 'Current bests',
      render: (e) =>
        e.records.length === 0 ? (
          '—'
        ) : (
          <span className="record-list">
            {e.records.map((r) => (
              <span key={r.kind} className="badge badge-muted" title={`Set on ${formatDay(r.date)}`}>
                {RECORD_KIND_LABELS[r.kind]} {recordValue(r.kind, r.value, units)}
              </span>
            ))}
          </span>
        )
    }
  ]
  return (
    <section className="card exercise-table-card" aria-labelledby="exercises-title">
      <h3 id="exercises-title">Exercises</h3>
      <p className="chart-note">{formulaNote(progress.formula)} Volume is load × reps over the sets done.</p>
      <DataTable caption="Exercises logged" columns={columns} rows={progress.exercises} rowKey={(e) => e.exerciseId} empty="No exercises logged yet." />
    </section>
  )
}

/** One exercise session by session: estimated 1RM and heaviest load (or its time or distance), records marked. */
export function ExerciseChart({
  clientId,
  exercise,
  units,
  from,
  initial
}: {
  clientId: string
  exercise: ExerciseProgress
  units: Units
  from: string | null
  /** The series the progress answer brought along (its first exercise's): shown at once, not asked for again. */
  initial: ExerciseSeries | null
}) {
  const series = useCoreQuery('progress.exerciseSeries', { clientId, exerciseId: exercise.exerciseId }, { initialData: initial?.exerciseId === exercise.exerciseId ? initial : undefined })
  const points = useMemo(() => inPeriod(series.data?.points ?? [], (p) => p.date, from), [series.data, from])
  const byReps = exercise.measurement === 'reps'
  const loaded = points.some((p) => p.bestLoadKg !== null && p.bestLoadKg > 0)
  // Worked out once per series, period and unit, not on every render of the page.
  const drawing = useMemo(() => {
    const w = (kg: number | null) => (kg === null ? null : weightToUnit(kg, units.weight))
    const data: Point[] = points.map((p) => ({ date: p.date, e1rm: w(p.e1rmKg), load: w(p.bestLoadKg), reps: p.bestReps, other: p.bestOther }))
    const lines = byReps
      ? loaded
        ? [
            { key: 'e1rm', label: `Estimated 1RM (${units.weight})` },
            { key: 'load', label: `Heaviest load (${units.weight})`, dashed: true }
          ]
        : [{ key: 'reps', label: 'Most reps in a set' }]
      : [{ key: 'other', label: exercise.measurement === 'distance' ? 'Longest distance (m)' : 'Longest (seconds)' }]
    const markKey = lines[0]?.key ?? 'e1rm'
    const marks = points.flatMap((p, i) => {
      const y = data[i]?.[markKey]
      return p.isRecord && typeof y === 'number' ? [{ x: p.date, y, label: 'PR' }] : []
    })
    return { data, lines, marks }
  }, [points, units.weight, byReps, loaded, exercise.measurement])
  const latest = points.at(-1)
  const records = points.filter((p) => p.isRecord).length
  const summary = latest
    ? `${exercise.name}: ${points.length} sessions shown, ${records} with a personal record; latest on ${formatDay(latest.date)}${latest.e1rmKg !== null ? `, estimated 1RM ${formatLoad(latest.e1rmKg, units.weight)}` : ''}.`
    : `${exercise.name}: no sessions in this period.`
  const columns: Column<(typeof points)[number]>[] = [
    { key: 'date', label: 'Date', nowrap: true, render: (p) => formatDay(p.date) },
    { key: 'sets', label: 'Sets done', numeric: true, render: (p) => p.sets },
    ...(byReps
      ? [
          { key: 'load', label: 'Heaviest load', numeric: true, render: (p: (typeof points)[number]) => (p.bestLoadKg !== null ? formatLoad(p.bestLoadKg, units.weight) : '—') },
          { key: 'reps', label: 'Most reps', numeric: true, render: (p: (typeof points)[number]) => p.bestReps ?? '—' },
          { key: 'e1rm', label: 'Est. 1RM', numeric: true, render: (p: (typeof points)[number]) => (p.e1rmKg !== null ? formatLoad(p.e1rmKg, units.weight) : '—') },
          { key: 'volume', label: 'Volume', numeric: true, render: (p: (typeof points)[number]) => (p.volumeKg > 0 ? formatVolume(p.volumeKg, units.weight) : '—') }
        ]
      : [{ key: 'other', label: 'Best', numeric: true, render: (p: (typeof points)[number]) => bestOtherText(p, exercise.measurement) }]),
    { key: 'record', label: 'Record', render: (p) => (p.isRecord ? <span className="badge badge-record">PR</span> : '') }
  ]
  return (
    <ChartCard
      title={`${exercise.name} over time`}
      note={byReps && loaded && series.data ? formulaNote(series.data.formula) : exercise.e1rmNote}
      summary={summary}
      empty={series.error ? <p className="field-error">{series.error.message}</p> : points.length === 0 ? <p className="muted">{series.isPending ? 'Loading…' : 'No sessions of this exercise in the period.'}</p> : undefined}
      chart={(width) => <TrendChart data={drawing.data} xKey="date" series={drawing.lines} marks={drawing.marks} width={width} />}
      table={() => <DataTable caption={`${exercise.name} by session`} columns={columns} rows={[...points].reverse()} rowKey={(p) => p.logId} />}
    />
  )
}

/** Records from the last 90 days, newest first. */
export function RecentRecords({ progress, units }: { progress: ClientProgress; units: Units }) {
  if (progress.recentRecords.length === 0) return null
  return (
    <section className="card records-card" aria-labelledby="records-title">
      <h3 id="records-title">Personal records, last 90 days</h3>
      <ul className="record-rows">
        {progress.recentRecords.map((r) => (
          <li key={`${r.logId}-${r.exerciseId}-${r.kind}`}>
            <span className="badge badge-record">PR</span> <strong>{r.exerciseName}</strong>: {recordName(r.kind)} {recordValue(r.kind, r.value, units)}
            {r.previous !== null && <span className="muted"> (was {recordValue(r.kind, r.previous, units)})</span>} <span className="muted">· {formatDay(r.date)}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}

export function useSelectedExercise(progress: ClientProgress): [ExerciseProgress | null, (id: string) => void] {
  const [id, setId] = useState<string | null>(null)
  const chosen = progress.exercises.find((e) => e.exerciseId === id) ?? progress.exercises[0] ?? null
  return [chosen, setId]
}
