import Database from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyFix, checkProgram, estimateSessionMinutes } from '../../src/shared/program-checks'
import { rankSwapCandidates, suits, unfitReasons } from '../../src/shared/program-fit'
import { BODY_AREAS, EQUIPMENT, TRAINING_LEVELS, TRAINING_LOCATIONS } from '../../src/shared/vocabulary'
import type { CheckContext, CheckIssue, CheckRuleId, Prescription, ProgramDocument } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import { openLongLivedCore, openTestCore, tempDir, type TestCore } from '../helpers/store'
import {
  clientFacts,
  contextWith,
  documentOf,
  exerciseId,
  fullSession,
  HOME_TEMPLATE,
  item,
  libraryContext,
  newUuid,
  repeatWeeks,
  templateId,
  session,
  week
} from './helpers'

// Every rule has a case where it fires and one where it stays silent. The documents are built by
// hand from built-in exercises; the facts come from the real library through programs.checkContext.

let t: TestCore
let library: CheckContext

beforeAll(async () => {
  t = openLongLivedCore(tempDir())
  library = await libraryContext(t)
})
afterAll(() => t.close())

/** A week that breaks no rule on Mon/Wed/Fri: hamstrings and glutes three times, calves twice, warm-up and cool-down each time. */
function cleanWeek() {
  return week([
    fullSession('Session A', [item('stiff-leg-deadlift-household'), item('bodyweight-squat'), item('calf-raise-step')]),
    fullSession('Session B', [item('prone-floor-leg-curl'), item('extended-lunge'), item('calf-raise-step')]),
    fullSession('Session C', [item('floor-bridge'), item('single-leg-deadlift')])
  ])
}

function ctx(changes: Partial<CheckContext> = {}): CheckContext {
  return contextWith(library, { weekdays: [1, 3, 5], client: clientFacts(), ...changes })
}

function issuesOf(doc: ProgramDocument, context = ctx()): CheckIssue[] {
  return checkProgram(doc, context).issues
}

function only(issues: CheckIssue[], ruleId: CheckRuleId): CheckIssue[] {
  return issues.filter((i) => i.ruleId === ruleId)
}

describe('a program that follows every rule', () => {
  it('raises no issue at all', () => {
    expect(issuesOf(documentOf([cleanWeek()]))).toEqual([])
  })
})

describe('warm-up and cool-down', () => {
  it('an empty warm-up is an error naming the session, and the fix adds the standard warm-up', () => {
    const w = cleanWeek()
    const b = w.sessions[1]!
    b.items = b.items.filter((i) => i.block !== 'warm-up')
    const doc = documentOf([w])
    const [issue, ...rest] = issuesOf(doc)
    expect(rest).toEqual([])
    expect(issue).toMatchObject({ ruleId: 'warm-up-missing', severity: 'error', message: 'Session B has no warm-up.', target: { weekId: w.id, sessionId: b.id } })
    expect(issue!.fix).toMatchObject({ kind: 'add-items', block: 'warm-up' })
    const fixed = applyFix(doc, issue!, newUuid)
    expect(fixed.weeks[0]!.sessions[1]!.items[0]!.block).toBe('warm-up')
    expect(issuesOf(fixed)).toEqual([])
  })

  it('an empty cool-down is an error, reported once for every week it is missing in', () => {
    const first = cleanWeek()
    first.sessions[0]!.items = first.sessions[0]!.items.filter((i) => i.block !== 'cool-down')
    const weeks = repeatWeeks(first, 2, (i, w) => (i.block === 'main' ? { ...i, prescription: { ...i.prescription, sets: i.prescription.sets + w } } : i))
    const issues = only(issuesOf(documentOf(weeks)), 'cool-down-missing')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ severity: 'error', message: 'Session A has no cool-down in every week.', weeks: [1, 2] })
    expect(issues[0]!.targets.map((x) => x.weekId)).toEqual(weeks.map((w) => w.id))
    const fixed = applyFix(documentOf(weeks), issues[0]!, newUuid)
    const added = fixed.weeks.map((w) => w.sessions[0]!.items.at(-1)!)
    expect(added.every((i) => i.block === 'cool-down')).toBe(true)
    // The same added move in both weeks is one item (one lineage), as the printed plan shows it.
    expect(added[0]!.lineageId).toBe(added[1]!.lineageId)
  })
})

describe('48 hours between loading the same muscle group', () => {
  it('warns for consecutive weekdays', () => {
    const issues = only(issuesOf(documentOf([cleanWeek()]), ctx({ weekdays: [1, 2, 5] })), 'recovery-48h')
    expect(issues.map((i) => i.message)).toContain('Hamstrings are loaded in Session A (Mon) and again in Session B (Tue), less than 48 hours apart.')
    expect(issues.every((i) => i.severity === 'warning')).toBe(true)
  })

  it('warns from Sunday to the next Monday, across weeks', () => {
    const weeks = repeatWeeks(cleanWeek(), 2, (i, w) => (i.block === 'main' ? { ...i, prescription: { ...i.prescription, sets: i.prescription.sets + w } } : i))
    const issues = only(issuesOf(documentOf(weeks), ctx({ weekdays: [1, 3, 7] })), 'recovery-48h')
    // Session C (floor bridge, single-leg deadlift) and Session A (deadlift, squat) share hamstrings and glutes.
    expect(issues.map((i) => i.message)).toEqual([
      'Hamstrings are loaded in Session C (Sun) and again in Session A of the next week (Mon), less than 48 hours apart in week 2.',
      'Glutes are loaded in Session C (Sun) and again in Session A of the next week (Mon), less than 48 hours apart in week 2.'
    ])
  })

  it('follows a session’s own weekday', () => {
    const w = cleanWeek()
    w.sessions[2]!.weekday = 6
    expect(only(issuesOf(documentOf([w]), ctx({ weekdays: [1, 3, 5] })), 'recovery-48h')).toEqual([])
    w.sessions[2]!.weekday = 4
    expect(only(issuesOf(documentOf([w]), ctx({ weekdays: [1, 3, 5] })), 'recovery-48h')).not.toEqual([])
  })

  it('stays silent with a rest day between sessions, and for warm-ups and cardio', () => {
    expect(only(issuesOf(documentOf([cleanWeek()]), ctx({ weekdays: [1, 3, 6] })), 'recovery-48h')).toEqual([])
    const walks = week([1, 2, 3].map((d) => fullSession(`Walk ${d}`, [item('walking')])))
    expect(only(issuesOf(documentOf([walks]), ctx({ weekdays: [1, 2, 3] })), 'recovery-48h')).toEqual([])
  })
})

describe('two to three sessions a week for the back of the legs', () => {
  it('warns when a group is trained only once', () => {
    const w = cleanWeek()
    w.sessions[1]!.items = w.sessions[1]!.items.filter((i) => i.exerciseId !== exerciseId('calf-raise-step'))
    const issues = only(issuesOf(documentOf([w])), 'weekly-frequency')
    expect(issues.map((i) => i.message)).toEqual(['Calves are trained in only one session a week; aim for two to three.'])
  })

  it('warns when a group is trained four times', () => {
    const w = cleanWeek()
    w.sessions.push(fullSession('Session D', [item('prone-floor-leg-curl')]))
    const issues = only(issuesOf(documentOf([w]), ctx({ weekdays: [1, 3, 5, 7] })), 'weekly-frequency')
    expect(issues.map((i) => i.message)).toContain('Hamstrings are trained in 4 sessions a week; two to three leave time to recover.')
  })

  it('stays silent at two or three', () => {
    expect(only(issuesOf(documentOf([cleanWeek()])), 'weekly-frequency')).toEqual([])
  })
})

describe('hamstrings balanced with quads or calves', () => {
  it('warns for a week of hamstrings only', () => {
    const w = week([
      fullSession('Session A', [item('stiff-leg-deadlift-household'), item('floor-bridge')]),
      fullSession('Session B', [item('prone-floor-leg-curl'), item('floor-bridge')])
    ])
    const issues = only(issuesOf(documentOf([w]), ctx({ weekdays: [1, 4] })), 'hamstring-balance')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ severity: 'warning', target: { weekId: w.id, sessionId: w.sessions[0]!.id } })
    expect(issues[0]!.message).toMatch(/no quad or calf work/)
  })

  it('stays silent when squats or calf raises are in the week', () => {
    expect(only(issuesOf(documentOf([cleanWeek()])), 'hamstring-balance')).toEqual([])
  })
})

describe('progression', () => {
  it('warns when an item stays the same four weeks running (notes do not count as progress)', () => {
    const weeks = repeatWeeks(cleanWeek(), 4, (i, w) => ({ ...i, prescription: { ...i.prescription, notes: `week ${w + 1}` } }))
    const issues = only(issuesOf(documentOf(weeks)), 'no-progression')
    // One issue per main item (3 + 3 + 2), each naming the exercise and the weeks.
    expect(issues).toHaveLength(8)
    expect(issues.map((i) => i.message)).toContain(
      'Stiff-leg deadlift with household weights in Session A stays the same for four weeks or more (weeks 1-4); raise the load, reps or sets over time.'
    )
    expect(issues[0]!.weeks).toEqual([1, 2, 3, 4])
    const fixed = applyFix(documentOf(weeks), issues[0]!, newUuid)
    expect(only(issuesOf(fixed), 'no-progression')).toEqual([])
  })

  it('stays silent for three identical weeks, and when something grows each week', () => {
    expect(only(issuesOf(documentOf(repeatWeeks(cleanWeek(), 3))), 'no-progression')).toEqual([])
    const growing = repeatWeeks(cleanWeek(), 6, (i, w) => ({ ...i, prescription: { ...i.prescription, restSeconds: i.prescription.restSeconds + w } }))
    expect(only(issuesOf(documentOf(growing)), 'no-progression')).toEqual([])
  })

  /** Weeks made one at a time (fresh row and lineage ids everywhere), each main item changed by `change`. */
  function builtOneByOne(count: number, change: (rx: Prescription, weekIndex: number) => Prescription = (p) => p) {
    return Array.from({ length: count }, (_, w) => {
      const made = cleanWeek()
      for (const s of made.sessions) s.items = s.items.map((i) => (i.block === 'main' ? { ...i, prescription: change(i.prescription, w) } : i))
      return made
    })
  }

  it('warns for weeks built one by one, matching items by session and exercise when no lineage links them', () => {
    const weeks = builtOneByOne(5, (p, w) => ({ ...p, notes: `week ${w + 1}` }))
    const issues = only(issuesOf(documentOf(weeks)), 'no-progression')
    expect(issues).toHaveLength(8)
    const deadlift = issues.find((i) => i.message.startsWith('Stiff-leg deadlift with household weights in Session A'))
    expect(deadlift).toMatchObject({
      severity: 'warning',
      weeks: [1, 2, 3, 4, 5],
      message: 'Stiff-leg deadlift with household weights in Session A stays the same for four weeks or more (weeks 1-5); raise the load, reps or sets over time.'
    })
    expect(deadlift!.targets.map((x) => x.itemId)).toEqual(weeks.map((w) => w.sessions[0]!.items[1]!.id))
    // The fix regenerates the weeks from week 1, after which every item progresses.
    expect(only(issuesOf(applyFix(documentOf(weeks), deadlift!, newUuid)), 'no-progression')).toEqual([])
    // One step up after four weeks, then four more the same: still one finding per item, as with copied weeks.
    const stepped = only(issuesOf(documentOf(builtOneByOne(8, (p, w) => ({ ...p, sets: w < 4 ? 2 : 3 })))), 'no-progression')
    expect(stepped.map((i) => i.weeks)).toEqual(Array(8).fill([1, 2, 3, 4, 5, 6, 7, 8]))
  })

  it('stays silent for weeks built one by one when the load or the reps go up', () => {
    const heavier = builtOneByOne(6, (p, w) => ({ ...p, load: { kind: 'kg', value: 10 + 2.5 * w } }))
    expect(only(issuesOf(documentOf(heavier)), 'no-progression')).toEqual([])
    const moreReps = builtOneByOne(6, (p, w) => ({ ...p, reps: { min: 8 + w, max: 10 + w } }))
    expect(only(issuesOf(documentOf(moreReps)), 'no-progression')).toEqual([])
    // Three identical weeks after a change: still under four.
    const late = builtOneByOne(6, (p, w) => ({ ...p, sets: w < 3 ? 2 + w : 5 }))
    expect(only(issuesOf(documentOf(late)), 'no-progression')).toEqual([])
  })

  it('an item whose lineage carries on elsewhere in the week is not matched by position instead', () => {
    // Week 1 has one squat; from week 2 it moves down and progresses, and a new squat takes its place.
    // Matching by position alone would say the first squat stood still for four weeks.
    const squat = item('bodyweight-squat', 'main', { sets: 3 })
    const weeks = Array.from({ length: 4 }, (_, w) =>
      week([fullSession('Session A', w === 0 ? [squat] : [item('bodyweight-squat', 'main', { sets: 3 }), { ...squat, id: newUuid(), prescription: { ...squat.prescription, sets: 3 + w } }])])
    )
    expect(only(issuesOf(documentOf(weeks)), 'no-progression')).toEqual([])
    // One more week of the new squat unchanged makes four (weeks 2-5).
    weeks.push(week([fullSession('Session A', [item('bodyweight-squat', 'main', { sets: 3 }), { ...squat, id: newUuid(), prescription: { ...squat.prescription, sets: 8 } }])]))
    expect(only(issuesOf(documentOf(weeks)), 'no-progression').map((i) => i.weeks)).toEqual([[2, 3, 4, 5]])
  })
})

describe('what suits the client', () => {
  const homeBeginner = clientFacts({ name: 'Ben', level: 'beginner', trainingLocation: 'home', equipment: ['mat', 'chair', 'step', 'wall', 'household-weights'] })

  it('missing equipment is an error, with a swap to a fitting ladder step', () => {
    const w = cleanWeek()
    w.sessions[0]!.items.splice(1, 0, item('deadlift'))
    const issues = only(issuesOf(documentOf([w]), ctx({ client: homeBeginner })), 'equipment-missing')
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({
      severity: 'error',
      message: 'Deadlift in Session A needs barbell and plates, which Ben does not have.',
      fix: { kind: 'swap', label: 'Swap for Single-leg deadlift', exerciseId: exerciseId('single-leg-deadlift') }
    })
  })

  it('a finding repeated over weeks built one by one (no shared lineage) is one finding naming the weeks, fixed in all of them', () => {
    // Each week made separately: fresh row and lineage ids everywhere, as a hand-built or older program has.
    const weeks = Array.from({ length: 12 }, () => {
      const w = cleanWeek()
      w.sessions[0]!.items.splice(1, 0, item('deadlift'))
      w.sessions[2]!.items = w.sessions[2]!.items.filter((i) => i.block !== 'cool-down')
      return w
    })
    const all = issuesOf(documentOf(weeks), ctx({ client: homeBeginner }))
    const equipment = only(all, 'equipment-missing')
    expect(equipment).toHaveLength(1)
    expect(equipment[0]).toMatchObject({ message: 'Deadlift in Session A needs barbell and plates, which Ben does not have in every week.', weeks: [...Array(12).keys()].map((w) => w + 1) })
    expect(equipment[0]!.targets.map((x) => x.itemId)).toEqual(weeks.map((w) => w.sessions[0]!.items[1]!.id))
    expect(equipment[0]!.target).toEqual(equipment[0]!.targets[0])
    const coolDown = only(all, 'cool-down-missing')
    expect(coolDown.map((i) => [i.message, i.targets.length])).toEqual([['Session C has no cool-down in every week.', 12]])
    // No rule reports the same sentence twice.
    expect(new Set(all.map((i) => i.message)).size).toBe(all.length)
    const fixed = applyFix(documentOf(weeks), equipment[0]!, newUuid)
    expect(fixed.weeks.map((w) => w.sessions[0]!.items[1]!.exerciseId)).toEqual(weeks.map(() => exerciseId('single-leg-deadlift')))
  })

  it('an exercise one level up is a warning, two levels up an error', () => {
    const w = cleanWeek()
    w.sessions[0]!.items.splice(1, 0, item('walking-lunges'))
    w.sessions[1]!.items.splice(1, 0, item('good-morning-barbell', 'main', { notes: 'With a spotter.' }))
    const issues = only(issuesOf(documentOf([w]), ctx({ client: clientFacts({ name: 'Ben', level: 'beginner' }) })), 'above-level')
    expect(issues.map((i) => [i.severity, i.message])).toEqual([
      ['error', 'Good morning with a barbell in Session B is advanced; Ben is beginner.'],
      ['warning', 'Walking lunges in Session A is intermediate; Ben is beginner.']
    ])
  })

  it('a caution matching a limitation is a warning that quotes both', () => {
    const client = clientFacts({ name: 'Ben', limitations: [{ area: 'ankle', note: 'Sprained in March' }] })
    const issues = only(issuesOf(documentOf([cleanWeek()]), ctx({ client })), 'limitation-caution')
    // One issue per item: the calf raise of Session A and that of Session B.
    const caution = 'carries an ankle caution (Ankle or Achilles pain: skip the dip below the step and rise from flat ground.)'
    expect(issues.map((i) => i.message)).toEqual([
      `Calf raise on a step in Session A ${caution} and Ben has an ankle limitation (Sprained in March).`,
      `Calf raise on a step in Session B ${caution} and Ben has an ankle limitation (Sprained in March).`
    ])
    // No other calf raise suits the client, so there is nothing to swap to.
    expect(issues.every((i) => i.severity === 'warning' && i.fix === null)).toBe(true)
  })

  it('stays silent for a client who has the kit, the level and no matching limitation; templates skip client rules', () => {
    const w = cleanWeek()
    w.sessions[0]!.items.splice(1, 0, item('deadlift'))
    expect(issuesOf(documentOf([w]), ctx({ client: clientFacts({ limitations: [{ area: 'wrist', note: '' }] }) }))).toEqual([])
    expect(issuesOf(documentOf([w]), ctx({ client: null }))).toEqual([])
  })

  it('medical clearance needed is an error on the whole program', () => {
    const issues = issuesOf(documentOf([cleanWeek()]), ctx({ client: clientFacts({ name: 'Ben', medicalClearanceNeeded: true }) }))
    expect(issues).toEqual([expect.objectContaining({ ruleId: 'medical-clearance', severity: 'error', target: {}, weeks: [] })])
    expect(issues[0]!.message).toMatch(/^Ben needs a doctor’s clearance/)
  })
})

describe('a move that needs a spotter', () => {
  it('warns until the item has a spotter note, and the fix adds one', () => {
    const w = cleanWeek()
    w.sessions[0]!.items.splice(1, 0, item('good-morning-barbell'))
    const doc = documentOf([w])
    const issues = only(issuesOf(doc), 'needs-spotter')
    expect(issues).toEqual([expect.objectContaining({ severity: 'warning', fix: expect.objectContaining({ kind: 'add-note', label: 'Add a spotter note' }) })])
    const fixed = applyFix(doc, issues[0]!, newUuid)
    expect(fixed.weeks[0]!.sessions[0]!.items[1]!.prescription.notes).toMatch(/spotter/)
    expect(only(issuesOf(fixed), 'needs-spotter')).toEqual([])
  })
})

describe('session length', () => {
  it('estimates from sets, work and rest (hand-computed)', () => {
    // Calf raises 3 x 12-15: 13.5 reps x 4 s = 54 s a set; 3 sets + 2 rests of 45 s + 30 s to change over = 282 s.
    // Heel-to-glute kicks 1 x 5 per side: 5 x 4 s x 2 sides = 40 s + 30 s = 70 s. Together 352 s, about 6 minutes.
    expect(estimateSessionMinutes(session('S', [item('calf-raise-step'), item('heel-to-glute-kicks', 'warm-up')]))).toBe(6)
    // A tempo sets the time of a rep: 3-1-2-0 = 6 s; 2 x 10 reps = 120 s + 60 s rest + 30 s = 210 s, rounded to 4 minutes.
    expect(estimateSessionMinutes(session('S', [item('bodyweight-squat', 'main', { sets: 2, reps: { min: 10, max: 10 }, tempo: '3-1-2-0', restSeconds: 60 })]))).toBe(4)
  })

  it('warns above the trainer’s limit, naming the longest week', () => {
    const weeks = repeatWeeks(cleanWeek(), 2, (i, w) => (i.block === 'main' ? { ...i, prescription: { ...i.prescription, sets: i.prescription.sets + w * 3 } } : i))
    const issues = only(issuesOf(documentOf(weeks), ctx({ sessionLimitMinutes: 15 })), 'session-too-long')
    const a = issues.find((i) => i.message.startsWith('Session A'))
    expect(a?.message).toBe(`Session A takes about ${estimateSessionMinutes(weeks[1]!.sessions[0]!)} minutes in every week, over your 15-minute limit.`)
    expect(only(issuesOf(documentOf(weeks), ctx({ sessionLimitMinutes: 60 })), 'session-too-long')).toEqual([])
  })
})

describe('the measure an exercise is counted in', () => {
  it('warns when a walk has no duration, and is silent when it has one', () => {
    const walk = fullSession('Walk', [item('walking', 'main', { durationMinutes: null })])
    const issues = only(issuesOf(documentOf([week([walk])]), ctx({ weekdays: [1] })), 'measure-missing')
    expect(issues.map((i) => i.message)).toEqual(['Walking is counted in minutes, but Walk gives no target.'])
    expect(only(issuesOf(documentOf([week([fullSession('Walk', [item('walking')])])]), ctx({ weekdays: [1] })), 'measure-missing')).toEqual([])
  })
})

describe('an exercise that is not in the library', () => {
  it('is an error; the other rules skip it', () => {
    const w = cleanWeek()
    w.sessions[0]!.items.splice(1, 0, { ...item('deadlift'), exerciseId: newUuid() })
    expect(issuesOf(documentOf([w])).map((i) => [i.ruleId, i.severity])).toEqual([['unknown-exercise', 'error']])
  })
})

describe('swap candidates', () => {
  it('an exercise suits a client exactly when there is no reason it does not', () => {
    const clients = fc.record({
      level: fc.constantFrom(...TRAINING_LEVELS),
      trainingLocation: fc.constantFrom(...TRAINING_LOCATIONS),
      equipment: fc.subarray([...EQUIPMENT]),
      limitations: fc.subarray([...BODY_AREAS]).map((areas) => areas.map((area) => ({ area, note: '' })))
    })
    fc.assert(
      fc.property(clients, fc.constantFrom(...library.exercises), (changes, e) => suits(e, clientFacts(changes)) === (unfitReasons(e, clientFacts(changes)).length === 0)),
      { numRuns: 500 }
    )
  })

  const facts = (key: string) => library.exercises.find((e) => e.id === exerciseId(key))!

  it('puts ladder neighbours first, easier before harder, and keeps only what suits the client', () => {
    const beginner = clientFacts({ level: 'beginner', trainingLocation: 'home', equipment: ['mat', 'household-weights'] })
    const { items, excluded } = rankSwapCandidates(facts('deadlift'), library.exercises, beginner)
    expect(items.map((c) => c.name).slice(0, 2)).toEqual(['Single-leg deadlift', 'Stiff-leg deadlift with household weights'])
    expect(items[0]).toMatchObject({ ladderSteps: -1, reason: '1 step easier on the Towards the deadlift ladder' })
    expect(items.map((c) => c.name)).not.toContain('Stiff-legged deadlift with a barbell')
    expect(excluded).toBeGreaterThan(0)
  })

  it('without a client, offers every related exercise including harder ones', () => {
    const { items, excluded } = rankSwapCandidates(facts('floor-bridge'), library.exercises, null)
    expect(items.map((c) => c.name).slice(0, 2)).toEqual(['Pelvic lift with calves on a chair', 'Hip thrust'])
    expect(items.map((c) => c.name)).toContain('Glute bridge')
    expect(excluded).toBe(0)
  })
})

describe('the context the core builds', () => {
  it('carries the trainer’s session limit from settings (60 minutes until set)', async () => {
    const t = openTestCore()
    const id = templateId('twelve-week-back-of-thigh-routine')
    expect((await t.value('programs.checkContext', { id })).sessionLimitMinutes).toBe(60)
    expect((await t.value('programs.check', { id })).issues).toEqual([])
    expect((await t.call('settings.update', { sessionLimitMinutes: 10 })).ok).toBe(false)
    await t.value('settings.update', { sessionLimitMinutes: 30 })
    expect((await t.value('settings.get', {})).sessionLimitMinutes).toBe(30)
    const issues = (await t.value('programs.check', { id })).issues
    expect(issues.map((i) => i.ruleId)).toEqual(['session-too-long', 'session-too-long', 'session-too-long'])
    expect(issues[0]!.message).toMatch(/^Session A takes about \d+ minutes in every week, over your 30-minute limit\.$/)
  })

  it('sees every change to the exercises, made by this core or by another connection (a restore, the CLI)', async () => {
    const t = openTestCore()
    const id = templateId(HOME_TEMPLATE)
    const names = async () => (await t.value('programs.checkContext', { id })).exercises.map((e) => e.name)
    const before = await names()
    expect(await names()).toEqual(before)
    const copy = await t.value('exercises.duplicate', { id: exerciseId('deadlift'), name: 'Deadlift, my way' })
    expect(await names()).toContain('Deadlift, my way')
    await t.value('exercises.update', { id: copy.id, content: { ...copy.content, name: 'Deadlift, renamed' } })
    expect(await names()).toContain('Deadlift, renamed')
    const other = new Database(t.db.name)
    other.prepare("UPDATE exercises SET content = json_set(content, '$.name', 'Renamed elsewhere') WHERE id = ?").run(copy.id)
    other.close()
    expect(await names()).toContain('Renamed elsewhere')
    expect(await names()).not.toContain('Deadlift, renamed')
  })

  it('picks a standard warm-up and cool-down the client can do, and describes the client', async () => {
    const t = openTestCore()
    const client = await t.value('clients.create', fullClient({ name: 'Ben', level: 'beginner', trainingLocation: 'home', equipment: ['chair'], limitations: [{ area: 'knee', note: 'Sore' }], readiness: null }))
    const p = await t.value('programs.create', { clientId: client.id, name: 'Block' })
    const context = await t.value('programs.checkContext', { id: p.id })
    expect(context.client).toEqual({ id: client.id, name: 'Ben', level: 'beginner', trainingLocation: 'home', equipment: ['chair'], limitations: [{ area: 'knee', note: 'Sore' }], medicalClearanceNeeded: false })
    // The light jog carries a knee caution and the leg swings need a wall, so neither is offered.
    expect(context.standardWarmUp.map((i) => i.exerciseId)).toEqual([exerciseId('heel-to-glute-kicks'), exerciseId('standing-hamstring-stretch')])
    expect(context.standardCoolDown.map((i) => i.exerciseId)).toEqual([exerciseId('heel-on-chair-stretch')])
    expect(context.exercises.length).toBeGreaterThanOrEqual(30)
    const check = await t.value('programs.check', { id: p.id })
    // An empty program: each of its three sessions lacks both blocks; the fix offers what suits Ben.
    expect(check.issues.map((i) => i.ruleId).sort()).toEqual([...Array(3).fill('cool-down-missing'), ...Array(3).fill('warm-up-missing')])
    expect(check.issues.find((i) => i.ruleId === 'warm-up-missing')!.fix).toEqual({
      kind: 'add-items',
      label: 'Add the standard warm-up (Heel-to-glute kicks and Standing hamstring stretch)',
      block: 'warm-up',
      items: context.standardWarmUp
    })
  })
})
