// Day numbers for the progress page's loops over years of rows, on the calendar of shared/progress-maths
// (test/progress/days.test.ts checks two centuries of days against it), with week dates kept once written.

import { dayNumber, isoOfDay } from '../../../shared/progress-maths'

/** Days since 1970-01-01 of an ISO date (YYYY-MM-DD): the shared dayNumber. */
export const dayOfIso = dayNumber

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
