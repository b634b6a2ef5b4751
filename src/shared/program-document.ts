import type { DefaultPrescription } from './exercises'
import {
  LOAD_KIND_LABELS,
  type Block,
  type Prescription,
  type ProgramDocument,
  type ProgramItem,
  type ProgramSession,
  type ProgramWeek
} from './programs'

// Pure helpers over a ProgramDocument, shared by the core (templates, assign, schedule) and the designer
// (edits that keep lineage right, labels, what the printed plan shows). Nothing here touches the store.

export type MakeId = () => string

/** A newly added item's prescription: the exercise's default, with no load, tempo or notes yet. */
export function prescriptionFromDefault(d: Omit<DefaultPrescription, 'perSide'> & { perSide?: boolean }): Prescription {
  return {
    sets: d.sets,
    reps: d.reps ? { min: d.reps.min, max: d.reps.max } : null,
    perSide: d.perSide ?? false,
    holdSeconds: d.holdSeconds,
    durationMinutes: d.durationMinutes,
    distanceMeters: d.distanceMeters,
    load: null,
    tempo: null,
    restSeconds: d.restSeconds,
    notes: ''
  }
}

const BLOCK_RANK: Record<Block, number> = { 'warm-up': 0, main: 1, 'cool-down': 2 }

/** Items in block order (warm-up, main, cool-down), keeping their order within a block. */
export function inBlockOrder(items: readonly ProgramItem[]): ProgramItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => BLOCK_RANK[a.item.block] - BLOCK_RANK[b.item.block] || a.index - b.index)
    .map((x) => x.item)
}

export function itemsOfBlock(session: ProgramSession, block: Block): ProgramItem[] {
  return session.items.filter((i) => i.block === block)
}

/** "A1", "A2"... for grouped items (group letter + place within the group); null for the rest. */
export function itemLabels(items: readonly ProgramItem[]): Map<string, string | null> {
  const counts = new Map<string, number>()
  const labels = new Map<string, string | null>()
  for (const item of inBlockOrder(items)) {
    if (item.group === null) {
      labels.set(item.id, null)
      continue
    }
    const n = (counts.get(item.group) ?? 0) + 1
    counts.set(item.group, n)
    labels.set(item.id, `${item.group}${n}`)
  }
  return labels
}

/** Session names for a new program: "Session A", "Session B", ... */
export function sessionName(index: number): string {
  return `Session ${String.fromCharCode(65 + (index % 26))}`
}

/**
 * A copy of `source` in place of `target`: lineages kept, and the target's own ids reused where a
 * lineage matches (so re-copying updates rows instead of replacing them). mapItem adjusts each item.
 */
export function cloneWeek(
  source: ProgramWeek,
  target: ProgramWeek | undefined,
  makeId: MakeId,
  mapItem: (item: ProgramItem) => ProgramItem = (i) => i,
  phase = target?.phase ?? source.phase
): ProgramWeek {
  const oldSessions = new Map((target?.sessions ?? []).map((s) => [s.lineageId, s]))
  const oldItems = new Map((target?.sessions ?? []).flatMap((s) => s.items).map((i) => [i.lineageId, i]))
  return {
    id: target?.id ?? makeId(),
    phase,
    sessions: source.sessions.map((s) => ({
      id: oldSessions.get(s.lineageId)?.id ?? makeId(),
      lineageId: s.lineageId,
      name: s.name,
      weekday: s.weekday,
      items: s.items.map((i) => ({ ...mapItem(i), id: oldItems.get(i.lineageId)?.id ?? makeId(), lineageId: i.lineageId }))
    }))
  }
}

/** Copies week `from` onto each week in `to` (0-based indexes), keeping lineage. */
export function copyWeekOnto(doc: ProgramDocument, from: number, to: readonly number[], makeId: MakeId): ProgramDocument {
  const source = doc.weeks[from]
  if (!source) return doc
  const targets = new Set(to.filter((t) => t !== from))
  return { ...doc, weeks: doc.weeks.map((week, w) => (targets.has(w) ? cloneWeek(source, week, makeId) : week)) }
}

/** Inserts a copy of week `index` right after it (same lineage: it is the same plan once more). */
export function duplicateWeek(doc: ProgramDocument, index: number, makeId: MakeId): ProgramDocument {
  const source = doc.weeks[index]
  if (!source) return doc
  const weeks = [...doc.weeks]
  weeks.splice(index + 1, 0, cloneWeek(source, undefined, makeId))
  return { ...doc, weeks }
}

/** Inserts a copy of a session after it in the same week; it is a new session, so new lineages. */
export function duplicateSession(doc: ProgramDocument, weekIndex: number, sessionIndex: number, makeId: MakeId, name?: string): ProgramDocument {
  const week = doc.weeks[weekIndex]
  const session = week?.sessions[sessionIndex]
  if (!week || !session) return doc
  const copy: ProgramSession = {
    ...session,
    id: makeId(),
    lineageId: makeId(),
    name: name ?? `${session.name} (copy)`.slice(0, 80),
    items: session.items.map((i) => ({ ...i, id: makeId(), lineageId: makeId() }))
  }
  const sessions = [...week.sessions]
  sessions.splice(sessionIndex + 1, 0, copy)
  return { ...doc, weeks: doc.weeks.map((w, i) => (i === weekIndex ? { ...w, sessions } : w)) }
}

/** Replaces an item's exercise, keeping its prescription; with allWeeks, in every week (same lineage). */
export function swapExercise(doc: ProgramDocument, itemId: string, exerciseId: string, allWeeks: boolean): { document: ProgramDocument; swapped: number } {
  let lineageId: string | null = null
  let fromExerciseId: string | null = null
  for (const week of doc.weeks) {
    for (const session of week.sessions) {
      const item = session.items.find((i) => i.id === itemId)
      if (item) ({ lineageId, exerciseId: fromExerciseId } = item)
    }
  }
  if (lineageId === null) return { document: doc, swapped: 0 }
  let swapped = 0
  const matches = (i: ProgramItem) => i.id === itemId || (allWeeks && i.lineageId === lineageId && i.exerciseId === fromExerciseId)
  const weeks = doc.weeks.map((week) => ({
    ...week,
    sessions: week.sessions.map((session) => ({
      ...session,
      items: session.items.map((i) => {
        if (!matches(i) || i.exerciseId === exerciseId) return i
        swapped++
        return { ...i, exerciseId }
      })
    }))
  }))
  return { document: { ...doc, weeks }, swapped }
}

export function findItem(doc: ProgramDocument, itemId: string): { week: ProgramWeek; weekIndex: number; session: ProgramSession; item: ProgramItem } | null {
  for (const [weekIndex, week] of doc.weeks.entries()) {
    for (const session of week.sessions) {
      const item = session.items.find((i) => i.id === itemId)
      if (item) return { week, weekIndex, session, item }
    }
  }
  return null
}

// ---- Days and dates ----

/** Where sessions go when no weekdays were chosen: spread out, so rest days fall between them. */
export function defaultWeekdays(count: number): number[] {
  const table: Record<number, number[]> = { 1: [1], 2: [1, 4], 3: [1, 3, 5], 4: [1, 2, 4, 5], 5: [1, 2, 3, 4, 5], 6: [1, 2, 3, 4, 5, 6], 7: [1, 2, 3, 4, 5, 6, 7] }
  return table[Math.min(7, Math.max(1, count))] ?? [1]
}

/** Weekday (1-7) of the day `offset` days into a week that starts on `startWeekday`. */
export function weekdayAt(startWeekday: number, offset: number): number {
  return ((startWeekday - 1 + offset) % 7) + 1
}

export function offsetOf(weekday: number, startWeekday: number): number {
  return (weekday - startWeekday + 7) % 7
}

/**
 * The day (0-6 from the week's first day) of each session of a week. Sessions with their own
 * weekday keep it; the others take the chosen weekdays in order, skipping days already taken.
 * `enough` is false when there were more free sessions than chosen days (the rest then go on the
 * week's other free days, so checks can still reason about them).
 */
export function sessionDays(sessions: readonly Pick<ProgramSession, 'weekday'>[], weekdays: readonly number[], startWeekday: number): { days: number[]; enough: boolean } {
  const taken = new Set<number>()
  for (const s of sessions) if (s.weekday !== null) taken.add(offsetOf(s.weekday, startWeekday))
  const chosen = [...new Set(weekdays.map((d) => offsetOf(d, startWeekday)))].filter((o) => !taken.has(o)).sort((a, b) => a - b)
  const spare = [0, 1, 2, 3, 4, 5, 6].filter((o) => !taken.has(o) && !chosen.includes(o))
  let enough = true
  const days = sessions.map((s) => {
    if (s.weekday !== null) return offsetOf(s.weekday, startWeekday)
    const next = chosen.shift()
    if (next !== undefined) return next
    enough = false
    return spare.shift() ?? 6
  })
  return { days, enough }
}

function toUtc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`)
}

export function addDays(iso: string, days: number): string {
  const d = toUtc(iso)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** ISO weekday of a date: 1 = Monday ... 7 = Sunday. */
export function isoWeekday(iso: string): number {
  return ((toUtc(iso).getUTCDay() + 6) % 7) + 1
}

/** The last day of a program of `weeks` weeks starting on startDate. */
export function programEndDate(startDate: string, weeks: number): string {
  return addDays(startDate, weeks * 7 - 1)
}

export interface ScheduleEntry {
  programSessionId: string
  date: string
  weekNumber: number
}

/**
 * The dated sessions of a program: week n runs the 7 days from startDate + 7(n-1); its sessions go in
 * order onto the chosen weekdays within those days (sessions with their own weekday keep it).
 * `short` lists the weeks that had more sessions than chosen days.
 */
export function buildSchedule(doc: Pick<ProgramDocument, 'weeks'>, startDate: string, weekdays: readonly number[]): { entries: ScheduleEntry[]; short: number[] } {
  const startWeekday = isoWeekday(startDate)
  const entries: ScheduleEntry[] = []
  const short: number[] = []
  doc.weeks.forEach((week, w) => {
    const { days, enough } = sessionDays(week.sessions, weekdays, startWeekday)
    if (!enough) short.push(w + 1)
    week.sessions.forEach((session, s) => {
      entries.push({ programSessionId: session.id, date: addDays(startDate, w * 7 + (days[s] ?? 0)), weekNumber: w + 1 })
    })
  })
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.weekNumber - b.weekNumber))
  return { entries, short }
}

// ---- Words ----

/** "week 3", "weeks 1-4", "weeks 1-4, 6 and 9-12". */
export function weeksText(weeks: readonly number[]): string {
  // Usually already in order without repeats (the checks list weeks as they meet them).
  const sorted = weeks.every((w, i) => i === 0 || w > weeks[i - 1]!) ? weeks : [...new Set(weeks)].sort((a, b) => a - b)
  const runs: string[] = []
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++
    runs.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  const single = sorted.length === 1
  const list = runs.length <= 1 ? (runs[0] ?? '') : `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}`
  return `${single ? 'week' : 'weeks'} ${list}`
}

function trimNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100)
}

/** A prescription in a trainer's shorthand: "3 × 8-12 per side @ 40 kg, tempo 3-1-1-0, rest 90 s". */
export function formatPrescription(p: Prescription): string {
  const sides = p.perSide ? ' per side' : ''
  let work: string
  if (p.reps) {
    const reps = p.reps.min === p.reps.max ? String(p.reps.min) : `${p.reps.min}-${p.reps.max}`
    work = `${p.sets} × ${reps}${sides}${p.holdSeconds ? `, hold ${p.holdSeconds} s` : ''}`
  } else if (p.holdSeconds) work = `${p.sets} × ${p.holdSeconds} s hold${sides}`
  else if (p.durationMinutes) work = `${p.sets > 1 ? `${p.sets} × ` : ''}${p.durationMinutes} min${sides}`
  else if (p.distanceMeters) work = `${p.sets > 1 ? `${p.sets} × ` : ''}${p.distanceMeters} m${sides}`
  else work = `${p.sets} ${p.sets === 1 ? 'set' : 'sets'}`
  const parts = [work]
  if (p.load) {
    if (p.load.kind === 'bodyweight') parts[0] += ', bodyweight'
    else if (p.load.kind === 'rpe') parts[0] += ` @ RPE ${trimNumber(p.load.value)}`
    else if (p.load.kind === 'percent-1rm') parts[0] += ` @ ${trimNumber(p.load.value)}% 1RM`
    else parts[0] += ` @ ${trimNumber(p.load.value)} ${LOAD_KIND_LABELS[p.load.kind]}`
  }
  if (p.tempo) parts.push(`tempo ${p.tempo}`)
  if (p.restSeconds > 0 && p.sets > 1) parts.push(`rest ${p.restSeconds} s`)
  return parts.join(', ')
}

