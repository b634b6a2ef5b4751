import { WEEKDAY_SHORT } from '../../../../shared/programs'

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "Mon, Wed, Fri". */
export function weekdaysText(days: readonly number[]): string {
  return days.map((d) => WEEKDAY_SHORT[d - 1] ?? '?').join(', ')
}

// One formatter for all: toLocaleDateString builds a new one per call, which costs milliseconds.
let dayFormat: Intl.DateTimeFormat | null = null

/** Human date for an ISO day ("3 Mar 2026"), read in UTC so the day never shifts. */
export function dateText(iso: string): string {
  dayFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
  return dayFormat.format(new Date(`${iso}T00:00:00Z`))
}
