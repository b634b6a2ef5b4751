import { addDays } from '../../../../../shared/program-document'

// How far back the weekly charts look. The tables always hold every week (they scroll); the charts
// stay readable and light with a few dozen bars.

export const PERIODS = [
  { value: '12', label: 'Last 12 weeks', weeks: 12 },
  { value: '26', label: 'Last 6 months', weeks: 26 },
  { value: '52', label: 'Last year', weeks: 52 },
  { value: 'all', label: 'Everything', weeks: null }
] as const
export type PeriodValue = (typeof PERIODS)[number]['value']

/** The first day shown for a period ending on `end`; null for everything. */
export function periodStart(period: PeriodValue, end: string): string | null {
  const weeks = PERIODS.find((p) => p.value === period)?.weeks ?? null
  return weeks === null ? null : addDays(end, -weeks * 7 + 1)
}

/** Items on or after the period's first day (weeks overlapping it count). */
export function inPeriod<T>(items: readonly T[], dateOf: (item: T) => string, from: string | null): T[] {
  if (from === null) return [...items]
  const weekBefore = addDays(from, -6)
  return items.filter((item) => dateOf(item) >= weekBefore)
}
