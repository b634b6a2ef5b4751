import type { UnitKind } from '../../../../../shared/measurements'
import type { Units } from '../../../../../shared/settings'
import { round, weightFromUnit, weightToUnit } from '../../../lib/units'
import { lengthFromUnit, lengthToUnit } from '../progressText'

/** The unit a trainer reads a measurement in: kg/lb and cm/in from Settings, the rest as stored. */
export function shownUnit(kind: UnitKind, stored: string, units: Units): string {
  if (kind === 'mass') return units.weight
  if (kind === 'length') return units.length
  return stored
}

export function toShown(kind: UnitKind, value: number, units: Units): number {
  if (kind === 'mass') return weightToUnit(value, units.weight)
  if (kind === 'length') return lengthToUnit(value, units.length)
  return round(value, 1)
}

export function fromShown(kind: UnitKind, value: number, units: Units): number {
  if (kind === 'mass') return weightFromUnit(value, units.weight)
  if (kind === 'length') return lengthFromUnit(value, units.length)
  return value
}

/** "72.5 kg", "31.5 in", "18 %", "54 bpm". */
export function formatMeasurement(kind: UnitKind, value: number, stored: string, units: Units): string {
  const unit = shownUnit(kind, stored, units)
  return unit ? `${toShown(kind, value, units)} ${unit}` : String(toShown(kind, value, units))
}
