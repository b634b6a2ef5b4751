import { z } from 'zod'
import { Id, Timestamp, imageData, imageMatchesType, line, paragraph } from './common'
import { BODY_AREAS, EQUIPMENT, TRAINING_LEVELS } from './vocabulary'

// The exercise library's vocabulary and the shape of one exercise, built-in or made by the trainer.

export const EXERCISE_CATEGORIES = ['warm-up', 'strength', 'cool-down', 'cardio'] as const
export type ExerciseCategory = (typeof EXERCISE_CATEGORIES)[number]
export const EXERCISE_CATEGORY_LABELS: Record<ExerciseCategory, string> = {
  'warm-up': 'Warm-up',
  strength: 'Strength',
  'cool-down': 'Stretch / cool-down',
  cardio: 'Cardio'
}

export const MOVEMENT_PATTERNS = ['hinge', 'squat', 'lunge', 'knee-flexion', 'bridge', 'calf-raise', 'gait', 'stretch', 'mobility'] as const
export type MovementPattern = (typeof MOVEMENT_PATTERNS)[number]
export const MOVEMENT_PATTERN_LABELS: Record<MovementPattern, string> = {
  hinge: 'Hip hinge',
  squat: 'Squat',
  lunge: 'Lunge',
  'knee-flexion': 'Knee flexion (curl)',
  bridge: 'Bridge',
  'calf-raise': 'Calf raise',
  gait: 'Walking / running',
  stretch: 'Stretch',
  mobility: 'Dynamic mobility'
}

/** Anatomical names; MUSCLE_GROUP_OF says how each is grouped for display and for program checks. */
export const MUSCLES = [
  'biceps-femoris',
  'semitendinosus',
  'semimembranosus',
  'gluteus-maximus',
  'gastrocnemius',
  'soleus',
  'quadriceps',
  'erector-spinae',
  'core'
] as const
export type Muscle = (typeof MUSCLES)[number]
export const MUSCLE_LABELS: Record<Muscle, string> = {
  'biceps-femoris': 'Biceps femoris',
  semitendinosus: 'Semitendinosus',
  semimembranosus: 'Semimembranosus',
  'gluteus-maximus': 'Gluteus maximus',
  gastrocnemius: 'Gastrocnemius',
  soleus: 'Soleus',
  quadriceps: 'Quadriceps',
  'erector-spinae': 'Erector spinae',
  core: 'Core (abdominals)'
}

export const MUSCLE_GROUPS = ['hamstrings', 'glutes', 'calves', 'quads', 'lower-back', 'core'] as const
export type MuscleGroup = (typeof MUSCLE_GROUPS)[number]
export const MUSCLE_GROUP_LABELS: Record<MuscleGroup, string> = {
  hamstrings: 'Hamstrings',
  glutes: 'Glutes',
  calves: 'Calves',
  quads: 'Quads',
  'lower-back': 'Lower back',
  core: 'Core'
}
export const MUSCLE_GROUP_OF: Record<Muscle, MuscleGroup> = {
  'biceps-femoris': 'hamstrings',
  semitendinosus: 'hamstrings',
  semimembranosus: 'hamstrings',
  'gluteus-maximus': 'glutes',
  gastrocnemius: 'calves',
  soleus: 'calves',
  quadriceps: 'quads',
  'erector-spinae': 'lower-back',
  core: 'core'
}

export const EXERCISE_SETTINGS = ['home', 'gym', 'both'] as const
export type ExerciseSetting = (typeof EXERCISE_SETTINGS)[number]
export const EXERCISE_SETTING_LABELS: Record<ExerciseSetting, string> = { home: 'Home', gym: 'Gym', both: 'Home or gym' }

export const LATERALITIES = ['both-sides', 'one-side'] as const
export const LATERALITY_LABELS = { 'both-sides': 'Both sides together', 'one-side': 'One side at a time' } as const

export const MEASUREMENTS = ['reps', 'hold', 'duration', 'distance'] as const
export type Measurement = (typeof MEASUREMENTS)[number]
export const MEASUREMENT_LABELS: Record<Measurement, string> = {
  reps: 'Repetitions',
  hold: 'Hold (seconds)',
  duration: 'Duration (minutes)',
  distance: 'Distance (metres)'
}

const whole = (label: string, min: number, max: number) =>
  z
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` })

export const RepRange = z
  .strictObject({ min: whole('Reps', 1, 200), max: whole('Reps', 1, 200) })
  .refine((r) => r.min <= r.max, { error: 'The lowest reps must not be above the highest', path: ['max'] })

/** What the exercise prescribes when first added to a program; the field that applies follows `measurement`. */
export const DefaultPrescription = z.strictObject({
  sets: whole('Sets', 1, 20),
  reps: RepRange.nullable().default(null),
  holdSeconds: whole('Hold', 1, 600).nullable().default(null),
  durationMinutes: whole('Duration', 1, 300).nullable().default(null),
  distanceMeters: whole('Distance', 1, 100_000).nullable().default(null),
  restSeconds: whole('Rest', 0, 600),
  /** Reps or hold counted for each side (one-side moves). */
  perSide: z.boolean().default(false)
})
export type DefaultPrescription = z.output<typeof DefaultPrescription>

export const Caution = z.strictObject({
  /** The client limitation this caution matches (program checks compare it with the client's limitations). */
  area: z.enum(BODY_AREAS, { error: 'Choose a body area' }),
  note: line(300, 'The caution')
})

const lines = (label: string, max: number, maxItems: number) => z.array(line(max, label)).max(maxItems, { error: `At most ${maxItems} entries` })

/** Everything that describes an exercise: the built-in library and custom exercises share it. */
export const ExerciseContent = z
  .strictObject({
    name: line(120, 'Name').pipe(z.string().min(1, { error: 'Name is required' })),
    aliases: lines('An alias', 120, 12).default([]),
    summary: paragraph(600, 'Summary').default(''),
    category: z.enum(EXERCISE_CATEGORIES, { error: 'Choose a category' }),
    pattern: z.enum(MOVEMENT_PATTERNS, { error: 'Choose a movement pattern' }),
    primaryMuscles: z.array(z.enum(MUSCLES, { error: 'Unknown muscle' })).min(1, { error: 'Choose at least one primary muscle' }).max(MUSCLES.length),
    secondaryMuscles: z.array(z.enum(MUSCLES, { error: 'Unknown muscle' })).max(MUSCLES.length).default([]),
    /** Everything needed; an empty list means bodyweight only. */
    equipment: z.array(z.enum(EQUIPMENT, { error: 'Unknown equipment' })).max(EQUIPMENT.length).default([]),
    level: z.enum(TRAINING_LEVELS, { error: 'Choose a level' }),
    setting: z.enum(EXERCISE_SETTINGS, { error: 'Choose home, gym or both' }),
    laterality: z.enum(LATERALITIES, { error: 'Choose both sides or one side at a time' }),
    measurement: z.enum(MEASUREMENTS, { error: 'Choose how it is measured' }),
    defaultPrescription: DefaultPrescription,
    steps: lines('A step', 500, 20).min(1, { error: 'Add at least one step' }),
    cues: lines('A cue', 300, 20).default([]),
    breathing: lines('A breathing cue', 300, 10).default([]),
    safety: lines('A safety note', 300, 20).default([]),
    cautions: z.array(Caution).max(12).default([]),
    needsSpotter: z.boolean().default(false),
    /** Other ways to do it, including where sources disagree (kept visible rather than silently picking one). */
    variations: lines('A variation', 400, 10).default([])
  })
  .superRefine((e, ctx) => {
    const overlap = e.secondaryMuscles.filter((m) => e.primaryMuscles.includes(m))
    if (overlap.length > 0) ctx.addIssue({ code: 'custom', path: ['secondaryMuscles'], message: 'A muscle cannot be both primary and secondary' })
    const p = e.defaultPrescription
    const needed = { reps: p.reps, hold: p.holdSeconds, duration: p.durationMinutes, distance: p.distanceMeters }[e.measurement]
    if (needed === null) ctx.addIssue({ code: 'custom', path: ['defaultPrescription'], message: `A ${e.measurement} exercise needs its ${e.measurement} in the default prescription` })
  })
export type ExerciseContent = z.input<typeof ExerciseContent>

// ---- Contract of the exercises domain ----


export const IMAGE_MAX_BYTES = 2 * 1024 * 1024
export const ExerciseImageInput = z
  .strictObject({
    id: Id,
    mimeType: z.enum(['image/png', 'image/jpeg'], { error: 'The picture must be a PNG or JPEG image' }),
    dataBase64: imageData(IMAGE_MAX_BYTES, 'The picture')
  })
  .refine((i) => imageMatchesType(i.mimeType, i.dataBase64), {
    error: 'The file is not a PNG or JPEG image (its contents do not match its type)',
    path: ['dataBase64']
  })

export const ExerciseImage = z.object({ mimeType: z.enum(['image/png', 'image/jpeg']), dataBase64: z.string() })
export type ExerciseImage = z.infer<typeof ExerciseImage>

export const ExerciseListQuery = z.strictObject({
  /** Search as you type across name, aliases, muscles and cues. */
  query: line(200, 'Search').default(''),
  category: z.enum(EXERCISE_CATEGORIES, { error: 'Unknown category' }).nullish(),
  muscleGroup: z.enum(MUSCLE_GROUPS, { error: 'Unknown muscle group' }).nullish(),
  /** Exercises that use this piece of equipment ('none' = bodyweight only). */
  equipment: z.enum([...EQUIPMENT, 'none'], { error: 'Unknown equipment' }).nullish(),
  level: z.enum(TRAINING_LEVELS, { error: 'Unknown level' }).nullish(),
  setting: z.enum(['home', 'gym'], { error: 'Setting is home or gym' }).nullish(),
  /** Only what suits this client: their equipment, level, where they train, and no caution matching their limitations. */
  fitsClientId: Id.nullish(),
  source: z.enum(['all', 'builtin', 'custom'], { error: 'Source is all, builtin or custom' }).default('all'),
  includeHidden: z.boolean().default(false),
  includeArchived: z.boolean().default(false),
  limit: z.int().min(1).max(500).default(200),
  offset: z.int().min(0).max(1_000_000).default(0)
})
export type ExerciseListQuery = z.input<typeof ExerciseListQuery>

export const ExerciseSummary = z.object({
  id: Id,
  name: z.string(),
  category: z.enum(EXERCISE_CATEGORIES),
  pattern: z.enum(MOVEMENT_PATTERNS),
  level: z.enum(TRAINING_LEVELS),
  setting: z.enum(EXERCISE_SETTINGS),
  muscleGroups: z.array(z.enum(MUSCLE_GROUPS)),
  equipment: z.array(z.enum(EQUIPMENT)),
  builtin: z.boolean(),
  hidden: z.boolean(),
  archived: z.boolean(),
  hasImage: z.boolean()
})
export type ExerciseSummary = z.infer<typeof ExerciseSummary>

export const ExerciseList = z.object({
  items: z.array(ExerciseSummary),
  total: z.int(),
  /** With fitsClientId: how many were left out because a caution matches the client's limitations. */
  excludedByLimitations: z.int()
})

export const LadderStep = z.object({ id: Id, name: z.string(), level: z.enum(TRAINING_LEVELS) })
export const ExerciseLadder = z.object({
  key: z.string(),
  name: z.string(),
  steps: z.array(LadderStep),
  /** Where this exercise sits in the ladder (0 = easiest). */
  position: z.int()
})

export const Exercise = z.object({
  id: Id,
  /** Stable key of a built-in (null for the trainer's own exercises). */
  builtinKey: z.string().nullable(),
  builtin: z.boolean(),
  basedOnId: Id.nullable(),
  content: z.object({
    name: z.string(),
    aliases: z.array(z.string()),
    summary: z.string(),
    category: z.enum(EXERCISE_CATEGORIES),
    pattern: z.enum(MOVEMENT_PATTERNS),
    primaryMuscles: z.array(z.enum(MUSCLES)),
    secondaryMuscles: z.array(z.enum(MUSCLES)),
    equipment: z.array(z.enum(EQUIPMENT)),
    level: z.enum(TRAINING_LEVELS),
    setting: z.enum(EXERCISE_SETTINGS),
    laterality: z.enum(LATERALITIES),
    measurement: z.enum(MEASUREMENTS),
    defaultPrescription: z.object({
      sets: z.int(),
      reps: z.object({ min: z.int(), max: z.int() }).nullable(),
      holdSeconds: z.int().nullable(),
      durationMinutes: z.int().nullable(),
      distanceMeters: z.int().nullable(),
      restSeconds: z.int(),
      perSide: z.boolean()
    }),
    steps: z.array(z.string()),
    cues: z.array(z.string()),
    breathing: z.array(z.string()),
    safety: z.array(z.string()),
    cautions: z.array(z.object({ area: z.enum(BODY_AREAS), note: z.string() })),
    needsSpotter: z.boolean(),
    variations: z.array(z.string())
  }),
  ladders: z.array(ExerciseLadder),
  hasImage: z.boolean(),
  hidden: z.boolean(),
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Exercise = z.infer<typeof Exercise>

export const ExerciseCreate = ExerciseContent
export const ExerciseUpdate = z.strictObject({ id: Id, content: ExerciseContent })
export const ExerciseDuplicate = z.strictObject({ id: Id, name: line(120, 'Name').pipe(z.string().min(1)).optional() })

export const MuscleGuide = z.object({
  groups: z.array(z.object({ group: z.enum(MUSCLE_GROUPS), title: z.string(), muscles: z.array(z.enum(MUSCLES)), paragraphs: z.array(z.string()) })),
  sections: z.array(z.object({ id: z.string(), title: z.string(), paragraphs: z.array(z.string()) }))
})
export type MuscleGuide = z.infer<typeof MuscleGuide>
