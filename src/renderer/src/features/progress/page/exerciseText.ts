import type { ExerciseProgress, ExerciseSeriesPoint } from '../../../../../shared/progress'
import type { Units } from '../../../../../shared/settings'
import { formatNumber } from '../../../lib/units'
import { formatLoad, formatSeconds } from '../progressText'

type Best = NonNullable<ExerciseProgress['bestSet']>

/** "8 × 80 kg", "12 reps", "45 s", "20 min", "2.4 km". */
export function bestSetText(best: Best | null, measurement: ExerciseProgress['measurement'], units: Units): string {
  if (!best) return '—'
  if (measurement === 'hold' && best.holdSeconds !== null) return formatSeconds(best.holdSeconds)
  if (measurement === 'duration' && best.durationSeconds !== null) return formatSeconds(best.durationSeconds)
  if (measurement === 'distance' && best.distanceM !== null) return distanceText(best.distanceM)
  if (best.loadKg !== null && best.loadKg > 0 && best.reps !== null) return `${best.reps} × ${formatLoad(best.loadKg, units.weight)}`
  if (best.reps !== null) return `${best.reps} reps`
  return '—'
}

export function distanceText(metres: number): string {
  return metres >= 1000 ? `${formatNumber(metres / 1000, 2)} km` : `${formatNumber(metres, 0)} m`
}

/** The session's best by the exercise's measure, for the table. */
export function bestOtherText(point: ExerciseSeriesPoint, measurement: ExerciseProgress['measurement']): string {
  if (point.bestOther === null) return '—'
  return measurement === 'distance' ? distanceText(point.bestOther) : formatSeconds(point.bestOther)
}
