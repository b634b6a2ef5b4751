import { describe, expect, it } from 'vitest'
import {
  buildSchedule,
  copyWeekOnto,
  duplicateSession,
  formatPrescription,
  isoWeekday,
  itemLabels,
  swapExercise,
  weeksText
} from '../../src/shared/program-document'
import { Prescription, ProgramDocument } from '../../src/shared/programs'
import { documentOf, exerciseId, fullSession, item, newUuid, repeatWeeks, rx, session, week } from './helpers'

// The document's own rules (schema) and the pure helpers the designer and the printed plan use.

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  return (result.error?.issues ?? []).map((i) => i.path.join('.'))
}

describe('a prescription', () => {
  const base = rx('deadlift')

  it('accepts tempo as 3-1-1-0 or 31X0 (stored in capitals) and refuses other shapes', () => {
    expect(Prescription.parse({ ...base, tempo: '31x0' }).tempo).toBe('31X0')
    expect(Prescription.parse({ ...base, tempo: ' 3-1-1-0 ' }).tempo).toBe('3-1-1-0')
    expect(Prescription.parse({ ...base, tempo: '10-0-X-0' }).tempo).toBe('10-0-X-0')
    for (const tempo of ['3-1-1', '311', 'slow', '3-1-1-0-2', '3--1-1']) expect(Prescription.safeParse({ ...base, tempo }).success, tempo).toBe(false)
  })

  it('keeps loads on their grid and in range', () => {
    const ok = (load: unknown) => Prescription.safeParse({ ...base, load }).success
    expect(ok({ kind: 'kg', value: 42.75 })).toBe(true)
    expect(ok({ kind: 'kg', value: 42.7 })).toBe(false)
    expect(ok({ kind: 'lb', value: 1000 })).toBe(true)
    expect(ok({ kind: 'lb', value: 1000.25 })).toBe(false)
    expect(ok({ kind: 'rpe', value: 7.5 })).toBe(true)
    expect(ok({ kind: 'rpe', value: 7.3 })).toBe(false)
    expect(ok({ kind: 'rpe', value: 10.5 })).toBe(false)
    expect(ok({ kind: 'percent-1rm', value: 120 })).toBe(true)
    expect(ok({ kind: 'percent-1rm', value: 0 })).toBe(false)
    expect(ok({ kind: 'bodyweight' })).toBe(true)
    expect(ok({ kind: 'bodyweight', value: 70 })).toBe(false)
    expect(ok({ kind: 'stone', value: 10 })).toBe(false)
  })

  it('refuses sets, rest and notes out of range, and unknown fields', () => {
    expect(issuePaths(Prescription.safeParse({ ...base, sets: 0 }))).toEqual(['sets'])
    expect(issuePaths(Prescription.safeParse({ ...base, sets: 21 }))).toEqual(['sets'])
    expect(issuePaths(Prescription.safeParse({ ...base, restSeconds: 901 }))).toEqual(['restSeconds'])
    expect(issuePaths(Prescription.safeParse({ ...base, notes: 'x'.repeat(501) }))).toEqual(['notes'])
    expect(issuePaths(Prescription.safeParse({ ...base, reps: { min: 12, max: 8 } }))).toEqual(['reps.max'])
    expect(Prescription.safeParse({ ...base, speed: 3 }).success).toBe(false)
  })
})

describe('a program document', () => {
  const valid = () => documentOf([week([fullSession('Session A', [item('deadlift'), item('bodyweight-squat')])])])

  it('accepts a well-formed document', () => {
    expect(ProgramDocument.safeParse(valid()).success).toBe(true)
  })

  it('refuses an id used twice, naming where', () => {
    const doc = valid()
    const items = doc.weeks[0]!.sessions[0]!.items
    items[2]!.id = items[1]!.id
    expect(issuePaths(ProgramDocument.safeParse(doc))).toEqual(['weeks.0.sessions.0.items.2.id'])
  })

  it('refuses the same item twice in a week (lineage), but allows it in every week', () => {
    const doc = valid()
    const items = doc.weeks[0]!.sessions[0]!.items
    items[2]!.lineageId = items[1]!.lineageId
    expect(issuePaths(ProgramDocument.safeParse(doc))).toEqual(['weeks.0.sessions.0.items.2.lineageId'])
    expect(ProgramDocument.safeParse(documentOf(repeatWeeks(valid().weeks[0]!, 3))).success).toBe(true)
  })

  it('needs a group letter and a kind together, and one block and kind per group', () => {
    const doc = valid()
    const [, a, b] = doc.weeks[0]!.sessions[0]!.items
    a!.group = 'A'
    expect(issuePaths(ProgramDocument.safeParse(doc))).toEqual(['weeks.0.sessions.0.items.1.groupKind'])
    a!.groupKind = 'superset'
    Object.assign(b!, { group: 'A', groupKind: 'circuit' })
    expect(issuePaths(ProgramDocument.safeParse(doc))).toEqual(['weeks.0.sessions.0.items.2.group'])
  })

  it('has 1 to 52 weeks', () => {
    const doc = valid()
    expect(ProgramDocument.safeParse({ ...doc, weeks: [] }).success).toBe(false)
    expect(ProgramDocument.safeParse({ ...doc, weeks: repeatWeeks(doc.weeks[0]!, 52) }).success).toBe(true)
    expect(ProgramDocument.safeParse({ ...doc, weeks: repeatWeeks(doc.weeks[0]!, 53) }).success).toBe(false)
  })
})

describe('labels, copies and swaps', () => {
  it('labels grouped items A1, A2, B1 in block order; others have none', () => {
    const s = session('S', [
      item('calf-raise-step', 'main', {}, { group: 'B', groupKind: 'circuit' }),
      item('deadlift', 'main', {}, { group: 'A', groupKind: 'superset' }),
      item('heel-to-glute-kicks', 'warm-up'),
      item('seated-leg-curl-machine', 'main', {}, { group: 'A', groupKind: 'superset' }),
      item('floor-bridge')
    ])
    const labels = itemLabels(s.items)
    expect(s.items.map((i) => labels.get(i.id))).toEqual(['B1', 'A1', null, 'A2', null])
  })

  it('copies a week onto later weeks keeping lineage, and reuses the target rows by lineage', () => {
    const doc = documentOf(repeatWeeks(week([fullSession('A', [item('deadlift')])]), 3))
    doc.weeks[0]!.sessions[0]!.items[1]!.prescription = rx('deadlift', { sets: 5 })
    const targetIds = doc.weeks[2]!.sessions[0]!.items.map((i) => i.id)
    const out = copyWeekOnto(doc, 0, [1, 2], newUuid)
    expect(out.weeks.map((w) => w.sessions[0]!.items[1]!.prescription.sets)).toEqual([5, 5, 5])
    expect(out.weeks[2]!.sessions[0]!.items.map((i) => i.id)).toEqual(targetIds)
    expect(out.weeks[1]!.sessions[0]!.items.map((i) => i.lineageId)).toEqual(doc.weeks[0]!.sessions[0]!.items.map((i) => i.lineageId))
  })

  it('a duplicated session is a new session (new lineages) placed after its original', () => {
    const doc = documentOf([week([fullSession('A', [item('deadlift')])])])
    const out = duplicateSession(doc, 0, 0, newUuid)
    const [a, copy] = out.weeks[0]!.sessions
    expect(copy!.name).toBe('A (copy)')
    expect(copy!.lineageId).not.toBe(a!.lineageId)
    expect(copy!.items.map((i) => i.exerciseId)).toEqual(a!.items.map((i) => i.exerciseId))
    expect(ProgramDocument.safeParse(out).success).toBe(true)
  })

  it('swaps an exercise in every week, keeping each week’s prescription', () => {
    const doc = documentOf(repeatWeeks(week([fullSession('A', [item('deadlift')])]), 3, (i, w) => (i.block === 'main' ? { ...i, prescription: rx('deadlift', { sets: 3 + w }) } : i)))
    const target = doc.weeks[1]!.sessions[0]!.items[1]!
    const { document, swapped } = swapExercise(doc, target.id, exerciseId('single-leg-deadlift'), true)
    expect(swapped).toBe(3)
    expect(document.weeks.map((w) => [w.sessions[0]!.items[1]!.exerciseId, w.sessions[0]!.items[1]!.prescription.sets])).toEqual([
      [exerciseId('single-leg-deadlift'), 3],
      [exerciseId('single-leg-deadlift'), 4],
      [exerciseId('single-leg-deadlift'), 5]
    ])
    expect(swapExercise(doc, target.id, exerciseId('single-leg-deadlift'), false).swapped).toBe(1)
  })
})

describe('dates', () => {
  it('places each week’s sessions on the chosen weekdays within the 7 days from the start', () => {
    // 2030-01-09 is a Wednesday; week 1 runs Wed 9 to Tue 15. Weekdays Mon/Wed/Fri in that window: 9, 11, 14.
    expect(isoWeekday('2030-01-09')).toBe(3)
    const doc = documentOf(repeatWeeks(week(['A', 'B', 'C'].map((n) => fullSession(n, [item('deadlift')]))), 2))
    const { entries, short } = buildSchedule(doc, '2030-01-09', [1, 3, 5])
    expect(short).toEqual([])
    const names = new Map(doc.weeks.flatMap((w) => w.sessions.map((s) => [s.id, s.name])))
    expect(entries.map((e) => [e.date, e.weekNumber, names.get(e.programSessionId)])).toEqual([
      ['2030-01-09', 1, 'A'],
      ['2030-01-11', 1, 'B'],
      ['2030-01-14', 1, 'C'],
      ['2030-01-16', 2, 'A'],
      ['2030-01-18', 2, 'B'],
      ['2030-01-21', 2, 'C']
    ])
  })

  it('a session with its own weekday keeps it; the others take the chosen days left', () => {
    const w = week(['A', 'B', 'C'].map((n) => fullSession(n, [item('deadlift')])))
    w.sessions[0]!.weekday = 6 // A on Saturday
    const { entries } = buildSchedule(documentOf([w]), '2030-01-07', [1, 3, 5]) // Monday start
    const names = new Map(w.sessions.map((s) => [s.id, s.name]))
    expect(entries.map((e) => [e.date, names.get(e.programSessionId)])).toEqual([
      ['2030-01-07', 'B'],
      ['2030-01-09', 'C'],
      ['2030-01-12', 'A']
    ])
  })

  it('reports the weeks with more sessions than chosen weekdays', () => {
    const doc = documentOf([week([fullSession('A', []), fullSession('B', [])]), week([fullSession('A', []), fullSession('B', []), fullSession('C', [])])])
    expect(buildSchedule(doc, '2030-01-07', [1, 4]).short).toEqual([2])
  })
})

describe('words', () => {
  it('names weeks as ranges', () => {
    expect(weeksText([3])).toBe('week 3')
    expect(weeksText([1, 2, 3, 4])).toBe('weeks 1-4')
    expect(weeksText([9, 1, 2, 3, 6, 10, 11])).toBe('weeks 1-3, 6 and 9-11')
  })

  it('writes a prescription the way a trainer does', () => {
    expect(formatPrescription(rx('walking-lunges'))).toBe('2 × 12-15 per side, rest 60 s')
    expect(formatPrescription(rx('deadlift', { load: { kind: 'kg', value: 60 }, tempo: '3-1-1-0' }))).toBe('3 × 8-12 @ 60 kg, tempo 3-1-1-0, rest 120 s')
    expect(formatPrescription(rx('floor-bridge'))).toBe('2 × 10-12, hold 5 s, rest 45 s')
    expect(formatPrescription(rx('walking'))).toBe('10 min')
    expect(formatPrescription(rx('bodyweight-squat', { load: { kind: 'bodyweight' } }))).toBe('3 × 10-15, bodyweight, rest 60 s')
  })
})
