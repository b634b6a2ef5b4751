import { afterEach, describe, expect, it, vi } from 'vitest'

// The day formats the screens share: written in the reader's locale as calendar days, each formatter
// built once (building one costs far more than formatting), and none while the modules load.

const Original = Intl.DateTimeFormat
afterEach(() => {
  Intl.DateTimeFormat = Original
  vi.resetModules()
})

const expected = (options: Intl.DateTimeFormatOptions, y: number, m: number, d: number) => new Intl.DateTimeFormat(undefined, options).format(new Date(y, m - 1, d))

describe('day text', () => {
  it('writes days as the locale does, without a time-zone shift, and leaves text that is not a date alone', async () => {
    const text = await import('../../src/renderer/src/features/progress/progressText')
    expect(text.formatDay('2026-03-12')).toBe(expected({ day: 'numeric', month: 'short', year: 'numeric' }, 2026, 3, 12))
    expect(text.formatDay('2026-01-01')).toBe(expected({ day: 'numeric', month: 'short', year: 'numeric' }, 2026, 1, 1))
    expect(text.longDay('2026-11-22')).toBe(expected({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, 2026, 11, 22))
    expect(text.weekdayDay('2026-11-23')).toBe(expected({ weekday: 'short', day: 'numeric', month: 'short' }, 2026, 11, 23))
    expect(text.shortDay('2026-12-31')).toBe(expected({ day: 'numeric', month: 'short' }, 2026, 12, 31))
    expect(text.monthYear('2027-02-01')).toBe(expected({ month: 'short', year: 'numeric' }, 2027, 2, 1))
    expect(text.formatDay('not a date')).toBe('not a date')
  })

  it('builds no formatter while the modules load, and each shape only once however many days it writes', async () => {
    let built = 0
    Intl.DateTimeFormat = class extends Original {
      constructor(...args: ConstructorParameters<typeof Original>) {
        super(...args)
        built++
      }
    } as typeof Original
    const text = await import('../../src/renderer/src/features/progress/progressText')
    await import('../../src/renderer/src/features/clients/clientText')
    expect(built).toBe(0)
    for (let day = 1; day <= 28; day++) {
      const iso = `2026-02-${String(day).padStart(2, '0')}`
      text.formatDay(iso)
      text.longDay(iso)
      text.weekdayDay(iso)
    }
    text.formatTimestamp('2026-02-03T10:15:00Z')
    text.formatTimestamp('2026-02-04T10:15:00Z')
    expect(built).toBe(4)
  })
})
