import { WEEKDAY_SHORT } from '../../../../shared/programs'

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

/** "Mon, Wed, Fri". */
export function weekdaysText(days: readonly number[]): string {
  return days.map((d) => WEEKDAY_SHORT[d - 1] ?? '?').join(', ')
}

/** Human date for an ISO day ("3 Mar 2026"), as the client pages write it (their shared formatter, read as a calendar day). */
export { formatDay as dateText } from '../clients/clientText'
