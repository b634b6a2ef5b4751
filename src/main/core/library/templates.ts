import type { Block, GroupKind, PrescriptionInput, ProgressionRuleInput } from '../../../shared/programs'
import type { TrainingLevel } from '../../../shared/vocabulary'

// Built-in program templates, in our own words. Week 1 is written out here; the other weeks come
// from the template's progression rule when the core seeds them (so the maths is the designer's).
// Keys are stable (ids derive from them): never rename one. Read-only in the app, but a trainer can
// duplicate or assign any of them. A test runs every check on each and expects no error.

export interface TemplateItem {
  /** A built-in exercise key. */
  exercise: string
  block: Block
  /** Changes to the exercise's default prescription. */
  prescription?: Partial<PrescriptionInput>
  group?: string
  groupKind?: GroupKind
}

export interface TemplateSession {
  name: string
  items: TemplateItem[]
}

export interface BuiltinTemplate {
  key: string
  name: string
  goal: string
  level: TrainingLevel
  description: string
  /** Suggested days (ISO, 1 = Monday); the trainer picks the real ones when assigning. */
  weekdays: number[]
  weeks: number
  sessions: TemplateSession[]
  progression: ProgressionRuleInput
}

const warm = (exercise: string, prescription?: Partial<PrescriptionInput>): TemplateItem => ({ exercise, block: 'warm-up', prescription })
const main = (exercise: string, prescription?: Partial<PrescriptionInput>, group?: { group: string; groupKind: GroupKind }): TemplateItem => ({
  exercise,
  block: 'main',
  prescription,
  ...group
})
const cool = (exercise: string, prescription?: Partial<PrescriptionInput>): TemplateItem => ({ exercise, block: 'cool-down', prescription })
const rpe = (value: number) => ({ kind: 'rpe' as const, value })
const pct = (value: number) => ({ kind: 'percent-1rm' as const, value })

/** What a "fix: add the standard warm-up / cool-down" adds: the first two of these that suit the client. */
export const STANDARD_WARM_UP = ['light-jog-warm-up', 'heel-to-glute-kicks', 'standing-hamstring-stretch', 'leg-swings', 'gentle-calf-stretch']
export const STANDARD_COOL_DOWN = ['standing-toe-drag-stretch', 'heel-on-chair-stretch', 'hurdler-stretch', 'legs-up-the-wall', 'short-yoga-cool-down', 'foam-rolling']

const SPOTTER = 'A spotter stands behind you for every set; never do this one alone.'

export const BUILTIN_TEMPLATES: BuiltinTemplate[] = [
  {
    key: 'home-beginner-back-of-thigh',
    name: 'Back of the thighs at home (beginner)',
    goal: 'Stronger, more flexible hamstrings without a gym',
    level: 'beginner',
    description:
      'Eight weeks of bodyweight and household-weight moves, three short sessions a week with a rest day between them. ' +
      'Each week adds a rep, and when the top of the range comes round, a set. Weeks 4 and 8 are lighter so the body can catch up. ' +
      'Needs a mat, a sturdy chair, a step, a clear wall, a stability ball and a couple of filled bottles or tins.',
    weekdays: [1, 3, 5],
    weeks: 8,
    sessions: [
      {
        name: 'Session A: hinge and squat',
        items: [
          warm('heel-to-glute-kicks'),
          warm('standing-hamstring-stretch'),
          main('stiff-leg-deadlift-household'),
          main('bodyweight-squat'),
          main('floor-bridge'),
          main('calf-raise-step'),
          cool('standing-toe-drag-stretch'),
          cool('legs-up-the-wall')
        ]
      },
      {
        name: 'Session B: curls and lunges',
        items: [
          warm('heel-to-glute-kicks'),
          warm('gentle-calf-stretch'),
          main('prone-floor-leg-curl'),
          main('extended-lunge'),
          main('pelvic-lift-chair', { sets: 2 }),
          main('single-leg-deadlift'),
          cool('heel-on-chair-stretch'),
          cool('hurdler-stretch')
        ]
      },
      {
        name: 'Session C: ball and chair',
        items: [
          warm('heel-to-glute-kicks'),
          warm('standing-hamstring-stretch'),
          main('stability-ball-leg-curl'),
          main('chair-lunge', { sets: 2 }),
          main('floor-bridge'),
          main('calf-raise-step'),
          cool('standing-toe-drag-stretch'),
          cool('legs-up-the-wall')
        ]
      }
    ],
    progression: { kind: 'linear', deload: { kind: 'every', every: 4 } }
  },
  {
    key: 'gym-intermediate-back-of-thigh',
    name: 'Back of the thighs in the gym (intermediate)',
    goal: 'Build hamstring and glute strength with machines and free weights',
    level: 'intermediate',
    description:
      'Eight weeks, three sessions a week. Loads are set by effort (RPE out of 10), so the plan suits any starting strength: ' +
      'the bottom of each rep range rises week by week, then the effort goes up half a point and the reps start again. ' +
      'Leg curls and calf raises are paired as a superset to save time. Weeks 4 and 8 are lighter.',
    weekdays: [1, 3, 5],
    weeks: 8,
    sessions: [
      {
        name: 'Session A: deadlift day',
        items: [
          warm('light-jog-warm-up'),
          warm('leg-swings'),
          main('deadlift', { load: rpe(7) }),
          main('seated-leg-curl-machine', { load: rpe(7) }, { group: 'A', groupKind: 'superset' }),
          main('calf-raise-step', { restSeconds: 30 }, { group: 'A', groupKind: 'superset' }),
          main('walking-lunges'),
          cool('standing-toe-drag-stretch'),
          cool('foam-rolling')
        ]
      },
      {
        name: 'Session B: hip thrust day',
        items: [
          warm('light-jog-warm-up'),
          warm('heel-to-glute-kicks'),
          main('hip-thrust', { load: rpe(7) }),
          main('lying-leg-curl-machine', { load: rpe(7) }),
          main('glute-bridge'),
          main('walking-lunges'),
          cool('hurdler-stretch'),
          cool('legs-up-the-wall')
        ]
      },
      {
        name: 'Session C: single-leg day',
        items: [
          warm('light-jog-warm-up'),
          warm('leg-swings'),
          main('single-leg-deadlift', { sets: 3 }),
          main('seated-leg-curl-machine', { load: rpe(7) }, { group: 'A', groupKind: 'superset' }),
          main('calf-raise-step', { restSeconds: 30 }, { group: 'A', groupKind: 'superset' }),
          main('glute-bridge'),
          cool('heel-on-chair-stretch'),
          cool('foam-rolling')
        ]
      }
    ],
    progression: { kind: 'linear', deload: { kind: 'every', every: 4 } }
  },
  {
    key: 'advanced-back-of-thigh',
    name: 'Back of the thighs, heavy (advanced)',
    goal: 'Maximal hamstring strength for experienced lifters',
    level: 'advanced',
    description:
      'Eight weeks of two heavy sessions a week, for clients with several months of strength training behind them. ' +
      'Barbell loads are a percentage of the client’s one-rep max and rise 2.5 points each time the reps reach the top of the range. ' +
      'The good morning is always done with a spotter. Weeks 4 and 8 are lighter.',
    weekdays: [1, 4],
    weeks: 8,
    sessions: [
      {
        name: 'Session A: stiff-leg and good morning',
        items: [
          warm('light-jog-warm-up'),
          warm('leg-swings'),
          warm('standing-hamstring-stretch'),
          main('stiff-leg-deadlift-barbell', { sets: 4, reps: { min: 6, max: 8 }, load: pct(70), notes: 'Use wrist straps for the heaviest sets.' }),
          main('good-morning-barbell', { load: pct(40), notes: SPOTTER }),
          main('dumbbell-leg-curl-incline', { load: rpe(8) }),
          main('glute-bridge', { load: rpe(8), notes: 'Rest a loaded barbell or a heavy dumbbell across the hips.' }),
          main('calf-raise-step', { sets: 4 }),
          cool('hurdler-stretch'),
          cool('foam-rolling')
        ]
      },
      {
        name: 'Session B: deadlift and thrust',
        items: [
          warm('light-jog-warm-up'),
          warm('heel-to-glute-kicks'),
          warm('standing-hamstring-stretch'),
          main('deadlift', { sets: 4, reps: { min: 5, max: 8 }, load: pct(75), notes: 'Have a spotter or your trainer close by on heavy sets.' }),
          main('hip-thrust', { sets: 4, load: rpe(8) }),
          main('stiff-leg-deadlift-dumbbells', { load: rpe(7) }),
          main('walking-lunges', { sets: 3, reps: { min: 10, max: 12 }, load: rpe(7), notes: 'Hold a dumbbell in each hand.' }),
          main('calf-raise-step', { sets: 4 }),
          cool('standing-toe-drag-stretch'),
          cool('legs-up-the-wall')
        ]
      }
    ],
    progression: { kind: 'linear', loadStep: { kind: 'amount', value: 2.5 }, deload: { kind: 'every', every: 4 } }
  },
  {
    key: 'twelve-week-back-of-thigh-routine',
    name: '12-week back-of-thigh routine',
    goal: 'Endurance first, then definition, then strength',
    level: 'intermediate',
    description:
      'The classic routine of deadlifts, hamstring curls, glute bridges, hip thrusts and walking lunges, two to three times a week, ' +
      'in three four-week phases: muscular endurance (weeks 1-4), visible definition (weeks 5-8) and strength (weeks 9-12). ' +
      'Each phase trades a few reps for more effort. Drop Session C for a two-day week, keeping two rest days between sessions.',
    weekdays: [1, 3, 5],
    weeks: 12,
    sessions: ['Session A', 'Session B', 'Session C'].map((name) => ({
      name,
      items: [
        warm('light-jog-warm-up'),
        warm('heel-to-glute-kicks'),
        main('deadlift', { sets: 3, reps: { min: 8, max: 12 }, load: rpe(6) }),
        main('lying-leg-curl-machine', { sets: 3, reps: { min: 10, max: 15 }, load: rpe(6) }),
        main('glute-bridge', { sets: 3, reps: { min: 15, max: 15 } }),
        main('hip-thrust', { sets: 3, reps: { min: 8, max: 12 }, load: rpe(6) }),
        main('walking-lunges', { sets: 2, reps: { min: 12, max: 15 }, perSide: true }),
        cool('standing-toe-drag-stretch'),
        cool('foam-rolling')
      ]
    })),
    progression: { kind: 'course' }
  },
  {
    key: 'walking-plan',
    name: 'Walking plan: three walks a week',
    goal: 'Tone the calves and thighs and build a walking habit',
    level: 'beginner',
    description:
      'Twelve weeks of at least three walks a week. The first walks last ten minutes and each week adds two. ' +
      'Wear shoes with good arch support, tip slightly forward from the hips as you go, and keep the toes working through every step.',
    weekdays: [1, 3, 6],
    weeks: 12,
    sessions: ['Walk 1', 'Walk 2', 'Walk 3'].map((name) => ({
      name,
      items: [
        warm('gentle-calf-stretch'),
        warm('standing-hamstring-stretch'),
        main('walking', { durationMinutes: 10, notes: 'Brisk enough to raise your breathing, easy enough to talk.' }),
        cool('heel-on-chair-stretch')
      ]
    })),
    progression: { kind: 'linear', durationStepMinutes: 2 }
  }
]
