import { describe, expect, it } from 'vitest'
import {
  EXERCISE_CATEGORIES,
  ExerciseContent,
  MUSCLE_GROUP_OF,
  MUSCLE_GROUPS,
  MUSCLES,
  MuscleGuide as MuscleGuideSchema
} from '../../src/shared/exercises'
import { TRAINING_LEVELS } from '../../src/shared/vocabulary'
import { BUILTIN_EXERCISES, LADDERS, LIBRARY, MUSCLE_GUIDE } from '../../src/main/core/library/index'

const byKey = new Map(BUILTIN_EXERCISES.map((e) => [e.key, e]))
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/

describe('built-in exercises', () => {
  it('has at least 30 entries, each valid against the shared schema', () => {
    expect(BUILTIN_EXERCISES.length).toBeGreaterThanOrEqual(30)
    for (const { key, ...content } of BUILTIN_EXERCISES) {
      const parsed = ExerciseContent.safeParse(content)
      expect(parsed.success, `${key}: ${parsed.error?.message}`).toBe(true)
    }
  })

  it('has unique kebab-case keys and unique names (case-insensitive)', () => {
    const keys = BUILTIN_EXERCISES.map((e) => e.key)
    for (const key of keys) expect(key).toMatch(KEBAB)
    expect(new Set(keys).size).toBe(keys.length)
    const names = BUILTIN_EXERCISES.map((e) => e.name.toLowerCase())
    expect(new Set(names).size).toBe(names.length)
  })

  it('uses every category', () => {
    const used = new Set(BUILTIN_EXERCISES.map((e) => e.category))
    expect([...used].sort()).toEqual([...EXERCISE_CATEGORIES].sort())
  })

  it('fills every field a client reads on paper', () => {
    for (const e of BUILTIN_EXERCISES) {
      const where = e.key
      expect(e.summary!.length, where).toBeGreaterThan(40)
      expect(e.aliases!.length, where).toBeGreaterThan(0)
      expect(e.steps.length, where).toBeGreaterThanOrEqual(3)
      expect(e.steps.length, where).toBeLessThanOrEqual(8)
      expect(e.cues!.length, where).toBeGreaterThan(0)
      expect(e.breathing!.length, where).toBeGreaterThan(0)
      expect(e.safety!.length, where).toBeGreaterThan(0)
      expect(e.variations!.length, where).toBeGreaterThan(0)
      // Each line reads as a sentence someone can follow: capitalised, ends with punctuation.
      for (const line of [...e.steps, ...e.cues!, ...e.breathing!, ...e.safety!, ...e.variations!]) {
        expect(line, where).toMatch(/^[A-Z0-9"]/)
        expect(line, where).toMatch(/[.!?)]$/)
      }
    }
  })

  it('marks one-side moves per side and gives rest only to strength work', () => {
    for (const e of BUILTIN_EXERCISES) {
      const p = e.defaultPrescription
      if (p.perSide) expect(e.laterality, e.key).toBe('one-side')
      if (e.category === 'strength') expect(p.restSeconds, e.key).toBeGreaterThanOrEqual(45)
      else expect(p.restSeconds, e.key).toBe(0)
    }
  })

  it('covers every muscle group and every level, at home and in the gym', () => {
    const groups = new Set(BUILTIN_EXERCISES.flatMap((e) => [...e.primaryMuscles, ...(e.secondaryMuscles ?? [])].map((m) => MUSCLE_GROUP_OF[m])))
    expect([...groups].sort()).toEqual([...MUSCLE_GROUPS].sort())
    expect(new Set(BUILTIN_EXERCISES.map((e) => e.level))).toEqual(new Set(TRAINING_LEVELS))
    const homeBeginner = BUILTIN_EXERCISES.filter((e) => e.level === 'beginner' && e.setting !== 'gym' && e.category === 'strength')
    expect(homeBeginner.length).toBeGreaterThanOrEqual(8)
  })

  it('carries cautions for the limitations program checks will match: knee, lower back, balance', () => {
    const areas = new Set(BUILTIN_EXERCISES.flatMap((e) => (e.cautions ?? []).map((c) => c.area)))
    for (const area of ['knee', 'lower-back', 'balance'] as const) expect(areas).toContain(area)
    // A home beginner with a sore knee still has bodyweight options left.
    const kneeSafeHome = BUILTIN_EXERCISES.filter(
      (e) => e.category === 'strength' && e.level === 'beginner' && e.setting !== 'gym' && !(e.cautions ?? []).some((c) => c.area === 'knee')
    )
    expect(kneeSafeHome.length).toBeGreaterThanOrEqual(4)
  })

  it('flags the spotter on exactly the moves that need one', () => {
    const spotted = BUILTIN_EXERCISES.filter((e) => e.needsSpotter).map((e) => e.key)
    expect(spotted).toEqual(['good-morning-barbell'])
    for (const e of BUILTIN_EXERCISES.filter((x) => x.equipment!.includes('barbell'))) {
      expect(e.safety!.join(' ').toLowerCase(), e.key).toMatch(/spotter|load you can|weight you can|pad the bar/)
    }
  })
})

describe('ladders', () => {
  it('reference existing exercises, once per ladder, easiest first', () => {
    const rank = (level: string) => TRAINING_LEVELS.indexOf(level as (typeof TRAINING_LEVELS)[number])
    expect(new Set(LADDERS.map((l) => l.key)).size).toBe(LADDERS.length)
    for (const ladder of LADDERS) {
      expect(ladder.key).toMatch(KEBAB)
      expect(ladder.steps.length, ladder.key).toBeGreaterThanOrEqual(3)
      expect(new Set(ladder.steps).size, ladder.key).toBe(ladder.steps.length)
      const levels = ladder.steps.map((key) => {
        const exercise = byKey.get(key)
        expect(exercise, `${ladder.key} -> ${key}`).toBeDefined()
        return rank(exercise!.level)
      })
      expect(levels, ladder.key).toEqual([...levels].sort((a, b) => a - b))
    }
  })

  it('include the progressions the issue names, in order', () => {
    const order = (key: string) => LADDERS.find((l) => l.key === key)!.steps
    const inOrder = (steps: string[], wanted: string[]) => expect(steps.filter((s) => wanted.includes(s))).toEqual(wanted)
    inOrder(order('bridge'), ['floor-bridge', 'pelvic-lift-chair', 'hip-thrust'])
    inOrder(order('leg-curl'), ['prone-floor-leg-curl', 'stability-ball-leg-curl', 'seated-leg-curl-machine', 'dumbbell-leg-curl-incline'])
    inOrder(order('stiff-leg-hinge'), ['stiff-leg-deadlift-household', 'stiff-leg-deadlift-dumbbells', 'stiff-leg-deadlift-barbell', 'good-morning-barbell'])
    inOrder(order('squat-lunge'), ['extended-lunge', 'chair-lunge', 'walking-lunges'])
  })
})

describe('muscle guide', () => {
  it('matches the contract and covers every muscle group and muscle once', () => {
    expect(MuscleGuideSchema.parse(MUSCLE_GUIDE)).toEqual(MUSCLE_GUIDE)
    expect(MUSCLE_GUIDE.groups.map((g) => g.group).sort()).toEqual([...MUSCLE_GROUPS].sort())
    expect(MUSCLE_GUIDE.groups.flatMap((g) => g.muscles).sort()).toEqual([...MUSCLES].sort())
    for (const g of MUSCLE_GUIDE.groups) for (const m of g.muscles) expect(MUSCLE_GROUP_OF[m]).toBe(g.group)
    expect(LIBRARY.guide).toBe(MUSCLE_GUIDE)
  })

  const text = (id: string) => MUSCLE_GUIDE.sections.find((s) => s.id === id)!.paragraphs.join(' ')
  const group = (g: string) => MUSCLE_GUIDE.groups.find((x) => x.group === g)!.paragraphs.join(' ')

  it('explains the anatomy: three hamstrings that bend the knee, help the hip and protect the knee; two calf muscles', () => {
    expect(group('hamstrings')).toMatch(/Three muscles/)
    for (const name of ['biceps femoris', 'semitendinosus', 'semimembranosus']) expect(group('hamstrings')).toContain(name)
    expect(group('hamstrings')).toMatch(/bend the knee/)
    expect(group('hamstrings')).toMatch(/hip/)
    expect(group('hamstrings')).toMatch(/knee joint/)
    expect(group('calves')).toMatch(/gastrocnemius/)
    expect(group('calves')).toMatch(/soleus/)
  })

  it('names every benefit the sources give', () => {
    const why = text('why')
    for (const fact of [/Posture/, /weak next to the quadriceps/, /Knee support/, /sprints/, /jumps/, /range of motion/, /lower back pain/, /stairs/, /bending/]) {
      expect(why).toMatch(fact)
    }
  })

  it('gives the self-check warning signs, the training rules, the expected course and the safety rules', () => {
    expect(text('self-check')).toMatch(/touch the floor/)
    expect(text('self-check')).toMatch(/tingling sensation behind your knees/)
    const how = text('how-to-train')
    for (const fact of [/Two to three sessions a week/, /48 hours/, /warm-up/, /cool-down/, /quadriceps and the calves/, /add weight or resistance, more repetitions or an extra session/, /Vary the moves/, /Form comes before volume/, /form checked/]) {
      expect(how).toMatch(fact)
    }
    const expectations = text('what-to-expect')
    expect(expectations).toMatch(/Weeks 1 to 4.*endurance/)
    expect(expectations).toMatch(/Weeks 5 to 8.*definition/)
    expect(expectations).toMatch(/Weeks 9 to 12.*strength/)
    expect(text('recovery')).toMatch(/water/)
    const safety = text('safety')
    expect(safety).toMatch(/sharp/)
    expect(safety).toMatch(/health professional/)
    expect(safety).toMatch(/spotter/)
    expect(safety).toMatch(/weights you can control/)
  })
})
