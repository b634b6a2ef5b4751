import type { CheckFix, CheckIssue, CheckRuleId, CheckTarget, Prescription, ProgramCheck, ProgramItem, Severity } from './programs'

// The bookkeeping of the live checks (program-checks.ts), kept lean because the designer reruns them on
// every edit: findings are looked up by rule, then by a key string the caller reuses (a fresh string
// per lookup costs a hash each time), and a message is only written once per finding.

interface Pending {
  id: string
  ruleId: CheckRuleId
  severity: Severity
  targets: CheckTarget[]
  weeks: number[]
  most: number
  message(weeks: number[], most: number): string
  fix: CheckFix | null
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

function increasing(weeks: readonly number[]): boolean {
  for (let i = 1; i < weeks.length; i++) if (weeks[i]! <= weeks[i - 1]!) return false
  return true
}

/** Gathers the same problem across weeks into one finding. */
export class Findings {
  private readonly byRule = new Map<CheckRuleId, Map<string, Pending>>()
  private readonly order: Pending[] = []

  /** Adds a place to the finding already open under this rule and key; false when there is none yet. */
  extend(ruleId: CheckRuleId, key: string, week: number, target: CheckTarget, value = 0): boolean {
    const found = this.byRule.get(ruleId)?.get(key)
    if (!found) return false
    if (found.weeks[found.weeks.length - 1] !== week) found.weeks.push(week)
    found.targets.push(target)
    if (value > found.most) found.most = value
    return true
  }

  /** Opens a finding; call it only after `extend` said there is none. */
  open(ruleId: CheckRuleId, key: string, severity: Severity, week: number, target: CheckTarget, message: Pending['message'], fix: CheckFix | null = null, value = 0): void {
    let keys = this.byRule.get(ruleId)
    if (!keys) this.byRule.set(ruleId, (keys = new Map()))
    const pending: Pending = { id: `${ruleId}:${key}`, ruleId, severity, targets: [target], weeks: week > 0 ? [week] : [], most: value, message, fix }
    keys.set(key, pending)
    this.order.push(pending)
  }

  add(ruleId: CheckRuleId, key: string, severity: Severity, week: number, target: CheckTarget, message: Pending['message'], fix: CheckFix | null = null, value = 0): void {
    if (!this.extend(ruleId, key, week, target, value)) this.open(ruleId, key, severity, week, target, message, fix, value)
  }

  /** One finding over several weeks at once (one place a week), or those places added to the open one. */
  addAll(ruleId: CheckRuleId, key: string, severity: Severity, weeks: number[], targets: CheckTarget[], message: Pending['message'], fix: CheckFix | null = null): void {
    if (this.byRule.get(ruleId)?.has(key)) {
      weeks.forEach((week, i) => this.extend(ruleId, key, week, targets[i] ?? {}))
      return
    }
    this.open(ruleId, key, severity, weeks[0] ?? 0, targets[0] ?? {}, message, fix)
    const found = this.byRule.get(ruleId)!.get(key)!
    found.weeks = [...weeks]
    found.targets = [...targets]
  }

  result(): ProgramCheck {
    const issues: CheckIssue[] = this.order.map((p) => {
      const weeks = increasing(p.weeks) ? p.weeks : [...p.weeks].sort((a, b) => a - b)
      return { id: p.id, ruleId: p.ruleId, severity: p.severity, message: p.message(p.weeks, p.most), target: p.targets[0] ?? {}, targets: p.targets, weeks, fix: p.fix }
    })
    issues.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.weeks[0] ?? 0) - (b.weeks[0] ?? 0))
    const counts = { error: 0, warning: 0, info: 0 }
    for (const i of issues) counts[i.severity]++
    return { issues, counts }
  }
}

/** What must change week to week for an item to progress: the exercise and the prescription, notes aside. */
export function sameWork(a: ProgramItem, b: ProgramItem): boolean {
  if (a.exerciseId !== b.exerciseId) return false
  const p: Prescription = a.prescription
  const q: Prescription = b.prescription
  if (p.sets !== q.sets || p.perSide !== q.perSide || p.restSeconds !== q.restSeconds || p.tempo !== q.tempo) return false
  if (p.holdSeconds !== q.holdSeconds || p.durationMinutes !== q.durationMinutes || p.distanceMeters !== q.distanceMeters) return false
  if (p.reps === null || q.reps === null ? p.reps !== q.reps : p.reps.min !== q.reps.min || p.reps.max !== q.reps.max) return false
  if (p.load === null || q.load === null) return p.load === q.load
  if (p.load.kind !== q.load.kind) return false
  return p.load.kind === 'bodyweight' || (q.load.kind !== 'bodyweight' && p.load.value === q.load.value)
}

/** Consecutive weeks in which one item kept the same exercise and prescription. */
export interface Run {
  /** The lineage of the first item of the chain of runs it belongs to: its finding's key. */
  key: string
  weeks: number[]
  targets: CheckTarget[]
  first: ProgramItem
  sessionName: string
  last: ProgramItem
}

/**
 * Follows each main item from week to week. An item continues the item of the week before that shares
 * its lineage (copies and progressions keep it); when none does, as in weeks built one by one, it
 * continues the item in the same session position with the same exercise (the n-th of that exercise
 * in the session), unless that item's lineage carries on elsewhere in the week.
 */
export class ProgressionRuns {
  readonly all: Run[] = []
  private previous = { byLineage: new Map<string, Run>(), bySlot: [] as Map<string, Run[]>[] }
  private current = { byLineage: new Map<string, Run>(), bySlot: [] as Map<string, Run[]>[] }
  private lineagesNow: Set<string> | null = null
  private lineagesOf: () => Set<string> = () => new Set()
  private week = 0

  /** Starts a week; `lineagesOf` lists the lineages of its main items (asked only when position decides). */
  startWeek(week: number, lineagesOf: () => Set<string>): void {
    this.previous = this.week === week - 1 ? this.current : { byLineage: new Map(), bySlot: [] }
    this.current = { byLineage: new Map(), bySlot: [] }
    this.lineagesNow = null
    this.lineagesOf = lineagesOf
    this.week = week
  }

  /** One main item of the current week, in session `slot` (its index in the week). */
  add(item: ProgramItem, slot: number, sessionName: string, target: CheckTarget): void {
    const { previous, current } = this
    let bySlot = current.bySlot[slot]
    if (!bySlot) current.bySlot[slot] = bySlot = new Map()
    let same = bySlot.get(item.exerciseId)
    if (!same) bySlot.set(item.exerciseId, (same = []))
    const nth = same.length

    let before = previous.byLineage.get(item.lineageId)
    if (!before) {
      const candidate = previous.bySlot[slot]?.get(item.exerciseId)?.[nth]
      if (candidate && !(this.lineagesNow ??= this.lineagesOf()).has(candidate.last.lineageId)) before = candidate
    }
    let run: Run
    if (before && before.weeks[before.weeks.length - 1] === this.week - 1 && sameWork(before.last, item)) {
      run = before
      run.weeks.push(this.week)
      run.targets.push(target)
      run.last = item
    } else {
      // A changed item starts a new run but stays the same item: its findings gather under one key.
      run = { key: before?.key ?? item.lineageId, weeks: [this.week], targets: [target], first: item, sessionName, last: item }
      this.all.push(run)
    }
    current.byLineage.set(item.lineageId, run)
    same.push(run)
  }
}
