import { describe, expect, it } from 'vitest'
import { formatPrescription } from '../../src/shared/program-document'
import { ProgressionRule, type Prescription, type ProgressionRuleInput } from '../../src/shared/programs'
import { coursePhaseOf, generateWeeks, progressionOf } from '../../src/shared/progression'
import { fullClient } from '../helpers/clients'
import { openTestCore, storeHash } from '../helpers/store'
import { allItems, documentOf, fullSession, item, newUuid, rx, week } from './helpers'

// Progression maths, week by week, against tables worked out by hand (comments show the working).

function table(base: Prescription, rule: ProgressionRuleInput, weeks: number): string[] {
  return progressionOf(base, ProgressionRule.parse(rule), weeks).map(formatPrescription)
}

const P = (changes: Partial<Prescription>): Prescription => rx('deadlift', { restSeconds: 0, ...changes })

describe('linear progression', () => {
  it('raises the bottom of the rep range to the top, then adds a load step and starts again', () => {
    expect(table(P({ sets: 3, reps: { min: 8, max: 10 }, load: { kind: 'kg', value: 40 } }), { kind: 'linear' }, 6)).toEqual([
      '3 × 8-10 @ 40 kg',
      '3 × 9-10 @ 40 kg',
      '3 × 10 @ 40 kg',
      '3 × 8-10 @ 42.5 kg', // 11 would pass the top: back to 8, +2.5 kg
      '3 × 9-10 @ 42.5 kg',
      '3 × 10 @ 42.5 kg'
    ])
  })

  it('uses the configured rep and load steps, in lb too', () => {
    expect(table(P({ sets: 4, reps: { min: 6, max: 10 }, load: { kind: 'lb', value: 95 } }), { kind: 'linear', repStep: 2, loadStep: { kind: 'amount', value: 5 } }, 5)).toEqual([
      '4 × 6-10 @ 95 lb',
      '4 × 8-10 @ 95 lb',
      '4 × 10 @ 95 lb',
      '4 × 6-10 @ 100 lb',
      '4 × 8-10 @ 100 lb'
    ])
  })

  it('a percentage load step grows the load by that share, on the 0.25 grid', () => {
    // 100 x 1.05 = 105; 105 x 1.05 = 110.25; 110.25 x 1.05 = 115.7625 -> 115.75
    expect(table(P({ sets: 5, reps: { min: 5, max: 5 }, load: { kind: 'kg', value: 100 } }), { kind: 'linear', loadStep: { kind: 'percent', value: 5 } }, 4)).toEqual([
      '5 × 5 @ 100 kg',
      '5 × 5 @ 105 kg',
      '5 × 5 @ 110.25 kg',
      '5 × 5 @ 115.75 kg'
    ])
  })

  it('% of 1RM steps in points; RPE steps by half a point and, at 10, adds sets', () => {
    expect(table(P({ sets: 3, reps: { min: 5, max: 5 }, load: { kind: 'percent-1rm', value: 75 } }), { kind: 'linear' }, 3)).toEqual([
      '3 × 5 @ 75% 1RM',
      '3 × 5 @ 77.5% 1RM',
      '3 × 5 @ 80% 1RM'
    ])
    expect(table(P({ sets: 3, reps: { min: 5, max: 5 }, load: { kind: 'rpe', value: 9 } }), { kind: 'linear' }, 6)).toEqual([
      '3 × 5 @ RPE 9',
      '3 × 5 @ RPE 9.5',
      '3 × 5 @ RPE 10',
      '4 × 5 @ RPE 10', // RPE cannot pass 10: one more set
      '5 × 5 @ RPE 10', // up to two extra sets
      '5 × 6 @ RPE 10' // then the whole range moves up
    ])
  })

  it('without a load, adds sets (two at most by default), then moves the range up', () => {
    expect(table(rx('prone-floor-leg-curl', { restSeconds: 0 }), { kind: 'linear' }, 6)).toEqual(['2 × 10', '3 × 10', '4 × 10', '4 × 11', '4 × 12', '4 × 13'])
    expect(table(rx('prone-floor-leg-curl', { restSeconds: 0 }), { kind: 'linear', maxExtraSets: 0 }, 3)).toEqual(['2 × 10', '2 × 11', '2 × 12'])
  })

  it('holds, durations and distances grow by their steps', () => {
    expect(table(rx('heel-on-chair-stretch'), { kind: 'linear' }, 3)).toEqual(['2 × 20 s hold per side', '2 × 25 s hold per side', '2 × 30 s hold per side'])
    expect(table(rx('walking'), { kind: 'linear', durationStepMinutes: 3 }, 4)).toEqual(['10 min', '13 min', '16 min', '19 min'])
    expect(table(rx('walking', { durationMinutes: null, distanceMeters: 1000 }), { kind: 'linear', distanceStepMeters: 250 }, 3)).toEqual(['1000 m', '1250 m', '1500 m'])
  })
})

describe('deload weeks', () => {
  const base = P({ sets: 3, reps: { min: 8, max: 10 }, load: { kind: 'kg', value: 40 } })

  it('every third week: one set fewer and 10% lighter, and the next week carries on from before it', () => {
    expect(table(base, { kind: 'linear', deload: { kind: 'every', every: 3 } }, 6)).toEqual([
      '3 × 8-10 @ 40 kg',
      '3 × 9-10 @ 40 kg',
      '2 × 9-10 @ 36 kg', // week 2 lighter: 40 x 0.9 = 36
      '3 × 10 @ 40 kg', // the step after week 2
      '3 × 8-10 @ 42.5 kg',
      '2 × 8-10 @ 38.25 kg' // 42.5 x 0.9 = 38.25
    ])
  })

  it('chosen weeks; % 1RM drops 10 points, RPE one point; one-set walks get a quarter shorter', () => {
    expect(table(P({ sets: 3, reps: { min: 5, max: 5 }, load: { kind: 'percent-1rm', value: 80 } }), { kind: 'linear', deload: { kind: 'weeks', weeks: [2] } }, 3)).toEqual([
      '3 × 5 @ 80% 1RM',
      '2 × 5 @ 70% 1RM',
      '3 × 5 @ 82.5% 1RM'
    ])
    expect(table(P({ sets: 2, reps: { min: 5, max: 5 }, load: { kind: 'rpe', value: 8 } }), { kind: 'linear', deload: { kind: 'weeks', weeks: [3] } }, 3)[2]).toBe('1 × 5 @ RPE 7.5')
    // 12 minutes x 0.75 = 9
    expect(table(rx('walking'), { kind: 'linear', deload: { kind: 'weeks', weeks: [3] } }, 3)).toEqual(['10 min', '12 min', '9 min'])
  })
})

describe('the articles’ course', () => {
  it('splits any length into three phases in proportion', () => {
    const phases = (n: number) => Array.from({ length: n }, (_, i) => coursePhaseOf(i + 1, n))
    expect(phases(12)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2])
    expect(phases(6)).toEqual([0, 0, 1, 1, 2, 2])
    expect(phases(5)).toEqual([0, 0, 1, 1, 2])
    expect(phases(1)).toEqual([0])
  })

  it('12 weeks of deadlifts at RPE 6: endurance, then fewer reps and more effort for definition, then strength', () => {
    // Definition: 8 x 0.8 = 6.4 -> 6, 12 x 0.8 = 9.6 -> 10, RPE 6 + 1. Strength: 4.8 -> 5, 7.2 -> 7, RPE 6 + 2.
    expect(table(P({ sets: 3, reps: { min: 8, max: 12 }, load: { kind: 'rpe', value: 6 } }), { kind: 'course' }, 12)).toEqual([
      '3 × 8-12 @ RPE 6',
      '3 × 9-12 @ RPE 6',
      '3 × 10-12 @ RPE 6',
      '3 × 11-12 @ RPE 6',
      '3 × 6-10 @ RPE 7',
      '3 × 7-10 @ RPE 7',
      '3 × 8-10 @ RPE 7',
      '3 × 9-10 @ RPE 7',
      '3 × 5-7 @ RPE 8',
      '3 × 6-7 @ RPE 8',
      '3 × 7 @ RPE 8',
      '3 × 5-7 @ RPE 8.5'
    ])
  })

  it('scales to 6 weeks, with kg loads +10% and +20% of week 1', () => {
    // 10-15 -> 8-12 -> 6-9; 50 kg -> 55 -> 60.
    expect(table(P({ sets: 3, reps: { min: 10, max: 15 }, load: { kind: 'kg', value: 50 } }), { kind: 'course' }, 6)).toEqual([
      '3 × 10-15 @ 50 kg',
      '3 × 11-15 @ 50 kg',
      '3 × 8-12 @ 55 kg',
      '3 × 9-12 @ 55 kg',
      '3 × 6-9 @ 60 kg',
      '3 × 7-9 @ 60 kg'
    ])
  })

  it('items without a load cannot trade reps for load, so they progress straight through', () => {
    expect(table(rx('glute-bridge', { restSeconds: 0 }), { kind: 'course' }, 6)).toEqual(['3 × 15', '4 × 15', '5 × 15', '5 × 16', '5 × 17', '5 × 18'])
  })
})

describe('generating the weeks of a program', () => {
  function program() {
    const first = week([fullSession('Session A', [item('deadlift', 'main', { load: { kind: 'kg', value: 60 } }), item('bodyweight-squat')])], 'Base')
    return documentOf([first])
  }

  it('copies week 1 to weeks 2..N with the same lineages; warm-ups and cool-downs stay as in week 1', () => {
    const doc = program()
    const out = generateWeeks(doc, ProgressionRule.parse({ kind: 'course', weeks: 12 }), newUuid)
    expect(out.weeks).toHaveLength(12)
    expect(out.weeks[0]!.sessions).toEqual(doc.weeks[0]!.sessions)
    expect(out.weeks.map((w) => w.phase)).toEqual([...Array(4).fill('Muscular endurance'), ...Array(4).fill('Definition'), ...Array(4).fill('Strength')])
    const lineages = doc.weeks[0]!.sessions[0]!.items.map((i) => i.lineageId)
    for (const w of out.weeks) expect(w.sessions[0]!.items.map((i) => i.lineageId)).toEqual(lineages)
    const warmUps = out.weeks.map((w) => w.sessions[0]!.items[0]!.prescription)
    expect(new Set(warmUps.map((p) => JSON.stringify(p))).size).toBe(1)
    const ids = allItems(out).map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('re-applying replaces the generated weeks in place: same row ids, hand edits in weeks 2..N gone', () => {
    const once = generateWeeks(program(), ProgressionRule.parse({ kind: 'linear', weeks: 4 }), newUuid)
    const edited = structuredClone(once)
    edited.weeks[2]!.sessions[0]!.items[1]!.prescription.sets = 9
    edited.weeks[2]!.sessions[0]!.items.push(item('calf-raise-step'))
    const again = generateWeeks(edited, ProgressionRule.parse({ kind: 'linear', weeks: 4 }), newUuid)
    expect(again).toEqual(once)
  })

  it('can lengthen or shorten the program; a deload week is labelled', () => {
    const base = program()
    const long = generateWeeks(base, ProgressionRule.parse({ kind: 'linear', weeks: 8, deload: { kind: 'every', every: 4 } }), newUuid)
    expect(long.weeks.map((w) => w.phase)).toEqual(['Base', 'Base', 'Base', 'Deload', 'Base', 'Base', 'Base', 'Deload'])
    const short = generateWeeks(long, ProgressionRule.parse({ kind: 'linear', weeks: 3 }), newUuid)
    expect(short.weeks.map((w) => w.id)).toEqual(long.weeks.slice(0, 3).map((w) => w.id))
  })
})

describe('progression through the core', () => {
  async function oneWeekProgram() {
    const t = openTestCore()
    const client = await t.value('clients.create', fullClient({ limitations: [], readiness: null }))
    const p = await t.value('programs.create', { clientId: client.id, name: 'Block', weeks: 1, sessionsPerWeek: 1 })
    const doc = structuredClone(p.document)
    doc.weeks[0]!.sessions[0]!.items = [item('heel-to-glute-kicks', 'warm-up'), item('deadlift', 'main', { load: { kind: 'kg', value: 60 } }), item('hurdler-stretch', 'cool-down')]
    const saved = await t.value('programs.save', { id: p.id, revision: p.revision, document: doc })
    return { t, id: p.id, revision: saved.revision }
  }

  it('previews without saving, then applies in one save; applying again changes no row', async () => {
    const { t, id, revision } = await oneWeekProgram()
    const before = storeHash(t.db)
    const preview = await t.value('programs.previewProgression', { id, rule: { kind: 'course', weeks: 12 } })
    expect(storeHash(t.db)).toBe(before)
    expect(preview).toMatchObject({ addedWeeks: 11, removedWeeks: 0, changedItems: 33 })
    expect(preview.document.weeks.map((w) => formatPrescription(w.sessions[0]!.items[1]!.prescription)).slice(3, 6)).toEqual([
      '3 × 11-12 @ 60 kg, rest 120 s',
      '3 × 6-10 @ 66 kg, rest 120 s', // definition: 60 kg + 10%
      '3 × 7-10 @ 66 kg, rest 120 s'
    ])

    const applied = await t.value('programs.applyProgression', { id, revision, rule: { kind: 'course', weeks: 12 } })
    expect(applied.revision).toBe(revision + 1)
    const stored = await t.value('programs.get', { id })
    expect(stored.document.weeks.map((w) => w.sessions[0]!.items[1]!.prescription)).toEqual(preview.document.weeks.map((w) => w.sessions[0]!.items[1]!.prescription))

    const rows = t.db.prepare('SELECT id, updated_at FROM program_items WHERE program_id = ? ORDER BY id').all(id)
    const again = await t.value('programs.previewProgression', { id, rule: { kind: 'course', weeks: 12 } })
    expect(again).toMatchObject({ changedItems: 0, addedWeeks: 0 })
    await t.value('programs.applyProgression', { id, revision: applied.revision, rule: { kind: 'course', weeks: 12 } })
    expect(t.db.prepare('SELECT id, updated_at FROM program_items WHERE program_id = ? ORDER BY id').all(id)).toEqual(rows)
  })

  it('refuses a stale revision', async () => {
    const { t, id, revision } = await oneWeekProgram()
    const result = await t.call('programs.applyProgression', { id, revision: revision - 1, rule: { kind: 'linear', weeks: 4 } })
    expect(result.ok ? null : result.error.code).toBe('conflict')
  })
})
