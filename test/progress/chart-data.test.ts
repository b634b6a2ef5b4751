import { describe, expect, it } from 'vitest'
import { axisTicks, thinPoints } from '../../src/renderer/src/features/progress/charts/chartData'

// Charts draw what their width can show; the tables keep every value. Thinning must not move a peak,
// a dip or a record, and the axis labels must span the whole period.

const days = (n: number) => Array.from({ length: n }, (_, i) => ({ day: i, value: 50 + ((i * 37) % 23), record: false }))

describe('thinning a series to a chart’s width', () => {
  it('leaves a short series whole', () => {
    const points = days(120)
    expect(thinPoints(points, 400, (p) => p.value)).toBe(points)
  })

  it('keeps at most about the points asked for, in order, with the first, the last, every record, the peak and the dip', () => {
    const points = days(1500)
    points[700]!.value = 200
    points[900]!.value = 1
    points[333]!.record = true
    const thin = thinPoints(points, 300, (p) => p.value, (p) => p.record)
    expect(thin.length).toBeLessThanOrEqual(302)
    expect(thin.length).toBeGreaterThan(250)
    const kept = thin.map((p) => p.day)
    expect(kept).toEqual([...kept].sort((a, b) => a - b))
    expect(kept).toEqual(expect.arrayContaining([0, 1499, 333, 700, 900]))
    expect(Math.max(...thin.map((p) => p.value))).toBe(200)
    expect(Math.min(...thin.map((p) => p.value))).toBe(1)
  })

  it('skips points without a value when choosing, without losing the ones that have one', () => {
    const points = days(1000).map((p) => ({ ...p, value: p.day % 2 ? null : p.value }))
    const thin = thinPoints(points, 100, (p) => p.value)
    expect(thin.filter((p) => p.value === null).length).toBeLessThanOrEqual(1) // the last point, kept as the end
    expect(thin.length).toBeGreaterThan(50)
  })
})

describe('x-axis labels', () => {
  it('span the period from first to last, evenly, as many as fit', () => {
    const values = Array.from({ length: 260 }, (_, i) => `w${i}`)
    const ticks = axisTicks(values, 840)
    expect(ticks).toHaveLength(10)
    expect(ticks[0]).toBe('w0')
    expect(ticks.at(-1)).toBe('w259')
    expect(axisTicks(values.slice(0, 3), 840)).toEqual(['w0', 'w1', 'w2'])
    expect(axisTicks([], 840)).toEqual([])
    // A narrow chart still gets its two ends.
    expect(axisTicks(values, 60)).toEqual(['w0', 'w259'])
  })
})
