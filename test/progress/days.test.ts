import { describe, expect, it } from 'vitest'
import { addDays, isoWeekday } from '../../src/shared/program-document'
import { dayOfIso, isoOfDayNumber, weekStarts } from '../../src/main/core/progress/days'
import { dayNumber, daysBetween, isoOfDay, weekStartOf } from '../../src/shared/progress-maths'

// The progress page works in day numbers instead of Dates; every day of two centuries must come out
// as the calendar (through Date, as program-document computes it) has it.

describe('day numbers', () => {
  it('match the calendar for every day from 1900 to 2100, leap days and century years included', () => {
    let mismatches = 0
    for (let iso = '1900-01-01', day = dayNumber(iso); iso <= '2100-12-31'; iso = addDays(iso, 1), day++) {
      if (dayNumber(iso) !== day || isoOfDay(day) !== iso) mismatches++
    }
    expect(mismatches).toBe(0)
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(isoOfDay(dayNumber('2024-02-28') + 1)).toBe('2024-02-29')
    expect(isoOfDay(dayNumber('2100-02-28') + 1)).toBe('2100-03-01')
  })

  it('give each date the week start the calendar gives, for each first day of the week', () => {
    const start = { monday: 1, sunday: 7, saturday: 6 } as const
    for (let iso = '2023-12-20'; iso <= '2025-01-10'; iso = addDays(iso, 1)) {
      for (const [firstDay, weekday] of Object.entries(start) as [keyof typeof start, number][]) {
        const expected = addDays(iso, -((isoWeekday(iso) - weekday + 7) % 7))
        expect(weekStartOf(iso, firstDay), `${iso} ${firstDay}`).toBe(expected)
      }
    }
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29)
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(-29)
  })

  it('the core\'s own day numbers, week starts and written dates agree with these for two centuries', () => {
    const firstDays = ['monday', 'sunday', 'saturday'] as const
    const weekOf = firstDays.map((firstDay) => weekStarts(firstDay))
    let mismatches = 0
    for (let iso = '1900-01-01', day = dayNumber(iso); iso <= '2100-12-31'; iso = isoOfDay(++day)) {
      if (dayOfIso(iso) !== day || isoOfDayNumber(day) !== iso) mismatches++
      firstDays.forEach((firstDay, i) => {
        if (isoOfDayNumber(weekOf[i]!(day)) !== weekStartOf(iso, firstDay)) mismatches++
      })
    }
    expect(mismatches).toBe(0)
  })
})
