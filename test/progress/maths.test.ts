import { describe, expect, it } from 'vitest'
import {
  courseAlong,
  entryFigures,
  estimateOneRm,
  goalStatus,
  markRecords,
  plannedOn,
  plannedTrajectory,
  RECORD_BITS,
  weekStartOf,
  type SetValues
} from '../../src/shared/progress-maths'

// The progress maths against values worked by hand.

const set = (reps: number | null, loadKg: number | null, status: SetValues['status'] = 'done'): SetValues => ({
  reps,
  loadKg,
  holdSeconds: null,
  durationSeconds: null,
  distanceM: null,
  status
})

describe('estimated 1RM (Epley, 1-10 reps)', () => {
  it('is load × (1 + reps / 30)', () => {
    expect(estimateOneRm(100, 5)).toBeCloseTo(116.6667, 4) // 100 × 35/30
    expect(estimateOneRm(80, 10)).toBeCloseTo(106.6667, 4) // 80 × 40/30
    expect(estimateOneRm(60, 3)).toBeCloseTo(66, 10) // 60 × 1.1
  })
  it('takes a single as its own 1RM', () => {
    expect(estimateOneRm(140, 1)).toBe(140)
  })
  it('gives nothing outside 1-10 reps or without a load', () => {
    expect(estimateOneRm(60, 11)).toBeNull()
    expect(estimateOneRm(60, 0)).toBeNull()
    expect(estimateOneRm(null, 5)).toBeNull()
    expect(estimateOneRm(0, 5)).toBeNull()
  })
})

describe('one exercise in one session', () => {
  it('counts done sets only: best set by e1RM, heaviest load, volume = Σ reps × load', () => {
    const f = entryFigures([set(5, 100), set(3, 105), set(1, 110, 'skipped'), set(12, 60)], 'reps')
    expect(f.setsDone).toBe(3)
    expect(f.bestLoadKg).toBe(105)
    // 100 × 5 → 116.67 beats 105 × 3 → 115.5; the 12-rep set has no estimate.
    expect(f.e1rmKg).toBeCloseTo(116.6667, 4)
    expect(f.bestIndex).toBe(0)
    expect(f.volumeKg).toBe(500 + 315 + 720)
    expect(f.bestReps).toBeNull()
  })
  it('bodyweight work: most reps, no volume, no e1RM', () => {
    const f = entryFigures([set(15, null), set(18, null), set(12, 0)], 'reps')
    expect(f).toMatchObject({ setsDone: 3, bestReps: 18, bestIndex: 1, volumeKg: 0, e1rmKg: null, bestLoadKg: null })
  })
  it('holds: the longest hold is best', () => {
    const hold = (s: number): SetValues => ({ ...set(null, null), holdSeconds: s })
    expect(entryFigures([hold(30), hold(45), hold(40)], 'hold')).toMatchObject({ bestOther: 45, bestIndex: 1, setsDone: 3 })
  })
})

describe('personal records', () => {
  const s = (e1rmKg: number | null, bestLoadKg: number | null, bestReps: number | null = null) => ({ e1rmKg, bestLoadKg, bestReps, bestOther: null })
  it('marks a session that beats every earlier one; the first session is the baseline', () => {
    const bits = markRecords([s(100, 90), s(110, 95), s(105, 100), s(120, 100)], 'reps')
    expect(bits.map((b) => (b & RECORD_BITS.e1rm) !== 0)).toEqual([false, true, false, true])
    expect(bits.map((b) => (b & RECORD_BITS.load) !== 0)).toEqual([false, true, true, false]) // 100 again is a tie, not a record
  })
  it('bodyweight reps records only count sets without a load', () => {
    const bits = markRecords([s(null, null, 12), s(null, null, 15), s(null, null, 14)], 'reps')
    expect(bits).toEqual([0, RECORD_BITS.reps, 0])
  })
})

describe('weeks', () => {
  it('start on the day settings name', () => {
    expect(weekStartOf('2024-03-06', 'monday')).toBe('2024-03-04') // a Wednesday
    expect(weekStartOf('2024-03-06', 'sunday')).toBe('2024-03-03')
    expect(weekStartOf('2024-03-06', 'saturday')).toBe('2024-03-02')
    expect(weekStartOf('2024-03-04', 'monday')).toBe('2024-03-04')
    expect(weekStartOf('2024-03-03', 'monday')).toBe('2024-02-26') // a Sunday belongs to the week before
  })
})

describe('body-weight goal trajectory', () => {
  it('80 kg to 76 kg at -0.5 kg a week: 8 weeks, one point a week, flat at the target', () => {
    const { targetDate, planned } = plannedTrajectory('2024-01-01', 80, 76, -0.5)
    expect(targetDate).toBe('2024-02-26')
    expect(planned.map((p) => p.kg)).toEqual([80, 79.5, 79, 78.5, 78, 77.5, 77, 76.5, 76])
    expect(planned[2]).toEqual({ date: '2024-01-15', kg: 79 })
    expect(plannedOn('2024-01-15', '2024-01-01', 80, 76, -0.5)).toBe(79)
    expect(plannedOn('2024-01-18', '2024-01-01', 80, 76, -0.5)).toBeCloseTo(78.7857, 4) // 17 days = 2.43 weeks
    expect(plannedOn('2024-06-01', '2024-01-01', 80, 76, -0.5)).toBe(76)
  })
  it('a rate that does not divide the gap ends on the day the line meets the target', () => {
    const { targetDate, planned } = plannedTrajectory('2024-01-01', 70, 71, 0.75) // 1.333 weeks = 9.33 days
    expect(targetDate).toBe('2024-01-10')
    expect(planned).toEqual([
      { date: '2024-01-01', kg: 70 },
      { date: '2024-01-08', kg: 70.75 },
      { date: '2024-01-10', kg: 71 }
    ])
  })
  it('a rate pointing away from the target has no target date', () => {
    const { targetDate, planned } = plannedTrajectory('2024-01-01', 80, 76, 0.25)
    expect(targetDate).toBeNull()
    expect(planned).toHaveLength(13)
    expect(planned[12]!.kg).toBe(83)
  })
  it('ahead, on track or behind by 0.5 kg of the planned line', () => {
    expect(goalStatus(78.2, 79, 76, 80, -0.5)).toBe('ahead')
    expect(goalStatus(79.3, 79, 76, 80, -0.5)).toBe('on-track')
    expect(goalStatus(79.8, 79, 76, 80, -0.5)).toBe('behind')
    expect(goalStatus(75.9, 79, 76, 80, -0.5)).toBe('reached')
    expect(goalStatus(61.2, 60.5, 62, 60, 0.25)).toBe('ahead') // gaining: heavier than planned is ahead
  })
})

describe('expected course along a program', () => {
  it('12 weeks: endurance 1-4, definition 5-8, strength 9-12, dated from the start', () => {
    expect(courseAlong('2024-01-01', 12)).toEqual([
      expect.objectContaining({ name: 'Muscular endurance', fromWeek: 1, toWeek: 4, startDate: '2024-01-01', endDate: '2024-01-28' }),
      expect.objectContaining({ name: 'Definition', fromWeek: 5, toWeek: 8, startDate: '2024-01-29', endDate: '2024-02-25' }),
      expect.objectContaining({ name: 'Strength', fromWeek: 9, toWeek: 12, startDate: '2024-02-26', endDate: '2024-03-24' })
    ])
  })
  it('shorter programs stop early; longer ones start the course again', () => {
    expect(courseAlong('2024-01-01', 6).map((p) => [p.fromWeek, p.toWeek])).toEqual([
      [1, 4],
      [5, 6]
    ])
    expect(courseAlong('2024-01-01', 16).map((p) => [p.name, p.fromWeek, p.toWeek])).toEqual([
      ['Muscular endurance', 1, 4],
      ['Definition', 5, 8],
      ['Strength', 9, 12],
      ['Muscular endurance', 13, 16]
    ])
  })
})
