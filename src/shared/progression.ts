import { cloneWeek, type MakeId } from './program-document'
import { LOAD_LIMITS, type Load, type NumericLoadKind, type Prescription, type ProgramDocument, type ProgressionRule } from './programs'

// Progression: weeks 2..N generated from week 1 by a rule. Pure and re-appliable: running it again
// replaces the generated weeks, keeping lineage and the ids of rows that already exist.
// Only main-block items progress; warm-ups and cool-downs repeat week 1.
//
// One progression step, per item:
// - reps: the bottom of the range rises by repStep each week until it meets the top ("8-12", "9-12",
//   ... "12-12"); then it goes back to the bottom and the item overloads: a load step if it has a
//   numeric load (kg, lb, % 1RM, RPE), else one more set (up to maxExtraSets), else the whole range
//   moves up by repStep.
// - holds, durations and distances grow by their step.
// A deload week takes the week before it with one set fewer and a lighter load (kg/lb -10%, % 1RM
// -10 points, RPE -1), or a quarter less hold/duration/distance when there is one set and no load;
// it does not count as a step.
// The course: weeks split into three equal phases (12 weeks: 1-4 muscular endurance, 5-8 definition,
// 9-12 strength). Items with a numeric load restart each phase from week 1 with fewer reps (x0.8,
// x0.6, rounded) and more load (kg/lb +10%/+20%, % 1RM +10/+20 points, RPE +1/+2), then step weekly
// inside the phase; items without a load cannot trade reps for load, so they progress linearly.

export const COURSE_PHASES = ['Muscular endurance', 'Definition', 'Strength'] as const
const PHASE_REPS = [1, 0.8, 0.6] as const

type NumericLoad = Extract<Load, { value: number }>

function isNumeric(load: Load | null): load is NumericLoad {
  return load !== null && load.kind !== 'bodyweight'
}

function onGrid(value: number, step: number): number {
  return Number((Math.round(value / step) * step).toFixed(4))
}

/** Which third of the program a week falls in (0, 1, 2), proportional for any length. */
export function coursePhaseOf(week: number, totalWeeks: number): 0 | 1 | 2 {
  return Math.min(2, Math.floor(((week - 1) * 3) / totalWeeks)) as 0 | 1 | 2
}

export function deloadWeeks(rule: Pick<ProgressionRule, 'deload'>, totalWeeks: number): Set<number> {
  const weeks = new Set<number>()
  if (rule.deload?.kind === 'every') for (let w = rule.deload.every; w <= totalWeeks; w += rule.deload.every) weeks.add(w)
  if (rule.deload?.kind === 'weeks') for (const w of rule.deload.weeks) if (w >= 2 && w <= totalWeeks) weeks.add(w)
  return weeks
}

/** The load after one step, or null when it cannot grow (at its limit). */
export function nextLoad(load: NumericLoad, rule: Pick<ProgressionRule, 'loadStep'>): NumericLoad | null {
  const limits = LOAD_LIMITS[load.kind as NumericLoadKind]
  let value: number
  if (load.kind === 'rpe') value = load.value + 0.5
  else if (rule.loadStep.kind === 'amount') value = onGrid(load.value + rule.loadStep.value, limits.step)
  else value = Math.max(onGrid(load.value * (1 + rule.loadStep.value / 100), limits.step), load.value + limits.step)
  return value > limits.max ? null : { kind: load.kind, value }
}

/** An item's progress so far: its rep band, the current bottom of the range, sets, load and measures. */
interface Track {
  base: Prescription
  sets: number
  lo: number
  hi: number
  min: number
  load: Load | null
  hold: number | null
  duration: number | null
  distance: number | null
}

function startTrack(p: Prescription): Track {
  return {
    base: p,
    sets: p.sets,
    lo: p.reps?.min ?? 0,
    hi: p.reps?.max ?? 0,
    min: p.reps?.min ?? 0,
    load: p.load,
    hold: p.holdSeconds,
    duration: p.durationMinutes,
    distance: p.distanceMeters
  }
}

function step(t: Track, rule: ProgressionRule): void {
  if (t.base.reps) {
    if (t.min + rule.repStep <= t.hi) {
      t.min += rule.repStep
      return
    }
    t.min = t.lo
    const grown = isNumeric(t.load) ? nextLoad(t.load, rule) : null
    if (grown) t.load = grown
    else if (t.sets < Math.min(20, t.base.sets + rule.maxExtraSets)) t.sets += 1
    else {
      t.lo = Math.min(200, t.lo + rule.repStep)
      t.hi = Math.min(200, t.hi + rule.repStep)
      t.min = t.lo
    }
  } else if (t.hold !== null) t.hold = Math.min(600, t.hold + rule.holdStepSeconds)
  else if (t.duration !== null) t.duration = Math.min(300, t.duration + rule.durationStepMinutes)
  else if (t.distance !== null) t.distance = Math.min(100_000, t.distance + rule.distanceStepMeters)
}

function prescriptionOf(t: Track): Prescription {
  return {
    ...t.base,
    sets: t.sets,
    reps: t.base.reps ? { min: t.min, max: t.hi } : null,
    load: t.load,
    holdSeconds: t.hold,
    durationMinutes: t.duration,
    distanceMeters: t.distance
  }
}

function lighter(load: NumericLoad): NumericLoad {
  const { min, step } = LOAD_LIMITS[load.kind as NumericLoadKind]
  if (load.kind === 'kg' || load.kind === 'lb') return { kind: load.kind, value: onGrid(load.value * 0.9, step) }
  if (load.kind === 'percent-1rm') return { kind: load.kind, value: Math.max(min, load.value - 10) }
  return { kind: load.kind, value: Math.max(min, load.value - 1) }
}

/** A deload week: one set fewer and a lighter load, or less work when neither can drop. */
export function deloaded(p: Prescription): Prescription {
  const out: Prescription = { ...p, sets: Math.max(1, p.sets - 1) }
  if (isNumeric(p.load)) out.load = lighter(p.load)
  if (p.sets === 1 && !isNumeric(p.load) && !p.reps) {
    const less = (v: number | null) => (v === null ? null : Math.max(1, Math.round(v * 0.75)))
    out.holdSeconds = less(p.holdSeconds)
    out.durationMinutes = less(p.durationMinutes)
    out.distanceMeters = less(p.distanceMeters)
  }
  return out
}

/** Week 1's prescription moved into a course phase: fewer reps and more load (numeric loads only). */
export function phaseStart(p: Prescription, phase: 0 | 1 | 2): Prescription {
  if (phase === 0 || !p.reps || !isNumeric(p.load)) return p
  const factor = PHASE_REPS[phase]
  const min = Math.max(1, Math.round(p.reps.min * factor))
  const max = Math.max(min, Math.round(p.reps.max * factor))
  const { max: cap, step } = LOAD_LIMITS[p.load.kind as NumericLoadKind]
  let value: number
  if (p.load.kind === 'kg' || p.load.kind === 'lb') value = onGrid(p.load.value * (1 + 0.1 * phase), step)
  else if (p.load.kind === 'percent-1rm') value = p.load.value + 10 * phase
  else value = p.load.value + phase
  return { ...p, reps: { min, max }, load: { kind: p.load.kind, value: Math.min(cap, value) } }
}

/**
 * Every week's prescription for one item, from week 1's: index 0 is week 1 (unchanged).
 * Exposed so tests and the designer can show an item's whole progression without building a document.
 */
export function progressionOf(base: Prescription, rule: ProgressionRule, totalWeeks: number): Prescription[] {
  const deloads = deloadWeeks(rule, totalWeeks)
  const phased = rule.kind === 'course' && base.reps !== null && isNumeric(base.load)
  const out: Prescription[] = [base]
  let track = startTrack(base)
  for (let week = 2; week <= totalWeeks; week++) {
    const phase = coursePhaseOf(week, totalWeeks)
    if (phased && phase !== coursePhaseOf(week - 1, totalWeeks)) track = startTrack(phaseStart(base, phase))
    else if (!deloads.has(week)) step(track, rule)
    const p = prescriptionOf(track)
    out.push(deloads.has(week) ? deloaded(p) : p)
  }
  return out
}

function phaseLabel(rule: ProgressionRule, week: number, totalWeeks: number, basePhase: string, deload: boolean): string {
  if (rule.kind === 'course') {
    const phase = COURSE_PHASES[coursePhaseOf(week, totalWeeks)]
    return deload ? `${phase}, deload` : phase
  }
  return deload ? 'Deload' : basePhase
}

/** The program with weeks 2..N rebuilt from week 1 by the rule (N = rule.weeks or the current length). */
export function generateWeeks(doc: ProgramDocument, rule: ProgressionRule, makeId: MakeId): ProgramDocument {
  const base = doc.weeks[0]
  if (!base) return doc
  const total = rule.weeks ?? doc.weeks.length
  const deloads = deloadWeeks(rule, total)
  const byLineage = new Map<string, Prescription[]>()
  for (const session of base.sessions) {
    for (const item of session.items) if (item.block === 'main') byLineage.set(item.lineageId, progressionOf(item.prescription, rule, total))
  }
  const weeks = [{ ...base, phase: phaseLabel(rule, 1, total, base.phase, false) }]
  for (let week = 2; week <= total; week++) {
    const phase = phaseLabel(rule, week, total, base.phase, deloads.has(week))
    weeks.push(
      cloneWeek(base, doc.weeks[week - 1], makeId, (item) => {
        const prescription = byLineage.get(item.lineageId)?.[week - 1]
        return prescription ? { ...item, prescription } : item
      }, phase)
    )
  }
  return { ...doc, weeks }
}

/** How a generated document differs from the stored one, for the preview's summary line. */
export function progressionChanges(before: ProgramDocument, after: ProgramDocument): { changedItems: number; addedWeeks: number; removedWeeks: number } {
  const old = new Map<string, string>()
  for (const week of before.weeks) for (const s of week.sessions) for (const i of s.items) old.set(i.id, JSON.stringify([i.exerciseId, i.prescription]))
  let changedItems = 0
  for (const week of after.weeks) for (const s of week.sessions) for (const i of s.items) if (old.get(i.id) !== JSON.stringify([i.exerciseId, i.prescription])) changedItems++
  return {
    changedItems,
    addedWeeks: Math.max(0, after.weeks.length - before.weeks.length),
    removedWeeks: Math.max(0, before.weeks.length - after.weeks.length)
  }
}
