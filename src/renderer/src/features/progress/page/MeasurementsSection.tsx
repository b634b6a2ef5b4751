import { useState } from 'react'
import type { ClientProgress } from '../../../../../shared/progress'
import type { Units } from '../../../../../shared/settings'
import { ChartCard } from '../charts/ChartCard'
import { TrendChart } from '../charts/TrendChart'
import { formatDay } from '../progressText'
import { MeasurementForm } from './MeasurementForm'
import { MeasurementRows } from './MeasurementRows'
import { formatMeasurement, shownUnit, toShown } from './measurementUnits'
import { inPeriod } from './period'


/** Measurements over time, one type at a time, and the form that records a check-in. */
export function MeasurementsSection({ progress, units, from }: { progress: ClientProgress; units: Units; from: string | null }) {
  const withValues = progress.measurements.filter((m) => m.points.length > 0)
  const [typeId, setTypeId] = useState<string | null>(null)
  const [recording, setRecording] = useState(false)
  const chosen = withValues.find((m) => m.typeId === typeId) ?? withValues[0] ?? null
  const points = chosen ? inPeriod(chosen.points, (p) => p.date, from) : []
  const unit = chosen ? shownUnit(chosen.unitKind, chosen.unit, units) : ''
  const data = chosen ? points.map((p) => ({ date: p.date, value: toShown(chosen.unitKind, p.value, units) })) : []
  const first = points[0]
  const last = points.at(-1)
  const summary =
    chosen && first && last
      ? `${chosen.name}: ${formatMeasurement(chosen.unitKind, first.value, chosen.unit, units)} on ${formatDay(first.date)}, ${formatMeasurement(chosen.unitKind, last.value, chosen.unit, units)} on ${formatDay(last.date)} (${points.length} measurements).`
      : 'No measurements in this period.'
  const picker =
    withValues.length > 1 ? (
      <label className="inline-select">
        <span className="visually-hidden">Measurement to show</span>
        <select className="cell" value={chosen?.typeId ?? ''} onChange={(e) => setTypeId(e.target.value)}>
          {withValues.map((m) => (
            <option key={m.typeId} value={m.typeId}>
              {m.name}
            </option>
          ))}
        </select>
      </label>
    ) : null
  return (
    <div className="measurements-section">
      <ChartCard
        title={chosen ? `${chosen.name}${unit ? ` (${unit})` : ''}` : 'Measurements'}
        summary={summary}
        tools={
          <>
            {picker}
            <button type="button" className="button button-small button-primary" aria-expanded={recording} onClick={() => setRecording((r) => !r)}>
              Record measurements
            </button>
          </>
        }
        empty={withValues.length === 0 ? <p className="muted">No measurements yet. Record body weight, waist, hip and the rest at a check-in to follow them here.</p> : points.length === 0 ? <p className="muted">None in this period.</p> : undefined}
        chart={(width) => <TrendChart data={data} xKey="date" series={[{ key: 'value', label: chosen?.name ?? '' }]} width={width} />}
        table={() => (chosen ? <MeasurementRows clientId={progress.clientId} typeId={chosen.typeId} name={chosen.name} units={units} /> : null)}
      />
      {recording && <MeasurementForm clientId={progress.clientId} units={units} onDone={() => setRecording(false)} />}
    </div>
  )
}
