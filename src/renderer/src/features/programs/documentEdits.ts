import { cloneWeek, inBlockOrder } from '../../../../shared/program-document'
import { BLOCKS, MAX_WEEKS, type Block, type GroupKind, type Prescription, type ProgramDocument, type ProgramItem, type ProgramSession, type ProgramWeek } from '../../../../shared/programs'

// Edits the designer makes, each returning a new document that shares every part it did not change,
// so memoized rows of untouched items skip re-rendering.

export const makeId = (): string => crypto.randomUUID()

export function updateWeek(doc: ProgramDocument, weekId: string, change: (week: ProgramWeek) => ProgramWeek): ProgramDocument {
  let changed = false
  const weeks = doc.weeks.map((w) => {
    if (w.id !== weekId) return w
    const next = change(w)
    changed ||= next !== w
    return next
  })
  return changed ? { ...doc, weeks } : doc
}

export function updateSession(doc: ProgramDocument, sessionId: string, change: (session: ProgramSession) => ProgramSession): ProgramDocument {
  const week = doc.weeks.find((w) => w.sessions.some((s) => s.id === sessionId))
  if (!week) return doc
  return updateWeek(doc, week.id, (w) => ({ ...w, sessions: w.sessions.map((s) => (s.id === sessionId ? change(s) : s)) }))
}

function sessionOfItem(doc: ProgramDocument, itemId: string): ProgramSession | undefined {
  for (const w of doc.weeks) for (const s of w.sessions) if (s.items.some((i) => i.id === itemId)) return s
  return undefined
}

export function updateItem(doc: ProgramDocument, itemId: string, change: (item: ProgramItem) => ProgramItem): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  if (!session) return doc
  return updateSession(doc, session.id, (s) => ({ ...s, items: s.items.map((i) => (i.id === itemId ? change(i) : i)) }))
}

export function updatePrescription(doc: ProgramDocument, itemId: string, patch: Partial<Prescription>): ProgramDocument {
  return updateItem(doc, itemId, (i) => ({ ...i, prescription: { ...i.prescription, ...patch } }))
}

export function addItem(doc: ProgramDocument, sessionId: string, block: Block, exerciseId: string, prescription: Prescription): { doc: ProgramDocument; itemId: string } {
  const item: ProgramItem = { id: makeId(), lineageId: makeId(), exerciseId, block, group: null, groupKind: null, prescription }
  const next = updateSession(doc, sessionId, (s) => ({ ...s, items: inBlockOrder([...s.items, item]) }))
  return { doc: next, itemId: item.id }
}

const ungrouped = (i: ProgramItem): ProgramItem => (i.group === null ? i : { ...i, group: null, groupKind: null })

/** Frees the single item a group is left with (a superset of one is just an exercise). */
function withoutLoneGroups(items: ProgramItem[]): ProgramItem[] {
  const sizes = new Map<string, number>()
  for (const i of items) if (i.group !== null) sizes.set(i.group, (sizes.get(i.group) ?? 0) + 1)
  return items.some((i) => i.group !== null && sizes.get(i.group) === 1) ? items.map((i) => (i.group !== null && sizes.get(i.group) === 1 ? ungrouped(i) : i)) : items
}

export function removeItem(doc: ProgramDocument, itemId: string): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  if (!session) return doc
  return updateSession(doc, session.id, (s) => ({ ...s, items: withoutLoneGroups(s.items.filter((i) => i.id !== itemId)) }))
}

/**
 * Moves an item one place up or down in its session as shown (block order). At the edge of a block it
 * crosses into the next block instead, leaving any superset, since a group stays in one block.
 */
export function moveItem(doc: ProgramDocument, itemId: string, direction: -1 | 1): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  if (!session) return doc
  const ordered = inBlockOrder(session.items)
  const index = ordered.findIndex((i) => i.id === itemId)
  const item = ordered[index]
  if (!item) return doc
  const neighbour = ordered[index + direction]
  let items: ProgramItem[]
  if (neighbour && neighbour.block === item.block) {
    items = [...ordered]
    items[index] = neighbour
    items[index + direction] = item
  } else {
    const block = BLOCKS[BLOCKS.indexOf(item.block) + direction]
    if (!block) return doc
    items = withoutLoneGroups(ordered.map((i) => (i.id === itemId ? { ...ungrouped(i), block } : i)))
  }
  return updateSession(doc, session.id, (s) => ({ ...s, items }))
}

/**
 * Puts an item in a group with the one above it (joining that group, or starting a superset), or takes it
 * out of its group. A group left with one item is no group any more, so that item is freed too.
 */
export function toggleGroupWithAbove(doc: ProgramDocument, itemId: string): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  if (!session) return doc
  const ordered = inBlockOrder(session.items)
  const index = ordered.findIndex((i) => i.id === itemId)
  const item = ordered[index]
  const above = ordered[index - 1]
  if (!item) return doc
  if (item.group !== null) return updateSession(doc, session.id, (s) => ({ ...s, items: withoutLoneGroups(s.items.map((i) => (i.id === itemId ? ungrouped(i) : i))) }))
  if (!above || above.block !== item.block) return doc
  const used = new Set(session.items.map((i) => i.group).filter((g): g is string => g !== null))
  const letter = above.group ?? [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !used.has(l)) ?? 'Z'
  const kind = above.groupKind ?? 'superset'
  return updateSession(doc, session.id, (s) => ({
    ...s,
    items: s.items.map((i) => (i.id === itemId || i.id === above.id ? { ...i, group: letter, groupKind: kind } : i))
  }))
}

/** Makes the item's whole group a superset or a circuit. */
export function setGroupKind(doc: ProgramDocument, itemId: string, kind: GroupKind): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  const group = session?.items.find((i) => i.id === itemId)?.group
  if (!session || !group) return doc
  return updateSession(doc, session.id, (s) => ({ ...s, items: s.items.map((i) => (i.group === group && i.groupKind !== kind ? { ...i, groupKind: kind } : i)) }))
}

/**
 * Moves an item (dragged) to just before another item, or to the end of a block when `beforeItemId` is
 * null, in any session of any week. Leaving its block or session drops its group (and a group left
 * with one item). In another week, the item keeps its lineage unless that week already has it.
 */
export function moveItemTo(doc: ProgramDocument, itemId: string, sessionId: string, block: Block, beforeItemId: string | null): ProgramDocument {
  if (itemId === beforeItemId) return doc
  const from = sessionOfItem(doc, itemId)
  const item = from?.items.find((i) => i.id === itemId)
  const targetWeek = doc.weeks.find((w) => w.sessions.some((s) => s.id === sessionId))
  if (!from || !item || !targetWeek) return doc
  const stays = from.id === sessionId && item.block === block
  let moved: ProgramItem = stays ? item : ungrouped({ ...item, block })
  const sameWeek = targetWeek.sessions.some((s) => s.id === from.id)
  if (!sameWeek && targetWeek.sessions.some((s) => s.items.some((i) => i.lineageId === item.lineageId))) moved = { ...moved, lineageId: makeId() }
  const without = updateSession(doc, from.id, (s) => {
    const rest = s.items.filter((i) => i.id !== itemId)
    return { ...s, items: stays ? rest : withoutLoneGroups(rest) }
  })
  return updateSession(without, sessionId, (s) => {
    const ordered = inBlockOrder(s.items)
    let at = beforeItemId ? ordered.findIndex((i) => i.id === beforeItemId) : -1
    if (at < 0) {
      // End of the block: after its last item, or where the block would start.
      const rank = BLOCKS.indexOf(block)
      at = ordered.findIndex((i) => BLOCKS.indexOf(i.block) > rank)
      if (at < 0) at = ordered.length
    }
    const items = [...ordered]
    items.splice(at, 0, moved)
    return { ...s, items }
  })
}

/** Where an item is: week, session and their indexes. */
function placeOf(doc: ProgramDocument, itemId: string): { weekIndex: number; sessionIndex: number; item: ProgramItem } | null {
  for (const [weekIndex, week] of doc.weeks.entries()) {
    for (const [sessionIndex, session] of week.sessions.entries()) {
      const item = session.items.find((i) => i.id === itemId)
      if (item) return { weekIndex, sessionIndex, item }
    }
  }
  return null
}

/**
 * Moves an item to the end of its block in the previous or next session of its week (keyboard: Alt+Shift+Up
 * / Down), going on to the neighbouring week's last or first session at a week's edge.
 */
export function moveItemToSession(doc: ProgramDocument, itemId: string, direction: -1 | 1): ProgramDocument {
  const place = placeOf(doc, itemId)
  if (!place) return doc
  let { weekIndex, sessionIndex } = place
  sessionIndex += direction
  while (!doc.weeks[weekIndex]?.sessions[sessionIndex]) {
    weekIndex += direction
    const week = doc.weeks[weekIndex]
    if (!week) return doc
    sessionIndex = direction === 1 ? 0 : week.sessions.length - 1
  }
  const target = doc.weeks[weekIndex]?.sessions[sessionIndex]
  return target ? moveItemTo(doc, itemId, target.id, place.item.block, null) : doc
}

/**
 * Moves an item to another week (a drop on the week's button, or Alt+PageUp / PageDown): into the session
 * of the same lineage there, else the one at the same place, else the week's last; at the end of its block.
 */
export function moveItemToWeek(doc: ProgramDocument, itemId: string, weekIndex: number): ProgramDocument {
  const place = placeOf(doc, itemId)
  const week = doc.weeks[weekIndex]
  if (!place || !week || weekIndex === place.weekIndex || week.sessions.length === 0) return doc
  const lineage = doc.weeks[place.weekIndex]?.sessions[place.sessionIndex]?.lineageId
  const target = week.sessions.find((s) => s.lineageId === lineage) ?? week.sessions[place.sessionIndex] ?? week.sessions.at(-1)
  return target ? moveItemTo(doc, itemId, target.id, place.item.block, null) : doc
}

/** Index of the week an item is in (-1 when it is nowhere). */
export function weekOfItem(doc: ProgramDocument, itemId: string): number {
  return placeOf(doc, itemId)?.weekIndex ?? -1
}

/** A new last week shaped like the current last one (same sessions and items, so later copies line up). */
export function appendWeek(doc: ProgramDocument): ProgramDocument {
  const last = doc.weeks.at(-1)
  if (!last || doc.weeks.length >= MAX_WEEKS) return doc
  return { ...doc, weeks: [...doc.weeks, cloneWeek(last, undefined, makeId)] }
}
