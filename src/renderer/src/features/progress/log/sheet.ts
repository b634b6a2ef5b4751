// The session log as it is being typed (the "sheet"): every box holds text, so a half-typed number is
// never lost or rewritten; it becomes the contract's LogSave only on save (sheetMapping.ts).

import type { Measurement } from '../../../../../shared/exercises'
import type { SetTarget } from '../../../../../shared/logs'
import type { Block } from '../../../../../shared/programs'
import type { BodyArea } from '../../../../../shared/vocabulary'

export interface PainDraft {
  area: BodyArea | ''
  note: string
}

export interface SheetSet {
  key: string
  /** The week's target for this set, kept as prefilled (stored with the log). */
  target: SetTarget | null
  reps: string
  /** In the trainer's weight unit. */
  load: string
  holdSeconds: string
  /** Minutes (decimals allowed); stored as seconds. */
  durationMinutes: string
  distanceMeters: string
  rpe: string
  done: boolean
  pain: PainDraft | null
}

export interface SheetEntry {
  key: string
  exerciseId: string
  name: string
  measurement: Measurement
  /** Known for a session opened from its plan; a saved log keeps only the order. */
  block: Block | null
  /** A1, A2… as printed; null for an ungrouped item. */
  label: string | null
  /** The week's prescription in a trainer's shorthand; '' when unplanned. */
  prescription: string
  /** The program's notes on the item ("slow on the way down"): shown, not saved with the log. */
  instructions: string
  /** The program item it came from; null when added at the session. */
  itemId: string | null
  notes: string
  sets: SheetSet[]
}

export interface Sheet {
  date: string
  /** HH:MM or ''. */
  startTime: string
  durationMinutes: string
  /** Overall effort of the session, 1-10. */
  effort: string
  notes: string
  pain: PainDraft | null
  entries: SheetEntry[]
}

export type SetField = 'reps' | 'load' | 'holdSeconds' | 'durationMinutes' | 'distanceMeters' | 'rpe'

let counter = 0
/** Keys for rows on this screen (never stored). */
export function sheetKey(): string {
  counter += 1
  return `row-${counter}`
}

export function emptySet(): SheetSet {
  return { key: sheetKey(), target: null, reps: '', load: '', holdSeconds: '', durationMinutes: '', distanceMeters: '', rpe: '', done: true, pain: null }
}

function updateEntry(sheet: Sheet, entryKey: string, change: (entry: SheetEntry) => SheetEntry): Sheet {
  return { ...sheet, entries: sheet.entries.map((e) => (e.key === entryKey ? change(e) : e)) }
}

export function updateSet(sheet: Sheet, entryKey: string, setKey: string, patch: Partial<SheetSet>): Sheet {
  return updateEntry(sheet, entryKey, (e) => ({ ...e, sets: e.sets.map((s) => (s.key === setKey ? { ...s, ...patch } : s)) }))
}

export function updateEntryNotes(sheet: Sheet, entryKey: string, notes: string): Sheet {
  return updateEntry(sheet, entryKey, (e) => ({ ...e, notes }))
}

const VALUE_FIELDS: readonly SetField[] = ['reps', 'load', 'holdSeconds', 'durationMinutes', 'distanceMeters', 'rpe']

/** Copies what was done in the set above into this one (not its target or pain flag); the first set has nothing above. */
export function copyPreviousSet(sheet: Sheet, entryKey: string, setKey: string): Sheet {
  return updateEntry(sheet, entryKey, (e) => {
    const index = e.sets.findIndex((s) => s.key === setKey)
    const previous = index > 0 ? e.sets[index - 1] : undefined
    if (!previous) return e
    const copied: Partial<SheetSet> = { done: previous.done }
    for (const f of VALUE_FIELDS) copied[f] = previous[f]
    return { ...e, sets: e.sets.map((s, i) => (i === index ? { ...s, ...copied } : s)) }
  })
}

/** Another set like the last one (or blank). */
export function addSet(sheet: Sheet, entryKey: string): Sheet {
  return updateEntry(sheet, entryKey, (e) => {
    const last = e.sets.at(-1)
    return { ...e, sets: [...e.sets, last ? { ...last, key: sheetKey(), pain: null } : emptySet()] }
  })
}

export function removeSet(sheet: Sheet, entryKey: string, setKey: string): Sheet {
  return updateEntry(sheet, entryKey, (e) => ({ ...e, sets: e.sets.filter((s) => s.key !== setKey) }))
}

export function skipAll(sheet: Sheet, entryKey: string, skipped: boolean): Sheet {
  return updateEntry(sheet, entryKey, (e) => ({ ...e, sets: e.sets.map((s) => ({ ...s, done: !skipped })) }))
}

export function removeEntry(sheet: Sheet, entryKey: string): Sheet {
  return { ...sheet, entries: sheet.entries.filter((e) => e.key !== entryKey) }
}

export function appendEntry(sheet: Sheet, entry: Omit<SheetEntry, 'key' | 'sets'>, sets: number): Sheet {
  return { ...sheet, entries: [...sheet.entries, { ...entry, key: sheetKey(), sets: Array.from({ length: Math.max(1, sets) }, emptySet) }] }
}

/** Sets flagged with pain, plus the session's own flag. */
export function painCount(sheet: Sheet): number {
  return sheet.entries.reduce((n, e) => n + e.sets.filter((s) => s.pain).length, sheet.pain ? 1 : 0)
}
