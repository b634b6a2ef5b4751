import { describe, expect, it } from 'vitest'
import { DefaultPrescription } from '../../src/shared/exercises'
import { formatPrescription, itemLabels } from '../../src/shared/program-document'
import { ProgramDocument, type Program, type ProgramItem } from '../../src/shared/programs'
import { createClientsRepo } from '../../src/main/core/clients/repo'
import { createClientsService } from '../../src/main/core/clients/service'
import { openStore } from '../../src/main/core/db/open'
import { createTombstonesRepo } from '../../src/main/core/db/tombstones'
import { BUILTIN_EXERCISES } from '../../src/main/core/library/exercises'
import { BUILTIN_TEMPLATES, type BuiltinTemplate } from '../../src/main/core/library/templates'
import { buildTemplateDocument } from '../../src/main/core/programs/builtin-templates'
import { createProgramsRepo } from '../../src/main/core/programs/repo'
import { createProgramsBase, createProgramsService } from '../../src/main/core/programs/service'
import { createSettingsRepo } from '../../src/main/core/settings/repo'
import { openTestCore, storeHash, tempDir, type TestCore } from '../helpers/store'
import { exerciseId, templateId } from './helpers'

// The built-in templates: seeded on first run with stable ids, valid, clean under every check, and
// faithful to the articles' numbers.

const byExerciseId = new Map(BUILTIN_EXERCISES.map((e) => [exerciseId(e.key), e]))

async function templates(t: TestCore): Promise<Program[]> {
  return Promise.all(BUILTIN_TEMPLATES.map((tpl) => t.value('programs.get', { id: templateId(tpl.key) })))
}

function exerciseKey(item: ProgramItem): string {
  return byExerciseId.get(item.exerciseId)?.key ?? '?'
}

describe('seeding', () => {
  it('adds the five templates on first run with the same ids in every store, and reopening changes nothing', async () => {
    const dir = tempDir()
    const first = openTestCore(dir)
    const seeded = await templates(first)
    expect(seeded.map((p) => p.document.name)).toEqual([
      'Back of the thighs at home (beginner)',
      'Back of the thighs in the gym (intermediate)',
      'Back of the thighs, heavy (advanced)',
      '12-week back-of-thigh routine',
      'Walking plan: three walks a week'
    ])
    expect(seeded.every((p) => p.builtin && p.isTemplate && p.revision === 1)).toBe(true)
    const hash = storeHash(first.db)
    first.close()
    const again = openTestCore(dir)
    expect(storeHash(again.db)).toBe(hash)
    const other = openTestCore()
    expect(await templates(other)).toEqual(seeded.map((p) => expect.objectContaining({ id: p.id, document: p.document })))
  })

  it('a newer app version updates a changed template in place, keeping the trainer’s archive choice', () => {
    const dir = tempDir()
    const open = (list: BuiltinTemplate[]) => {
      const store = openStore(dir)
      const tombstones = createTombstonesRepo(store.db)
      const clients = createClientsService(store.db, createClientsRepo(store.db), tombstones)
      const base = createProgramsBase({ db: store.db, repo: createProgramsRepo(store.db), tombstones, clients, settings: createSettingsRepo(store.db), templates: list })
      return { store, base, service: createProgramsService(base) }
    }
    // The exercises must be there first: a full core seeds them (and the templates).
    openTestCore(dir).close()
    const v1 = open(BUILTIN_TEMPLATES)
    const walkingId = templateId('walking-plan')
    v1.service.setArchived(walkingId, true)
    const before = v1.base.get(walkingId)
    v1.store.db.close()

    const longerWalks = BUILTIN_TEMPLATES.map((t) => (t.key === 'walking-plan' ? { ...t, progression: { ...t.progression, durationStepMinutes: 3 } } : t))
    const v2 = open(longerWalks)
    expect(v2.service.seedBuiltins()).toEqual({ added: 0, updated: 1 })
    const after = v2.base.get(walkingId)
    expect(after.archivedAt).toBe(before.archivedAt)
    expect(after.revision).toBe(before.revision + 1)
    expect(after.document.weeks[1]!.sessions[0]!.items[2]!.prescription.durationMinutes).toBe(13)
    // Same rows, updated: every id is where it was.
    const ids = (p: Program) => p.document.weeks.flatMap((w) => [w.id, ...w.sessions.flatMap((s) => [s.id, ...s.items.map((i) => i.id)])])
    expect(ids(after)).toEqual(ids(before))
    expect(v2.service.seedBuiltins()).toEqual({ added: 0, updated: 0 })
    v2.store.db.close()
  })
})

describe('every template', () => {
  it.each(BUILTIN_TEMPLATES.map((t) => [t.key, t] as const))('%s is a valid document that passes every check', async (key, tpl) => {
    const doc = buildTemplateDocument(tpl)
    const parsed = ProgramDocument.safeParse(doc)
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true)
    expect(doc.weeks).toHaveLength(tpl.weeks)
    const t = openTestCore()
    const check = await t.value('programs.check', { id: templateId(key) })
    expect(check.issues.map((i) => `${i.severity} ${i.ruleId}: ${i.message}`)).toEqual([])
  })

  it('starts every session with a library warm-up and ends it with a library cool-down', () => {
    for (const tpl of BUILTIN_TEMPLATES) {
      for (const week of buildTemplateDocument(tpl).weeks) {
        for (const s of week.sessions) {
          expect(s.items[0]?.block, `${tpl.key} ${s.name}`).toBe('warm-up')
          expect(s.items.at(-1)?.block, `${tpl.key} ${s.name}`).toBe('cool-down')
          for (const i of s.items.filter((x) => x.block !== 'main')) expect(byExerciseId.get(i.exerciseId)?.category).toBe(i.block)
        }
      }
    }
  })

  it('only uses exercises at or below its level, and the home one only home moves', () => {
    const rank = { beginner: 1, intermediate: 2, advanced: 3 }
    for (const tpl of BUILTIN_TEMPLATES) {
      const items = buildTemplateDocument(tpl).weeks[0]!.sessions.flatMap((s) => s.items)
      for (const i of items) expect(rank[byExerciseId.get(i.exerciseId)!.level], `${tpl.key} ${exerciseKey(i)}`).toBeLessThanOrEqual(rank[tpl.level])
    }
    const home = buildTemplateDocument(BUILTIN_TEMPLATES.find((t) => t.key === 'home-beginner-back-of-thigh')!)
    for (const i of home.weeks[0]!.sessions.flatMap((s) => s.items)) expect(byExerciseId.get(i.exerciseId)!.setting).not.toBe('gym')
  })
})

describe('what the templates carry from the articles', () => {
  const get = (key: string) => buildTemplateDocument(BUILTIN_TEMPLATES.find((t) => t.key === key)!)

  it('the 12-week routine: deadlifts 3 x 8-12, curls 3 x 10-15, bridges 3 x 15, thrusts 3 x 8-12, lunges 2 x 12-15 per leg, in three phases', () => {
    const doc = get('twelve-week-back-of-thigh-routine')
    expect(doc.weeks).toHaveLength(12)
    expect(doc.sessionsPerWeek).toBe(3)
    const week1 = doc.weeks[0]!.sessions[0]!.items.filter((i) => i.block === 'main')
    expect(week1.map((i) => [exerciseKey(i), i.prescription.sets, i.prescription.reps, i.prescription.perSide])).toEqual([
      ['deadlift', 3, { min: 8, max: 12 }, false],
      ['lying-leg-curl-machine', 3, { min: 10, max: 15 }, false],
      ['glute-bridge', 3, { min: 15, max: 15 }, false],
      ['hip-thrust', 3, { min: 8, max: 12 }, false],
      ['walking-lunges', 2, { min: 12, max: 15 }, true]
    ])
    expect(doc.weeks.map((w) => w.phase)).toEqual([...Array(4).fill('Muscular endurance'), ...Array(4).fill('Definition'), ...Array(4).fill('Strength')])
    // Strength weeks ask for fewer reps at a higher effort than endurance weeks.
    const deadlift = (w: number) => doc.weeks[w]!.sessions[0]!.items.find((i) => exerciseKey(i) === 'deadlift')!.prescription
    expect(deadlift(8).reps!.max).toBeLessThan(deadlift(0).reps!.max)
    expect(deadlift(8).load).toEqual({ kind: 'rpe', value: 8 })
  })

  it('the walking plan: at least three walks of at least ten minutes every week, building up', () => {
    const doc = get('walking-plan')
    const minutes = doc.weeks.map((w) => w.sessions.map((s) => s.items.find((i) => exerciseKey(i) === 'walking')!.prescription.durationMinutes!))
    for (const week of minutes) {
      expect(week.length).toBeGreaterThanOrEqual(3)
      for (const m of week) expect(m).toBeGreaterThanOrEqual(10)
    }
    expect(minutes.map((w) => w[0])).toEqual([10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30, 32])
  })

  it('the advanced program has a spotter note on the good morning in every week', () => {
    const doc = get('advanced-back-of-thigh')
    const goodMornings = doc.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items)).filter((i) => exerciseKey(i) === 'good-morning-barbell')
    expect(goodMornings).toHaveLength(doc.weeks.length)
    for (const i of goodMornings) expect(i.prescription.notes).toMatch(/spotter/i)
  })

  it('the gym program pairs curls and calf raises as a superset (A1/A2)', () => {
    const session = get('gym-intermediate-back-of-thigh').weeks[0]!.sessions[0]!
    const labels = itemLabels(session.items)
    expect(session.items.map((i) => [exerciseKey(i), labels.get(i.id)])).toContainEqual(['seated-leg-curl-machine', 'A1'])
    expect(session.items.map((i) => [exerciseKey(i), labels.get(i.id)])).toContainEqual(['calf-raise-step', 'A2'])
  })

  it('start from the library’s default prescriptions where they say nothing else', () => {
    const session = get('home-beginner-back-of-thigh').weeks[0]!.sessions[0]!
    const squat = session.items.find((i) => exerciseKey(i) === 'bodyweight-squat')!
    const defaults = DefaultPrescription.parse(BUILTIN_EXERCISES.find((e) => e.key === 'bodyweight-squat')!.defaultPrescription)
    expect(formatPrescription(squat.prescription)).toBe(`${defaults.sets} × ${defaults.reps!.min}-${defaults.reps!.max}, rest ${defaults.restSeconds} s`)
  })
})
