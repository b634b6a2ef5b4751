import { z } from 'zod'
import { Id, IsoDate, PastDate, Timestamp, line, paragraph } from './common'
import {
  BODY_AREAS,
  EQUIPMENT,
  GOAL_TAGS,
  READINESS_QUESTIONS,
  SEXES,
  TRAINING_LEVELS,
  TRAINING_LOCATIONS,
  WEIGHT_RATE_LIMITS,
  type ReadinessQuestionId
} from './vocabulary'

// Limits a real person fits inside; anything outside is a typing mistake, not a client.
export const HEIGHT_CM = { min: 50, max: 250 } as const
export const WEIGHT_KG = { min: 20, max: 350 } as const
export const OLDEST_BIRTH_DATE = '1900-01-01'

const Email = z
  .string()
  .trim()
  .max(254, { error: 'Email must be at most 254 characters' })
  .pipe(z.email({ error: 'Enter an email like name@example.com' }))

/** Digits with the usual separators; at least 6 digits so a typo like "12" is caught. */
const Phone = z
  .string()
  .trim()
  .max(30, { error: 'Phone must be at most 30 characters' })
  .regex(/^\+?[0-9][0-9 ()\-.\/]*$/, { error: 'Use digits, spaces, + ( ) - only, e.g. +44 20 7946 0958' })
  .refine((s) => s.replace(/\D/g, '').length >= 6, { error: 'A phone number needs at least 6 digits' })
  .refine((s) => s.replace(/\D/g, '').length <= 15, { error: 'A phone number has at most 15 digits' })

const Tag = line(40, 'A tag').pipe(z.string().min(1, { error: 'A tag cannot be empty' }))

export const Limitation = z.strictObject({
  area: z.enum(BODY_AREAS, { error: 'Choose a body area' }),
  note: line(500, 'The note')
})
export type Limitation = z.infer<typeof Limitation>

const readinessShape = Object.fromEntries(
  READINESS_QUESTIONS.map((q) => [q.id, z.boolean({ error: 'Answer yes or no' })])
) as Record<ReadinessQuestionId, z.ZodBoolean>

export const Readiness = z.strictObject({
  answeredOn: PastDate,
  answers: z.strictObject(readinessShape),
  /** When a doctor's clearance arrived; a "yes" answer stops counting against the client after it. */
  clearanceReceivedOn: PastDate.nullable().default(null)
})
export type Readiness = z.infer<typeof Readiness>

export const WeeklyRate = z
  .strictObject({
    amount: z.number({ error: 'The weekly rate must be a number' }),
    unit: z.enum(['kg', 'lb'], { error: 'The rate unit is kg or lb' })
  })
  .superRefine((rate, ctx) => {
    const { step, max } = WEIGHT_RATE_LIMITS[rate.unit]
    if (Math.abs(rate.amount) > max || !Number.isInteger(rate.amount / step)) {
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: `Choose a weekly change between -${max} and +${max} ${rate.unit} in steps of ${step}`
      })
    }
  })
export type WeeklyRate = z.infer<typeof WeeklyRate>

export const WeightGoal = z.strictObject({
  targetKg: z
    .number({ error: 'The target weight must be a number' })
    .min(WEIGHT_KG.min, { error: `The target weight must be at least ${WEIGHT_KG.min} kg` })
    .max(WEIGHT_KG.max, { error: `The target weight must be at most ${WEIGHT_KG.max} kg` }),
  /** Negative loses, positive gains, zero maintains. */
  weeklyRate: WeeklyRate
})
export type WeightGoal = z.infer<typeof WeightGoal>

/** Everything a trainer types about a client. Optional fields may be omitted or null. */
export const ClientInput = z.strictObject({
  name: line(120, 'Name').pipe(z.string().min(1, { error: 'Name is required' })),
  email: z.union([z.literal(''), Email]).nullish().transform((v) => v || null),
  phone: z.union([z.literal(''), Phone]).nullish().transform((v) => v || null),
  dateOfBirth: PastDate.refine((d) => d >= OLDEST_BIRTH_DATE, { error: 'Must be after 1900' }).nullish().transform((v) => v ?? null),
  sex: z.enum(SEXES, { error: 'Choose female, male or other' }).nullish().transform((v) => v ?? null),
  heightCm: z
    .number({ error: 'Height must be a number' })
    .min(HEIGHT_CM.min, { error: `Height must be at least ${HEIGHT_CM.min} cm` })
    .max(HEIGHT_CM.max, { error: `Height must be at most ${HEIGHT_CM.max} cm` })
    .nullish()
    .transform((v) => v ?? null),
  weightKg: z
    .number({ error: 'Weight must be a number' })
    .min(WEIGHT_KG.min, { error: `Weight must be at least ${WEIGHT_KG.min} kg` })
    .max(WEIGHT_KG.max, { error: `Weight must be at most ${WEIGHT_KG.max} kg` })
    .nullish()
    .transform((v) => v ?? null),
  goals: paragraph(2000, 'Goals').default(''),
  goalTags: z.array(z.enum(GOAL_TAGS, { error: 'Unknown goal tag' })).max(GOAL_TAGS.length).default([]),
  level: z.enum(TRAINING_LEVELS, { error: 'Choose beginner, intermediate or advanced' }).default('beginner'),
  trainingLocation: z.enum(TRAINING_LOCATIONS, { error: 'Choose home, gym or both' }).default('home'),
  equipment: z.array(z.enum(EQUIPMENT, { error: 'Unknown equipment' })).max(EQUIPMENT.length).default([]),
  limitations: z.array(Limitation).max(30, { error: 'At most 30 limitations' }).default([]),
  readiness: Readiness.nullish().transform((v) => v ?? null),
  weightGoal: WeightGoal.nullish().transform((v) => v ?? null),
  notes: paragraph(20000, 'Notes').default(''),
  tags: z.array(Tag).max(20, { error: 'At most 20 tags' }).default([])
})
export type ClientInput = z.input<typeof ClientInput>
export type ClientFields = z.output<typeof ClientInput>

export const ClientUpdate = ClientInput.extend({ id: Id })
export type ClientUpdate = z.input<typeof ClientUpdate>

export const Client = z.object({
  id: Id,
  name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  dateOfBirth: IsoDate.nullable(),
  sex: z.enum(SEXES).nullable(),
  heightCm: z.number().nullable(),
  weightKg: z.number().nullable(),
  goals: z.string(),
  goalTags: z.array(z.enum(GOAL_TAGS)),
  level: z.enum(TRAINING_LEVELS),
  trainingLocation: z.enum(TRAINING_LOCATIONS),
  equipment: z.array(z.enum(EQUIPMENT)),
  limitations: z.array(z.object({ area: z.enum(BODY_AREAS), note: z.string() })),
  readiness: z
    .object({
      answeredOn: IsoDate,
      answers: z.record(z.string(), z.boolean()),
      clearanceReceivedOn: IsoDate.nullable()
    })
    .nullable(),
  weightGoal: z.object({ targetKg: z.number(), weeklyRate: z.object({ amount: z.number(), unit: z.enum(['kg', 'lb']) }) }).nullable(),
  notes: z.string(),
  tags: z.array(z.string()),
  /** True while any readiness answer is "yes" and no clearance has been recorded since. */
  medicalClearanceNeeded: z.boolean(),
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Client = z.infer<typeof Client>

export const ClientSummary = Client.pick({
  id: true,
  name: true,
  email: true,
  phone: true,
  level: true,
  trainingLocation: true,
  goalTags: true,
  tags: true,
  medicalClearanceNeeded: true,
  archivedAt: true,
  updatedAt: true
})
export type ClientSummary = z.infer<typeof ClientSummary>

export const CLIENT_SORTS = ['name', 'updated'] as const
export const ClientListQuery = z.strictObject({
  /** Search as you type across name, email, phone, tags and goals. */
  query: line(200, 'Search').default(''),
  status: z.enum(['active', 'archived', 'all'], { error: 'Status is active, archived or all' }).default('active'),
  sort: z.enum(CLIENT_SORTS, { error: 'Sort by name or updated' }).default('name'),
  limit: z.int({ error: 'Limit must be a whole number' }).min(1).max(500).default(100),
  offset: z.int({ error: 'Offset must be a whole number' }).min(0).max(1_000_000).default(0)
})
export type ClientListQuery = z.input<typeof ClientListQuery>

export const ClientList = z.object({ items: z.array(ClientSummary), total: z.int() })
export type ClientList = z.infer<typeof ClientList>

export const ClientDeletePreview = z.object({
  id: Id,
  name: z.string(),
  /** What a delete removes, in words a trainer reads before confirming. */
  removes: z.array(z.object({ what: z.string(), count: z.int() }))
})
export type ClientDeletePreview = z.infer<typeof ClientDeletePreview>

export const ClientDeleteInput = z.strictObject({
  id: Id,
  confirm: z.literal(true, { error: 'Deleting a client needs confirm: true' })
})

export const ClientDeleted = z.object({ id: Id, deletedAt: Timestamp })
