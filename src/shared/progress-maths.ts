import type { Measurement } from './exercises'
import { COURSE_PHASES, ONE_RM_FORMULA } from './progress'
import type { RecordKind, SetStatus } from './logs'

// The progress maths, pure so the core and the entry screen compute the same numbers and tests can
// check them against hand-worked values. Loads in kg.

/** Epley: load × (1 + reps ÷ 30), for 1-10 reps (a single is its own 1RM); null outside that. */
export function estimateOneRm(loadKg: number | null, reps: number | null): number | null {
  if (loadKg === null || reps === null || loadKg <= 0) return null
  if (reps < ONE_RM_FORMULA.minReps || reps > ONE_RM_FORMULA.maxReps) return null
  if (reps === 1) return loadKg
  return loadKg * (1 + reps / 30)
}

export interface SetValues {
  reps: number | null
  loadKg: number | null
  holdSeconds: number | null
  durationSeconds: number | null
  distanceM: number | null
  status: SetStatus
}

export interface EntryFigures {
  setsDone: number
  /** Index of the best done set by the exercise's measure, or null when none was done. */
  bestIndex: number | null
  bestLoadKg: number | null
  /** Most reps in one done set without a load (bodyweight work). */
  bestReps: number | null
  /** Longest hold (s), duration (s) or distance (m), by the exercise's measure. */
  bestOther: number | null
  e1rmKg: number | null
  volumeKg: number
}

const positive = (v: number | null): v is number => v !== null && v > 0
const maxOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b))

/** The measure that decides "best" for exercises not counted in reps. */
export function otherOf(measurement: Measurement, set: Pick<SetValues, 'holdSeconds' | 'durationSeconds' | 'distanceM'>): number | null {
  if (measurement === 'hold') return set.holdSeconds
  if (measurement === 'duration') return set.durationSeconds
  if (measurement === 'distance') return set.distanceM
  return null
}

/** One exercise's figures for one session, from its sets (skipped sets count for nothing). */
export function entryFigures(sets: readonly SetValues[], measurement: Measurement): EntryFigures {
  const figures: EntryFigures = { setsDone: 0, bestIndex: null, bestLoadKg: null, bestReps: null, bestOther: null, e1rmKg: null, volumeKg: 0 }
  // Best set for reps work: highest e1RM, then heaviest load, then most reps.
  let bestKey: [number, number, number] | null = null
  sets.forEach((set, index) => {
    if (set.status !== 'done') return
    figures.setsDone++
    const loaded = positive(set.loadKg)
    if (loaded) figures.bestLoadKg = maxOf(figures.bestLoadKg, set.loadKg)
    if (!loaded && positive(set.reps)) figures.bestReps = maxOf(figures.bestReps, set.reps)
    if (loaded && positive(set.reps)) figures.volumeKg += set.reps * set.loadKg!
    const e1rm = estimateOneRm(set.loadKg, set.reps)
    figures.e1rmKg = maxOf(figures.e1rmKg, e1rm)
    const other = otherOf(measurement, set)
    if (measurement !== 'reps') {
      if (positive(other) && (figures.bestOther === null || other > figures.bestOther)) {
        figures.bestOther = other
        figures.bestIndex = index
      }
      return
    }
    const key: [number, number, number] = [e1rm ?? -1, set.loadKg ?? 0, set.reps ?? 0]
    if (key[1] <= 0 && key[2] <= 0) return
    if (bestKey === null || key[0] > bestKey[0] || (key[0] === bestKey[0] && (key[1] > bestKey[1] || (key[1] === bestKey[1] && key[2] > bestKey[2])))) {
      bestKey = key
      figures.bestIndex = index
    }
  })
  return figures
}

/** Why there is no e1RM for an exercise, in words for the progress page. */
export function oneRmReason(measurement: Measurement, anyLoadedSet: boolean, anyLoadedInRange: boolean): string | null {
  if (measurement !== 'reps') return 'Measured by time or distance, not reps: no 1RM estimate'
  if (!anyLoadedSet) return 'No load recorded (bodyweight): no 1RM estimate'
  if (!anyLoadedInRange) return `Every loaded set was over ${ONE_RM_FORMULA.maxReps} reps, where the ${ONE_RM_FORMULA.name} estimate is not reliable`
  return null
}

// ---- Personal records ----

export const RECORD_BITS: Record<RecordKind, number> = { e1rm: 1, load: 2, reps: 4, hold: 8, duration: 16, distance: 32 }

export function recordKinds(bits: number): RecordKind[] {
  return (Object.keys(RECORD_BITS) as RecordKind[]).filter((k) => (bits & RECORD_BITS[k]) !== 0)
}

export interface SessionBests {
  e1rmKg: number | null
  bestLoadKg: number | null
  bestReps: number | null
  bestOther: number | null
}

/** Which figure of SessionBests each record kind reads. */
export function recordValue(kind: RecordKind, b: SessionBests, measurement: Measurement): number | null {
  switch (kind) {
    case 'e1rm':
      return b.e1rmKg
    case 'load':
      return b.bestLoadKg
    case 'reps':
      return b.bestReps
    default:
      return measurement === kind ? b.bestOther : null
  }
}

const EPSILON = 1e-9

/**
 * Record bits for each session of one exercise, oldest first: a kind is a record when it beats every
 * earlier session's value. The first session with a value sets the baseline, not a record.
 */
export function markRecords(sessions: readonly SessionBests[], measurement: Measurement): number[] {
  const best = new Map<RecordKind, number>()
  return sessions.map((s) => {
    let bits = 0
    for (const kind of Object.keys(RECORD_BITS) as RecordKind[]) {
      const value = recordValue(kind, s, measurement)
      if (value === null) continue
      const previous = best.get(kind)
      if (previous !== undefined && value > previous + EPSILON) bits |= RECORD_BITS[kind]
      if (previous === undefined || value > previous) best.set(kind, value)
    }
    return bits
  })
}

// ---- Weeks ----

const WEEK_START_DAY = { monday: 1, sunday: 7, saturday: 6 } as const

const digit = (iso: string, i: number) => iso.charCodeAt(i) - 48

/** Days since 1970-01-01 of an ISO date (proleptic Gregorian), by integer arithmetic: loops over
 * thousands of dates stay free of Date objects and string round trips. The digits are read as char
 * codes, not sliced and parsed (~0.2 µs a date: a decade's progress page reads about a thousand). */
export function dayNumber(iso: string): number {
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

const two = (n: number) => (n < 10 ? `0${n}` : `${n}`)

/** The ISO date of a day number (the inverse of dayNumber). */
export function isoOfDay(day: number): string {
  const z = day + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`
}

/** The first day of the week holding a day number, by the trainer's first day of the week. */
export function weekStartDay(day: number, firstDay: keyof typeof WEEK_START_DAY): number {
  const weekday = ((((day + 3) % 7) + 7) % 7) + 1 // 1970-01-01 was a Thursday (ISO 4)
  return day - ((weekday - WEEK_START_DAY[firstDay] + 7) % 7)
}

/** The first day of the week that holds `date`, for a week starting on Monday, Sunday or Saturday. */
export function weekStartOf(date: string, firstDay: keyof typeof WEEK_START_DAY): string {
  return isoOfDay(weekStartDay(dayNumber(date), firstDay))
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

// ---- Body-weight goal ----

export interface Trajectory {
  targetDate: string | null
  planned: { date: string; kg: number }[]
}

const round2 = (n: number) => Math.round(n * 100) / 100

/**
 * The planned line from startKg at startDate, moving weeklyRateKg a week until it reaches the target
 * (then flat). When the rate is zero or points away from the target there is no target date; the line
 * then runs 12 weeks at the rate (a maintenance goal is a flat line).
 */
export function plannedTrajectory(startDate: string, startKg: number, targetKg: number, weeklyRateKg: number): Trajectory {
  const gap = targetKg - startKg
  const towards = weeklyRateKg !== 0 && Math.sign(gap) === Math.sign(weeklyRateKg)
  const start = dayNumber(startDate)
  if (Math.abs(gap) < EPSILON) return { targetDate: startDate, planned: [{ date: startDate, kg: round2(startKg) }] }
  if (!towards) {
    const planned = Array.from({ length: 13 }, (_, w) => ({ date: isoOfDay(start + w * 7), kg: round2(startKg + weeklyRateKg * w) }))
    return { targetDate: null, planned }
  }
  const weeks = Math.abs(gap / weeklyRateKg)
  const whole = Math.ceil(weeks - EPSILON)
  const planned = Array.from({ length: whole + 1 }, (_, w) => ({
    date: isoOfDay(start + w * 7),
    kg: round2(w >= weeks ? targetKg : startKg + weeklyRateKg * w)
  }))
  const targetDate = isoOfDay(start + Math.round(weeks * 7))
  const last = planned[planned.length - 1]!
  if (last.date !== targetDate) planned[planned.length - 1] = { date: targetDate, kg: round2(targetKg) }
  return { targetDate, planned }
}

/** The planned weight on a day: along the line, flat at the target once reached. */
export function plannedOn(date: string, startDate: string, startKg: number, targetKg: number, weeklyRateKg: number): number {
  const weeks = Math.max(0, daysBetween(startDate, date) / 7)
  const kg = startKg + weeklyRateKg * weeks
  const gap = targetKg - startKg
  const towards = weeklyRateKg !== 0 && Math.sign(gap) === Math.sign(weeklyRateKg)
  if (!towards) return kg
  return weeklyRateKg < 0 ? Math.max(kg, targetKg) : Math.min(kg, targetKg)
}

/** Within this of the planned line counts as on track. */
export const ON_TRACK_KG = 0.5

export function goalStatus(latestKg: number, plannedKg: number, targetKg: number, startKg: number, weeklyRateKg: number): 'ahead' | 'on-track' | 'behind' | 'reached' {
  const losing = targetKg < startKg
  const gaining = targetKg > startKg
  if ((losing && latestKg <= targetKg + EPSILON) || (gaining && latestKg >= targetKg - EPSILON)) return 'reached'
  const deviation = latestKg - plannedKg
  if (Math.abs(deviation) <= ON_TRACK_KG) return 'on-track'
  if (weeklyRateKg === 0 || (!losing && !gaining)) return 'behind'
  const better = losing ? deviation < 0 : deviation > 0
  return better ? 'ahead' : 'behind'
}

// ---- Expected course ----

export interface CoursePhaseDates {
  name: string
  expect: string
  fromWeek: number
  toWeek: number
  startDate: string
  endDate: string
}

/** The articles' three phases along a program of `weeks` weeks, repeated every 12 weeks for longer ones. */
export function courseAlong(startDate: string, weeks: number): CoursePhaseDates[] {
  const phases: CoursePhaseDates[] = []
  const start = dayNumber(startDate)
  for (let cycle = 0; cycle * 12 < weeks; cycle++) {
    for (const phase of COURSE_PHASES) {
      const fromWeek = cycle * 12 + phase.fromWeek
      if (fromWeek > weeks) break
      const toWeek = Math.min(weeks, cycle * 12 + phase.toWeek)
      phases.push({
        name: phase.name,
        expect: phase.expect,
        fromWeek,
        toWeek,
        startDate: isoOfDay(start + (fromWeek - 1) * 7),
        endDate: isoOfDay(start + toWeek * 7 - 1)
      })
    }
  }
  return phases
}
