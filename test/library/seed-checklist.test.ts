import { describe, expect, it } from 'vitest'
import { BUILTIN_EXERCISES, type BuiltinExercise } from '../../src/main/core/library/index'

// Every exercise, warm-up and cool-down of seed-facts.md, looked up the way a trainer would type it.

const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()

function find(name: string): BuiltinExercise[] {
  return BUILTIN_EXERCISES.filter((e) => [e.name, ...(e.aliases ?? [])].some((n) => fold(n) === fold(name)))
}
function one(name: string): BuiltinExercise {
  const hits = find(name)
  expect(hits.map((h) => h.name), name).toHaveLength(1)
  return hits[0]!
}
const all = (e: BuiltinExercise) => [e.summary ?? '', ...e.steps, ...(e.cues ?? []), ...(e.breathing ?? []), ...(e.safety ?? []), ...(e.variations ?? [])].join(' ')

/** One row per line of seed-facts.md (exercises named, warm-up, cool-down): the names a trainer would search for. */
const CHECKLIST: { seed: string; names: string[] }[] = [
  { seed: '1. Stiff-leg deadlift with household weights', names: ['Stiff-leg deadlift with household weights'] },
  { seed: '2. Single-leg deadlift', names: ['Single-leg deadlift'] },
  { seed: '3. Extended (long-step) lunge with a one-second hold', names: ['Extended lunge', 'Long-step lunge'] },
  { seed: '4. Bodyweight squat', names: ['Bodyweight squat'] },
  { seed: '5. Stability-ball leg curl', names: ['Stability-ball leg curl'] },
  { seed: '6. Calf raise on a step or block', names: ['Calf raise on a step'] },
  { seed: '7. Walking', names: ['Walking'] },
  { seed: '8. Pelvic lift with calves on a chair; the classic floor version', names: ['Pelvic lift with calves on a chair', 'Classic pelvic lift'] },
  { seed: '9. Chair lunge', names: ['Chair lunge'] },
  { seed: '10. Prone floor leg curl on a mat', names: ['Prone leg curl on a mat'] },
  { seed: '11. Seated leg-curl machine', names: ['Seated leg curl machine'] },
  { seed: '12. Hamstring curls (machine or stability ball)', names: ['Hamstring curls'] },
  { seed: '13. Glute bridge; hip thrust', names: ['Glute bridge', 'Hip thrust'] },
  { seed: '14. Walking lunges, optionally holding dumbbells', names: ['Walking lunges'] },
  { seed: '15. Deadlift', names: ['Deadlift'] },
  { seed: '16. Stiff-legged deadlift with a barbell', names: ['Stiff-legged deadlift with a barbell'] },
  { seed: '17. Stiff-legged deadlift with dumbbells', names: ['Stiff-legged deadlift with dumbbells'] },
  { seed: '18. Dumbbell leg curl lying face down on a slightly inclined bench', names: ['Dumbbell leg curl'] },
  { seed: '19. Good morning with a barbell', names: ['Good morning'] },
  { seed: 'Warm-up: about ten minutes of light cardio (jogging) or dynamic stretches', names: ['Light jog warm-up', 'Dynamic stretches'] },
  { seed: 'Warm-up: standing hamstring stretch', names: ['Standing hamstring stretch'] },
  { seed: 'Warm-up: heel-to-glute kicks', names: ['Heel-to-glute kicks'] },
  { seed: 'Warm-up: gentle hamstring and calf stretches', names: ['Hamstring stretch', 'Calf stretch'] },
  { seed: 'Cool-down: standing toe-drag hamstring stretch', names: ['Standing toe-drag hamstring stretch'] },
  { seed: 'Cool-down: heel on a chair, hinge forward at the hips', names: ['Heel on a chair hamstring stretch'] },
  { seed: 'Cool-down: hurdler stretch', names: ['Hurdler stretch'] },
  { seed: 'Cool-down: legs supported on a wall', names: ['Legs up the wall'] },
  { seed: 'Cool-down: a short yoga sequence; foam rolling', names: ['Short yoga sequence', 'Foam rolling'] }
]

describe('seed-facts checklist', () => {
  it.each(CHECKLIST)('$seed is in the library, complete', ({ names }) => {
    for (const name of names) {
      const hits = find(name)
      expect(hits.length, `nothing named "${name}"`).toBeGreaterThan(0)
      for (const e of hits) {
        expect(e.steps.length, e.key).toBeGreaterThanOrEqual(3)
        expect(e.primaryMuscles.length, e.key).toBeGreaterThan(0)
        expect(e.level, e.key).toBeDefined()
        expect(Array.isArray(e.equipment), e.key).toBe(true)
        expect(e.defaultPrescription.sets, e.key).toBeGreaterThan(0)
      }
    }
  })

  it('places warm-ups and cool-downs in their categories', () => {
    for (const name of ['Light jog warm-up', 'Leg swings', 'Standing hamstring stretch', 'Heel-to-glute kicks', 'Gentle calf stretch']) {
      expect(one(name).category, name).toBe('warm-up')
    }
    for (const name of ['Standing toe-drag hamstring stretch', 'Heel-on-chair hamstring stretch', 'Hurdler stretch', 'Legs up the wall', 'Short yoga cool-down', 'Foam rolling']) {
      expect(one(name).category, name).toBe('cool-down')
    }
  })

  it('keeps each stiff-leg deadlift version as its own entry', () => {
    const versions = ['Stiff-leg deadlift with household weights', 'Stiff-legged deadlift with dumbbells', 'Stiff-legged deadlift with a barbell'].map(one)
    expect(versions.map((v) => v.equipment)).toEqual([['household-weights'], ['dumbbells'], ['barbell']])
    expect(versions.map((v) => v.level)).toEqual(['beginner', 'advanced', 'advanced'])
  })
})

describe("the articles' numbers", () => {
  const rx = (name: string) => one(name).defaultPrescription

  it('routine: glute bridge 3 x 15, hip thrust 3 x 8-12, walking lunges 2 x 12-15 per leg, deadlift 3 x 8-12', () => {
    expect(rx('Glute bridge')).toMatchObject({ sets: 3, reps: { min: 15, max: 15 } })
    expect(rx('Hip thrust')).toMatchObject({ sets: 3, reps: { min: 8, max: 12 } })
    expect(rx('Walking lunges')).toMatchObject({ sets: 2, reps: { min: 12, max: 15 }, perSide: true })
    expect(rx('Deadlift')).toMatchObject({ sets: 3, reps: { min: 8, max: 12 } })
    expect(one('Deadlift').primaryMuscles).toEqual(expect.arrayContaining(['biceps-femoris', 'gluteus-maximus', 'erector-spinae']))
  })

  it('hamstring curls, on a machine or a ball, are 3 x 10-15', () => {
    const curls = find('Hamstring curls')
    expect(curls.map((c) => c.equipment).flat()).toEqual(expect.arrayContaining(['leg-curl-machine', 'stability-ball']))
    for (const c of curls) expect(c.defaultPrescription, c.key).toMatchObject({ sets: 3, reps: { min: 10, max: 15 } })
  })

  it('chair lunge: beginners 3 x 10 per leg with a five-count hold', () => {
    expect(rx('Chair lunge')).toMatchObject({ sets: 3, reps: { min: 10, max: 10 }, holdSeconds: 5, perSide: true })
    expect(one('Chair lunge').level).toBe('beginner')
  })

  it('pelvic lift on a chair: five-count hold, about 12 to start and about 30 at intermediate; floor bridge is easier', () => {
    expect(rx('Pelvic lift with calves on a chair')).toMatchObject({ reps: { min: 12, max: 12 }, holdSeconds: 5 })
    expect(all(one('Pelvic lift with calves on a chair'))).toMatch(/30/)
    expect(all(one('Pelvic lift with calves on a chair'))).toMatch(/floor bridge/)
  })

  it('good morning: advanced, always a spotter, ten-second hold, several months of training first', () => {
    const gm = one('Good morning')
    expect(gm.level).toBe('advanced')
    expect(gm.needsSpotter).toBe(true)
    expect(gm.defaultPrescription.holdSeconds).toBe(10)
    expect(all(gm)).toMatch(/several months/)
  })

  it('walking: at least ten minutes, three times a week, supportive shoes, lean slightly from the hips', () => {
    const walk = one('Walking')
    expect(walk.category).toBe('cardio')
    expect(walk.measurement).toBe('duration')
    expect(walk.defaultPrescription.durationMinutes).toBeGreaterThanOrEqual(10)
    expect(all(walk)).toMatch(/three times a week/)
    expect(all(walk)).toMatch(/arch support/)
    expect(all(walk)).toMatch(/forward slightly from the hips/)
  })

  it('prone floor curl: about ten reps for beginners, breathing in on the way up and out on the way down', () => {
    expect(rx('Prone leg curl on a mat')).toMatchObject({ reps: { min: 10, max: 10 } })
    expect(one('Prone leg curl on a mat').breathing!.join(' ')).toMatch(/in as your calves lift, breathe out as you lower/)
  })

  it('seated machine curl: pad on the lower calves, one-second hold, slow return', () => {
    const curl = one('Seated leg curl machine')
    expect(curl.defaultPrescription.holdSeconds).toBe(1)
    expect(all(curl)).toMatch(/lower calves/)
    expect(all(curl)).toMatch(/slowly back/)
  })

  it('barbell stiff-legged deadlift: overhand grip, straps for heavy loads, bar between knees and feet', () => {
    const text = all(one('Stiff-legged deadlift with a barbell'))
    expect(text).toMatch(/overhand grip/)
    expect(text).toMatch(/wrist straps/)
    expect(text).toMatch(/between knees and feet/)
  })

  it('keeps both breathing cues for the stiff-legged deadlift: barbell in-down, dumbbell out-down', () => {
    const barbell = one('Stiff-legged deadlift with a barbell').breathing!.join(' ')
    const dumbbell = one('Stiff-legged deadlift with dumbbells').breathing!.join(' ')
    expect(barbell).toMatch(/Breathe in as you lower/)
    expect(dumbbell).toMatch(/breathe out as you lower/)
    expect(barbell).toMatch(/opposite/)
    expect(dumbbell).toMatch(/reverse of the barbell/)
  })

  it('warm-ups: ten minutes of light cardio, five-second hamstring holds, about five heel kicks a leg', () => {
    expect(rx('Light jog warm-up')).toMatchObject({ durationMinutes: 10 })
    expect(rx('Standing hamstring stretch')).toMatchObject({ holdSeconds: 5, perSide: true })
    expect(all(one('Standing hamstring stretch'))).toMatch(/toes up/)
    expect(rx('Heel-to-glute kicks')).toMatchObject({ reps: { min: 5, max: 5 }, perSide: true })
  })

  it('extended lunge holds one second; single-leg deadlift carries a balance caution; foam rolling mentions hydration', () => {
    expect(rx('Extended lunge')).toMatchObject({ holdSeconds: 1, perSide: true })
    expect(one('Single-leg deadlift').cautions!.map((c) => c.area)).toContain('balance')
    expect(all(one('Foam rolling'))).toMatch(/hydrat/)
  })
})
