// Words, numbers and units as the progress screens show them. The store keeps kilograms and
// centimetres; the trainer reads and types in the units chosen in Settings.

import type { Units } from '../../../../shared/settings'
import { formatNumber, round, weightFromUnit, weightToUnit } from '../../lib/units'

import { RECORD_KIND_LABELS, type RecordKind } from '../../../../shared/recordKinds'
import { once } from '../../lib/once'

// "12 Mar 2026": a day in a table or a sentence, written as the client pages write it.
export { formatDay, formatTimestamp, plural } from '../clients/clientText'

// One formatter per shape, made once: building an Intl.DateTimeFormat costs far more than formatting,
// and a chart axis or a long table formats hundreds of days. Each is made on its first use rather than
// when this module loads: the module is part of the app's start, and Today needs few of them.
const SHORT_DAY = once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }))
const LONG_DAY = once(() => new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }))
const WEEKDAY_DAY = once(() => new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' }))
const WHOLE = once(() => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }))
const MONTH_YEAR = once(() => new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }))

function formatIsoDate(isoDate: string, format: () => Intl.DateTimeFormat): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  if (!y || !m || !d) return isoDate
  return format().format(new Date(y, m - 1, d))
}

/** "12 Mar": a calendar day in a chart axis or a short list. */
export const shortDay = (isoDate: string): string => formatIsoDate(isoDate, SHORT_DAY)

/** "Mar 2026": a chart axis over more than a year, where a day without its year would mislead. */
export const monthYear = (isoDate: string): string => formatIsoDate(isoDate, MONTH_YEAR)

/** Labels for a date axis from `first` to `last`: days within about a year, months with the year beyond. */
export function dateAxisLabel(first: string, last: string): (isoDate: string) => string {
  const span = (Date.parse(last) - Date.parse(first)) / 86_400_000
  return span > 300 ? monthYear : shortDay
}

/** "Saturday, 21 November 2026": the day a screen is about. */
export const longDay = (isoDate: string): string => formatIsoDate(isoDate, LONG_DAY)

/** "Mon 12 Mar": a session's day on the dashboard and in lists. */
export const weekdayDay = (isoDate: string): string => formatIsoDate(isoDate, WEEKDAY_DAY)

/** A load held in kg, in the trainer's unit for a box (one decimal, no unit). */
export function loadForInput(kg: number | null, unit: Units['weight']): string {
  return kg === null ? '' : formatNumber(weightToUnit(kg, unit))
}

/** A typed load back to kg; null when blank, NaN when not a number (the caller says so). */
export function loadFromInput(text: string, unit: Units['weight']): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  const n = Number(trimmed)
  return Number.isFinite(n) ? weightFromUnit(n, unit) : Number.NaN
}

/** "82.5 kg" or "181.9 lb". */
export function formatLoad(kg: number, unit: Units['weight']): string {
  return `${formatNumber(weightToUnit(kg, unit))} ${unit}`
}

/** Volume (load × reps, summed) in the trainer's unit, whole numbers with thousands separators. */
export function formatVolume(kg: number, unit: Units['weight']): string {
  return `${WHOLE().format(Math.round(weightToUnit(kg, unit)))} ${unit}`
}

/** A length held in cm, in the trainer's unit. */
export function lengthToUnit(cm: number, unit: Units['length']): number {
  return round(unit === 'cm' ? cm : cm / 2.54, 1)
}

export function lengthFromUnit(value: number, unit: Units['length']): number {
  return unit === 'cm' ? value : round(value * 2.54, 3)
}

/** "75 min", "1 h 5 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** "45 s", "2 min 30 s". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`
  const m = Math.floor(seconds / 60)
  const s = seconds % 60
  return s === 0 ? `${m} min` : `${m} min ${s} s`
}

/** "87%" from a 0-1 share. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/** A local timestamp "YYYY-MM-DDTHH:MM" as a datetime-local box holds it. */
export function localDateTime(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** A record's value as a trainer says it: "92.5 kg", "15 reps", "1 min 30 s", "2.4 km". */
export function recordValue(kind: RecordKind, value: number, units: Units): string {
  switch (kind) {
    case 'e1rm':
    case 'load':
      return formatLoad(value, units.weight)
    case 'reps':
      return `${value} ${value === 1 ? 'rep' : 'reps'}`
    case 'hold':
    case 'duration':
      return formatSeconds(value)
    case 'distance':
      return value >= 1000 ? `${formatNumber(value / 1000, 2)} km` : `${formatNumber(value, 0)} m`
  }
}

/** "estimated 1RM", "heaviest load": a record's name inside a sentence. */
export function recordName(kind: RecordKind): string {
  const label = RECORD_KIND_LABELS[kind]
  return label.charAt(0).toLowerCase() + label.slice(1)
}
