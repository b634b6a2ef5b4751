// Day numbers for the progress page's loops over years of rows. The same calendar as dayNumber and
// isoOfDay in shared/progress-maths (test/progress/days.test.ts checks two centuries of days against
// them), without the slices, number parses and padStart of those: each cost ~0.2 µs a date, and a
// decade's page turns about a thousand dates into weeks.

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

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => (n < 10 ? `0${n}` : `${n}`))

// Week starts and the like, written once each: the same few thousand days come back on every page
// (every client's weeks are the same calendar), and writing one is ~0.15 µs of divisions.
const written = new Map<number, string>()
const WRITTEN_KEPT = 20_000

/** The ISO date of a day number (the inverse of dayOfIso), for years 1000-9999. */
export function isoOfDayNumber(day: number): string {
  let iso = written.get(day)
  if (iso === undefined) {
    if (written.size >= WRITTEN_KEPT) written.clear()
    written.set(day, (iso = writeIso(day)))
  }
  return iso
}

function writeIso(day: number): string {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${y}-${TWO_DIGITS[m]}-${TWO_DIGITS[d]}`
}

const WEEK_START_WEEKDAY = { monday: 1, sunday: 7, saturday: 6 } as const

/** The week start (a day number) of any day number, for the trainer's first day of the week. */
export function weekStarts(firstDay: keyof typeof WEEK_START_WEEKDAY): (day: number) => number {
  // 1970-01-01 (day 0) was a Thursday, ISO weekday 4: days back from a day to its week's start.
  const shift = 3 - WEEK_START_WEEKDAY[firstDay] + 1 + 7
  return (day) => day - ((((day + shift) % 7) + 7) % 7)
}
