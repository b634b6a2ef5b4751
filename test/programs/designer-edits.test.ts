import { describe, expect, it } from 'vitest'
import { estimateSessionMinutes } from '../../src/shared/program-checks'
import { itemLabels } from '../../src/shared/program-document'
import { ProgramDocument } from '../../src/shared/programs'
import {
  appendWeek,
  moveItemTo,
  moveItemToSession,
  moveItemToWeek,
  removeItem,
  setGroupKind,
  toggleGroupWithAbove,
  weekOfItem
} from '../../src/renderer/src/features/programs/documentEdits'
import { documentOf, fullSession, item, repeatWeeks, session, week } from './helpers'

// The designer's edits: grouping as supersets or circuits, moves between sessions and weeks, a new
// week. Every result must still be a document the core accepts.

function twoWeeks() {
  const first = week([fullSession('A', [item('glute-bridge'), item('hip-thrust'), item('calf-raise-step')]), fullSession('B', [item('bodyweight-squat')])])
  return documentOf(repeatWeeks(first, 2))
}

const valid = (doc: ReturnType<typeof documentOf>) => expect(ProgramDocument.safeParse(doc).error?.issues ?? []).toEqual([])
const mainOf = (doc: ReturnType<typeof documentOf>, w: number, s: number) => doc.weeks[w]!.sessions[s]!.items.filter((i) => i.block === 'main')

describe('groups', () => {
  it('Group starts a superset, a third joins it, and the kind switches the whole group to a circuit', () => {
    let doc = twoWeeks()
    const [a, b, c] = mainOf(doc, 0, 0)
    doc = toggleGroupWithAbove(doc, b!.id)
    doc = toggleGroupWithAbove(doc, c!.id)
    expect(mainOf(doc, 0, 0).map((i) => [i.group, i.groupKind])).toEqual([['A', 'superset'], ['A', 'superset'], ['A', 'superset']])
    doc = setGroupKind(doc, a!.id, 'circuit')
    expect(mainOf(doc, 0, 0).map((i) => i.groupKind)).toEqual(['circuit', 'circuit', 'circuit'])
    const labels = itemLabels(doc.weeks[0]!.sessions[0]!.items)
    expect([a, b, c].map((i) => labels.get(i!.id))).toEqual(['A1', 'A2', 'A3'])
    // Other weeks are untouched.
    expect(mainOf(doc, 1, 0).every((i) => i.group === null)).toBe(true)
    valid(doc)
  })

  it('a group left with one item is no group: ungrouping, removing or moving its partner frees it', () => {
    const paired = () => {
      const doc = twoWeeks()
      const [a, b] = mainOf(doc, 0, 0)
      return { doc: toggleGroupWithAbove(doc, b!.id), a: a!, b: b! }
    }
    let { doc, a, b } = paired()
    doc = toggleGroupWithAbove(doc, b.id)
    expect(mainOf(doc, 0, 0).map((i) => i.group)).toEqual([null, null, null])
    ;({ doc, a, b } = paired())
    doc = removeItem(doc, a.id)
    expect(mainOf(doc, 0, 0).map((i) => i.group)).toEqual([null, null])
    ;({ doc, a, b } = paired())
    const other = doc.weeks[0]!.sessions[1]!
    doc = moveItemTo(doc, a.id, other.id, 'main', null)
    expect(mainOf(doc, 0, 0).map((i) => i.group)).toEqual([null, null])
    valid(doc)
  })

  it('grouping shortens the session estimate: one rest per round instead of after each exercise', () => {
    const plain = session('S', [item('glute-bridge', 'main', { sets: 3, restSeconds: 90 }), item('hip-thrust', 'main', { sets: 3, restSeconds: 90 })])
    const doc = documentOf([week([plain])])
    const grouped = toggleGroupWithAbove(doc, plain.items[1]!.id).weeks[0]!.sessions[0]!
    // Ungrouped: 2 x 2 rests of 90 s; grouped: 2 rests of 90 s for the pair. Three minutes less.
    expect(estimateSessionMinutes(plain) - estimateSessionMinutes(grouped)).toBe(3)
  })
})

describe('moves between sessions and weeks', () => {
  it('Alt+Shift+Down takes an item to the next session, then across the week’s edge to the next week', () => {
    let doc = twoWeeks()
    const moved = mainOf(doc, 0, 0)[0]!
    doc = moveItemToSession(doc, moved.id, 1)
    expect(mainOf(doc, 0, 1).at(-1)!.id).toBe(moved.id)
    doc = moveItemToSession(doc, moved.id, 1)
    expect(weekOfItem(doc, moved.id)).toBe(1)
    expect(mainOf(doc, 1, 0).at(-1)!.id).toBe(moved.id)
    // Week 2 already had this exercise's lineage (a copy of week 1): the moved one gets its own.
    expect(mainOf(doc, 1, 0).at(-1)!.lineageId).not.toBe(moved.lineageId)
    valid(doc)
    // At the very end nothing happens.
    const last = mainOf(doc, 1, 1)[0]!
    expect(moveItemToSession(doc, last.id, 1)).toBe(doc)
  })

  it('a drop on another week puts the item in the same session there, end of its block', () => {
    let doc = twoWeeks()
    const moved = doc.weeks[0]!.sessions[1]!.items.find((i) => i.block === 'warm-up')!
    doc = moveItemToWeek(doc, moved.id, 1)
    const target = doc.weeks[1]!.sessions[1]!
    expect(target.items.filter((i) => i.block === 'warm-up').map((i) => i.id).at(-1)).toBe(moved.id)
    expect(doc.weeks[0]!.sessions[1]!.items.some((i) => i.id === moved.id)).toBe(false)
    valid(doc)
    expect(moveItemToWeek(doc, moved.id, 1)).toBe(doc)
    expect(moveItemToWeek(doc, moved.id, 5)).toBe(doc)
  })

  it('an item moved to a week without its lineage keeps it (so it lines up with later copies)', () => {
    const doc = documentOf([week([fullSession('A', [item('glute-bridge')])]), week([session('A2', [])])])
    const moved = mainOf(doc, 0, 0)[0]!
    const next = moveItemToWeek(doc, moved.id, 1)
    expect(next.weeks[1]!.sessions[0]!.items[0]).toEqual(moved)
    valid(next)
  })
})

describe('adding a week', () => {
  it('appends a copy of the last week with new ids and the same lineages, up to 52 weeks', () => {
    const doc = twoWeeks()
    const next = appendWeek(doc)
    expect(next.weeks).toHaveLength(3)
    const [last, added] = [next.weeks[1]!, next.weeks[2]!]
    expect(added.id).not.toBe(last.id)
    expect(added.sessions.map((s) => s.lineageId)).toEqual(last.sessions.map((s) => s.lineageId))
    expect(added.sessions.flatMap((s) => s.items.map((i) => i.prescription))).toEqual(last.sessions.flatMap((s) => s.items.map((i) => i.prescription)))
    valid(next)
    let full = doc
    while (full.weeks.length < 52) full = appendWeek(full)
    expect(appendWeek(full)).toBe(full)
  })
})
