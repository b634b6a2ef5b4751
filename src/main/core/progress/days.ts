// Day numbers for the progress page's loops over years of rows. The same calendar as dayNumber and
// isoOfDay in shared/progress-maths (test/progress/days.test.ts checks two centuries of days against
// them), without the slices, number parses and padStart of those: each cost ~0.2 µs a date, and a
// decade's page turns about a thousand dates into weeks.

import { isoOfDay } from '../../../shared/progress-maths'

const digit = (iso: string, i: number) => iso.charCodeAt(i) - 48

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD). */
export function dayOfIso(iso: string): number {
  let y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3)
  const m = digit(iso, 5) * 10 + digit(iso, 6)
  const d = digit(iso, 8) * 10 + digit(iso, 9)
  if (m <= 2) y--
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

// Week starts and the like, written once each (by the shared isoOfDay): the same few thousand days
// come back on every page (every client's weeks are the same calendar).
const written = new Map<number, string>()
const WRITTEN_KEPT = 20_000

/** The ISO date of a day number (the inverse of dayOfIso). */
export function isoOfDayNumber(day: number): string {
  let iso = written.get(day)
  if (iso === undefined) {
    if (written.size >= WRITTEN_KEPT) written.clear()
    written.set(day, (iso = isoOfDay(day)))
  }
  return iso
}

const WEEK_START_WEEKDAY = { monday: 1, sunday: 7, saturday: 6 } as const

/** The week start (a day number) of any day number, for the trainer's first day of the week. */
export function weekStarts(firstDay: keyof typeof WEEK_START_WEEKDAY): (day: number) => number {
  // 1970-01-01 (day 0) was a Thursday, ISO weekday 4: days back from a day to its week's start.
  const shift = 3 - WEEK_START_WEEKDAY[firstDay] + 1 + 7
  return (day) => day - ((((day + shift) % 7) + 7) % 7)
}
