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

/** What findings are keyed by (a session's name, or that and an exercise), with the ones open there by rule. */
export interface Place {
  key: string
  open: Partial<Record<CheckRuleId, Pending>>
}

/**
 * A place's open findings with a slot for every rule, so all places share one shape: looking a rule up
 * there stays quick whichever rules were opened first.
 */
export function noFindingsOpen(): Partial<Record<CheckRuleId, Pending>> {
  return {
    'warm-up-missing': undefined,
    'cool-down-missing': undefined,
    'recovery-48h': undefined,
    'weekly-frequency': undefined,
    'hamstring-balance': undefined,
    'no-progression': undefined,
    'equipment-missing': undefined,
    'above-level': undefined,
    'limitation-caution': undefined,
    'needs-spotter': undefined,
    'medical-clearance': undefined,
    'session-too-long': undefined,
    'measure-missing': undefined,
    'unknown-exercise': undefined
  }
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

  /** `extend` for a place's own findings (a session, or an exercise in it): a property read instead of two lookups. */
  extendAt(place: Place, ruleId: CheckRuleId, week: number, target: CheckTarget, value = 0): boolean {
    const found = place.open[ruleId]
    if (!found) return false
    if (found.weeks[found.weeks.length - 1] !== week) found.weeks.push(week)
    found.targets.push(target)
    if (value > found.most) found.most = value
    return true
  }

  /** `open` for a place's own findings; call it only after `extendAt` said there is none. */
  openAt(place: Place, ruleId: CheckRuleId, severity: Severity, week: number, target: CheckTarget, message: Pending['message'], fix: CheckFix | null = null, value = 0): void {
    // Not kept by key as well: a place's findings are only ever looked up through the place.
    const pending: Pending = { id: `${ruleId}:${place.key}`, ruleId, severity, targets: [target], weeks: week > 0 ? [week] : [], most: value, message, fix }
    place.open[ruleId] = pending
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
    // Ordered by severity, then first week (stable): one number each, so the sort compares numbers only.
    const ranked = this.order.map((p) => {
      const weeks = increasing(p.weeks) ? p.weeks : [...p.weeks].sort((a, b) => a - b)
      const issue: CheckIssue = { id: p.id, ruleId: p.ruleId, severity: p.severity, message: p.message(p.weeks, p.most), target: p.targets[0] ?? {}, targets: p.targets, weeks, fix: p.fix }
      return { issue, rank: SEVERITY_RANK[p.severity] * 1e9 + (weeks[0] ?? 0) }
    })
    ranked.sort((a, b) => a.rank - b.rank)
    const issues = ranked.map((r) => r.issue)
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
  // Items read from one stored text share one prescription (document-store.ts).
  if (p === q) return true
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
  /** Where the last item's lineage is followed. */
  lastLineage: LineagePlace
}

/** A lineage's run in the latest week it was met (and in the week before that), and the last week it was listed. */
interface LineagePlace {
  id: string
  /** A number read from the id's last characters: where the place is looked for. */
  tail: number
  run: Run | null
  week: number
  prior: Run | null
  priorWeek: number
  listed: number
}

/** The runs of one exercise in one session position: in the latest week it was met, and the week before. */
interface SlotPlace {
  runs: Run[]
  week: number
  prior: Run[]
  priorWeek: number
}

/** A table index of `bits` bits from a tail: its bits mixed (Fibonacci hashing), as hex digits use few of them. */
function spread(tail: number, bits: number): number {
  return Math.imul(tail, 0x9e3779b1) >>> (32 - bits)
}

/**
 * Follows each main item from week to week. An item continues the item of the week before that shares
 * its lineage (copies and progressions keep it); when none does, as in weeks built one by one, it
 * continues the item in the same session position with the same exercise (the n-th of that exercise
 * in the session), unless that item's lineage carries on elsewhere in the week.
 *
 * Lineages and positions are each followed in one map for the whole program, holding the latest two
 * weeks, rather than in fresh maps every week: a week then allocates nearly nothing.
 */
export class ProgressionRuns {
  readonly all: Run[] = []
  /** Lineage places by their ids' tails, in a table of their own (open addressing, at most half full). */
  private lineageBits = 6
  private lineages = new Array<LineagePlace | undefined>(1 << this.lineageBits)
  private lineageCount = 0
  private readonly slots: Map<string, SlotPlace>[] = []
  private week = 0
  private mainItems: () => readonly ProgramItem[] = () => []
  /** This week's main items and their lineages' places, once listed (only when position decides). */
  private listed: { items: readonly ProgramItem[]; places: LineagePlace[] } | null = null
  private addedThisWeek = 0

  /** Starts a week; `mainItems` lists its main items in the order they will be added (asked only when position decides). */
  startWeek(week: number, mainItems: () => readonly ProgramItem[]): void {
    this.week = week
    this.mainItems = mainItems
    this.listed = null
    this.addedThisWeek = 0
  }

  private lineage(id: string): LineagePlace {
    // Found by the id's last characters (random in a UUID), then compared whole: each item brings a
    // fresh id string, and hashing it for a map keyed by the whole string costs several times more.
    const n = id.length
    const tail = (id.charCodeAt(n - 1) | (id.charCodeAt(n - 2) << 7) | (id.charCodeAt(n - 3) << 14) | (id.charCodeAt(n - 4) << 21)) ^ n
    const table = this.lineages
    const mask = table.length - 1
    let k = spread(tail, this.lineageBits)
    for (let known = table[k]; known !== undefined; known = table[k]) {
      if (known.tail === tail && known.id === id) return known
      k = (k + 1) & mask
    }
    const place: LineagePlace = { id, tail, run: null, week: 0, prior: null, priorWeek: 0, listed: 0 }
    table[k] = place
    if (++this.lineageCount * 2 > table.length) {
      // Grown: every place again at its spot in a table twice the size.
      const bits = ++this.lineageBits
      const grown = (this.lineages = new Array<LineagePlace | undefined>(1 << bits))
      for (const known of table) {
        if (known === undefined) continue
        let spot = spread(known.tail, bits)
        while (grown[spot] !== undefined) spot = (spot + 1) & (grown.length - 1)
        grown[spot] = known
      }
    }
    return place
  }

  /** One main item of the current week, in session `slot` (its index in the week). */
  add(item: ProgramItem, slot: number, sessionName: string, target: CheckTarget): void {
    const week = this.week
    let bySlot = this.slots[slot]
    if (!bySlot) this.slots[slot] = bySlot = new Map()
    let same = bySlot.get(item.exerciseId)
    if (!same) bySlot.set(item.exerciseId, (same = { runs: [], week, prior: [], priorWeek: 0 }))
    else if (same.week !== week) {
      same.prior = same.runs
      same.priorWeek = same.week
      same.runs = []
      same.week = week
    }
    const nth = same.runs.length

    // A listed item's lineage was found when the week was listed.
    const added = this.addedThisWeek++
    const place = this.listed !== null && this.listed.items[added] === item ? this.listed.places[added]! : this.lineage(item.lineageId)
    let before = place.week === week - 1 ? place.run : place.week === week && place.priorWeek === week - 1 ? place.prior : null
    if (!before && same.priorWeek === week - 1) {
      const candidate = same.prior[nth]
      if (candidate) {
        if (this.listed === null) {
          const items = this.mainItems()
          const places = items.map((i) => this.lineage(i.lineageId))
          for (const p of places) p.listed = week
          this.listed = { items, places }
        }
        if (candidate.lastLineage.listed !== week) before = candidate
      }
    }
    let run: Run
    if (before && before.weeks[before.weeks.length - 1] === week - 1 && sameWork(before.last, item)) {
      run = before
      run.weeks.push(week)
      run.targets.push(target)
      run.last = item
      run.lastLineage = place
    } else {
      // A changed item starts a new run but stays the same item: its findings gather under one key.
      run = { key: before?.key ?? item.lineageId, weeks: [week], targets: [target], first: item, sessionName, last: item, lastLineage: place }
      this.all.push(run)
    }
    if (place.week !== week) {
      place.prior = place.run
      place.priorWeek = place.week
      place.week = week
    }
    place.run = run
    same.runs.push(run)
  }
}
