import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../src/main/core/index'
import type { Exercise, ExerciseSummary } from '../../src/shared/exercises'

let dataDir: string
let core: Core

async function value<T>(method: string, input: unknown = {}): Promise<T> {
  const envelope = await core.call(method, input)
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`)
  return envelope.value as T
}

async function names(input: unknown): Promise<string[]> {
  const list = await value<{ items: ExerciseSummary[] }>('exercises.list', { limit: 500, ...(input as object) })
  return list.items.map((i) => i.name)
}

async function byName(name: string): Promise<Exercise> {
  const list = await value<{ items: ExerciseSummary[] }>('exercises.list', { query: name, limit: 500, includeHidden: true })
  const hit = list.items.find((i) => i.name === name)
  if (!hit) throw new Error(`no exercise named ${name}`)
  return value<Exercise>('exercises.get', { id: hit.id })
}

// 1x1 transparent PNG
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

const custom = {
  name: 'Banded Nordic curl',
  category: 'strength',
  pattern: 'knee-flexion',
  primaryMuscles: ['biceps-femoris', 'semitendinosus'],
  equipment: ['resistance-bands', 'mat'],
  level: 'advanced',
  setting: 'both',
  laterality: 'both-sides',
  measurement: 'reps',
  defaultPrescription: { sets: 3, reps: { min: 4, max: 6 }, restSeconds: 120 },
  steps: ['Kneel on the mat with the band anchored behind you and looped under your chest.', 'Lower your body forward slowly, resisting with the backs of your thighs.'],
  cues: ['Keep hips extended: a straight line from knees to shoulders.'],
  cautions: [{ area: 'knee', note: 'Pad the knees well.' }]
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'spotter-ex-'))
  core = createCore({ dataDir, checkOutputs: true })
})
afterEach(() => {
  core.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('exercise library', () => {
  it('is seeded on first run with stable ids, and reseeding changes nothing', async () => {
    const first = await value<{ items: ExerciseSummary[]; total: number }>('exercises.list', { limit: 500 })
    expect(first.total).toBeGreaterThanOrEqual(30)
    expect(first.items.every((i) => i.builtin)).toBe(true)
    core.close()
    core = createCore({ dataDir, checkOutputs: true })
    const again = await value<{ items: ExerciseSummary[] }>('exercises.list', { limit: 500 })
    expect(again.items.map((i) => i.id)).toEqual(first.items.map((i) => i.id))
    // Another install gets the same ids for the built-ins.
    const otherDir = mkdtempSync(join(tmpdir(), 'spotter-ex2-'))
    const other = createCore({ dataDir: otherDir })
    const otherList = await other.call('exercises.list', { limit: 500 })
    other.close()
    rmSync(otherDir, { recursive: true, force: true })
    expect(otherList.ok && (otherList.value as { items: ExerciseSummary[] }).items.map((i) => i.id).sort()).toEqual(first.items.map((i) => i.id).sort())
  })

  it('finds exercises as you type by name prefix, alias, muscle and cue, accent-insensitively', async () => {
    expect(await names({ query: 'hip thr' })).toContain('Hip thrust')
    const byMuscle = await names({ query: 'semitendinosus' })
    expect(byMuscle.length).toBeGreaterThan(3)
    expect(await names({ query: 'gastrocnémius' })).toEqual(await names({ query: 'gastrocnemius' }))
    expect(await names({ query: 'zzzz-nothing' })).toEqual([])
  })

  it('filters by muscle group, equipment, level, setting and category', async () => {
    const calves = await value<{ items: ExerciseSummary[] }>('exercises.list', { muscleGroup: 'calves', limit: 500 })
    expect(calves.items.length).toBeGreaterThan(0)
    expect(calves.items.every((i) => i.muscleGroups.includes('calves'))).toBe(true)
    const homeBeginner = await value<{ items: ExerciseSummary[] }>('exercises.list', { setting: 'home', level: 'beginner', limit: 500 })
    expect(homeBeginner.items.length).toBeGreaterThan(3)
    expect(homeBeginner.items.every((i) => i.level === 'beginner' && i.setting !== 'gym')).toBe(true)
    const barbell = await value<{ items: ExerciseSummary[] }>('exercises.list', { equipment: 'barbell', limit: 500 })
    expect(barbell.items.every((i) => i.equipment.includes('barbell'))).toBe(true)
    const bodyweight = await value<{ items: ExerciseSummary[] }>('exercises.list', { equipment: 'none', limit: 500 })
    expect(bodyweight.items.every((i) => i.equipment.length === 0)).toBe(true)
    const warmups = await value<{ items: ExerciseSummary[] }>('exercises.list', { category: 'warm-up', limit: 500 })
    expect(warmups.items.length).toBeGreaterThanOrEqual(3)
  })

  it("narrows the library to what fits a client's equipment, level, place and limitations", async () => {
    const client = await value<{ id: string }>('clients.create', {
      name: 'Home Beginner',
      level: 'beginner',
      trainingLocation: 'home',
      equipment: ['mat', 'chair'],
      limitations: [{ area: 'knee', note: 'sore' }]
    })
    const fit = await value<{ items: ExerciseSummary[]; excludedByLimitations: number }>('exercises.list', { fitsClientId: client.id, limit: 500 })
    expect(fit.items.length).toBeGreaterThan(0)
    for (const item of fit.items) {
      expect(item.level).toBe('beginner')
      expect(item.setting).not.toBe('gym')
      expect(item.equipment.every((e) => ['mat', 'chair'].includes(e))).toBe(true)
      const full = await value<Exercise>('exercises.get', { id: item.id })
      expect(full.content.cautions.map((c) => c.area)).not.toContain('knee')
    }
    expect(fit.excludedByLimitations).toBeGreaterThan(0)
  })

  it('shows each ladder with the exercise placed on it', async () => {
    const chairLift = (await names({ query: 'pelvic', limit: 50 }))[0]!
    const exercise = await byName(chairLift)
    expect(exercise.ladders.length).toBeGreaterThan(0)
    const ladder = exercise.ladders[0]!
    expect(ladder.steps[ladder.position]!.id).toBe(exercise.id)
    expect(ladder.steps.length).toBeGreaterThanOrEqual(3)
  })

  it('keeps built-ins read-only, lets the trainer duplicate, hide and show them', async () => {
    const hipThrust = await byName('Hip thrust')
    const edit = await core.call('exercises.update', { id: hipThrust.id, content: { ...custom } })
    expect(edit).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const copy = await value<Exercise>('exercises.duplicate', { id: hipThrust.id, name: 'Hip thrust, paused' })
    expect(copy.builtin).toBe(false)
    expect(copy.basedOnId).toBe(hipThrust.id)
    expect(copy.ladders.map((l) => l.key)).toEqual(hipThrust.ladders.map((l) => l.key))
    await value('exercises.update', { id: copy.id, content: { ...hipThrust.content, name: 'Hip thrust, paused', steps: ['Pause two seconds at the top.'] } })
    expect((await value<Exercise>('exercises.get', { id: copy.id })).content.steps).toEqual(['Pause two seconds at the top.'])
    expect((await value<Exercise>('exercises.get', { id: hipThrust.id })).content.steps).not.toEqual(['Pause two seconds at the top.'])

    await value('exercises.hide', { id: hipThrust.id })
    expect(await names({ query: 'hip thrust' })).toEqual(['Hip thrust, paused'])
    expect(await names({ query: 'hip thrust', includeHidden: true })).toContain('Hip thrust')
    await value('exercises.show', { id: hipThrust.id })
    expect(await names({ query: 'hip thrust' })).toContain('Hip thrust')
  })

  it('creates, edits, archives and restores custom exercises, with a picture', async () => {
    const created = await value<Exercise>('exercises.create', custom)
    expect(created.builtin).toBe(false)
    expect(await names({ query: 'nordic' })).toEqual(['Banded Nordic curl'])
    await value('exercises.setImage', { id: created.id, mimeType: 'image/png', dataBase64: PNG })
    expect(await value('exercises.image', { id: created.id })).toEqual({ mimeType: 'image/png', dataBase64: PNG })
    const notPng = await core.call('exercises.setImage', { id: created.id, mimeType: 'image/png', dataBase64: Buffer.from('GIF89a-not-a-png').toString('base64') })
    expect(notPng).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await value('exercises.archive', { id: created.id })
    expect(await names({ query: 'nordic' })).toEqual([])
    expect(await names({ query: 'nordic', includeArchived: true })).toEqual(['Banded Nordic curl'])
    await value('exercises.restore', { id: created.id })
    await value('exercises.removeImage', { id: created.id })
    expect(await value('exercises.image', { id: created.id })).toBeNull()
  })

  it('rejects invalid exercises with the field named and writes nothing', async () => {
    const before = (await value<{ total: number }>('exercises.list', { includeArchived: true, includeHidden: true })).total
    const bad = await core.call('exercises.create', { ...custom, primaryMuscles: [], defaultPrescription: { sets: 0, restSeconds: 60 } })
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['primaryMuscles', 'defaultPrescription.sets']))
    const mismatch = await core.call('exercises.create', { ...custom, measurement: 'hold' })
    expect(mismatch).toMatchObject({ ok: false, error: { issues: [{ path: 'defaultPrescription' }] } })
    expect((await value<{ total: number }>('exercises.list', { includeArchived: true, includeHidden: true })).total).toBe(before)
  })

  it('serves the muscle guide with every back-of-leg group', async () => {
    const guide = await value<{ groups: { group: string; muscles: string[] }[] }>('exercises.muscleGuide')
    expect(guide.groups.map((g) => g.group)).toEqual(expect.arrayContaining(['hamstrings', 'glutes', 'calves']))
    expect(guide.groups.find((g) => g.group === 'hamstrings')!.muscles).toEqual(
      expect.arrayContaining(['biceps-femoris', 'semitendinosus', 'semimembranosus'])
    )
  })
})

describe('the library list stays current', () => {
  it('shows a change made through another connection to the same file (e.g. the command line)', async () => {
    expect(await names({ query: 'nordic' })).toEqual([])
    const other = createCore({ dataDir })
    const created = await other.call('exercises.create', custom)
    other.close()
    expect(created.ok).toBe(true)
    expect(await names({ query: 'nordic' })).toEqual(['Banded Nordic curl'])
  })

  it('puts exercises whose name matches before those matched by muscle or cue', async () => {
    // "hamstring" is in some names or aliases and in the muscles of many more moves.
    const list = await value<{ items: ExerciseSummary[] }>('exercises.list', { query: 'hamstring', limit: 500 })
    const named: boolean[] = []
    for (const item of list.items) {
      const { content } = await value<Exercise>('exercises.get', { id: item.id })
      named.push([content.name, ...content.aliases].some((n) => /hamstring/i.test(n)))
    }
    expect(named.filter(Boolean).length).toBeGreaterThan(0)
    expect(named.filter((n) => !n).length).toBeGreaterThan(0)
    expect(named).toEqual([...named].sort((a, b) => Number(b) - Number(a)))
  })
})
