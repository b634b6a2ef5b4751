import { inBlockOrder } from '../../../../shared/program-document'
import { BLOCKS, type Block, type Prescription, type ProgramDocument, type ProgramItem, type ProgramSession, type ProgramWeek } from '../../../../shared/programs'

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

export function removeItem(doc: ProgramDocument, itemId: string): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  if (!session) return doc
  return updateSession(doc, session.id, (s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) }))
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
    items = ordered.map((i) => (i.id === itemId ? { ...i, block, group: null, groupKind: null } : i))
  }
  return updateSession(doc, session.id, (s) => ({ ...s, items }))
}

/** Puts an item in a superset with the one above it (same letter), or takes it out of its group. */
export function toggleGroupWithAbove(doc: ProgramDocument, itemId: string): ProgramDocument {
  const session = sessionOfItem(doc, itemId)
  if (!session) return doc
  const ordered = inBlockOrder(session.items)
  const index = ordered.findIndex((i) => i.id === itemId)
  const item = ordered[index]
  const above = ordered[index - 1]
  if (!item) return doc
  if (item.group !== null) return updateItem(doc, itemId, (i) => ({ ...i, group: null, groupKind: null }))
  if (!above || above.block !== item.block) return doc
  const used = new Set(session.items.map((i) => i.group).filter((g): g is string => g !== null))
  const letter = above.group ?? [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'].find((l) => !used.has(l)) ?? 'Z'
  const kind = above.groupKind ?? 'superset'
  return updateSession(doc, session.id, (s) => ({
    ...s,
    items: s.items.map((i) => (i.id === itemId || i.id === above.id ? { ...i, group: letter, groupKind: kind } : i))
  }))
}

/**
 * Moves an item (dragged) to just before another item, or to the end of a block when `beforeItemId` is
 * null, in the same or another session of the week. Leaving its block or session drops its group.
 */
export function moveItemTo(doc: ProgramDocument, itemId: string, sessionId: string, block: Block, beforeItemId: string | null): ProgramDocument {
  if (itemId === beforeItemId) return doc
  const from = sessionOfItem(doc, itemId)
  const item = from?.items.find((i) => i.id === itemId)
  if (!from || !item) return doc
  const stays = from.id === sessionId && item.block === block
  const moved: ProgramItem = stays ? item : { ...item, block, group: null, groupKind: null }
  const without = updateSession(doc, from.id, (s) => ({ ...s, items: s.items.filter((i) => i.id !== itemId) }))
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
