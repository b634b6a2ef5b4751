import { z } from 'zod'
import { Id, IsoDate, Timestamp, line, paragraph } from './common'
import { EXERCISE_CATEGORIES, EXERCISE_SETTINGS, LATERALITIES, MEASUREMENTS, MOVEMENT_PATTERNS, MUSCLE_GROUPS, RepRange } from './exercises'
import { BODY_AREAS, EQUIPMENT, TRAINING_LEVELS, TRAINING_LOCATIONS } from './vocabulary'

// The programs domain's contract: the prescription of one item, the document the designer edits,
// and the inputs and outputs of every programs.* method. Pure helpers live beside it:
// program-document.ts (edits, labels, schedule), progression.ts (weeks from week 1), program-checks.ts (rules).

const whole = (label: string, min: number, max: number) =>
  z
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` })

/** A number on a grid (0.25 kg, 0.5 RPE): checked on the grid itself so 2.75 passes and 2.7 does not. */
function stepped(label: string, min: number, max: number, step: number) {
  return z
    .number({ error: `${label} must be a number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` })
    .refine((v) => Math.abs(v / step - Math.round(v / step)) < 1e-9, { error: `${label} goes in steps of ${step}` })
}

export const LOAD_KINDS = ['kg', 'lb', 'percent-1rm', 'rpe', 'bodyweight'] as const
export type LoadKind = (typeof LOAD_KINDS)[number]
export const LOAD_KIND_LABELS: Record<LoadKind, string> = {
  kg: 'kg',
  lb: 'lb',
  'percent-1rm': '% of 1RM',
  rpe: 'RPE',
  bodyweight: 'Bodyweight'
}
/** Limits and grid of each numeric load kind (the progression maths rounds to the same grid). */
export const LOAD_LIMITS = {
  kg: { min: 0, max: 1000, step: 0.25 },
  lb: { min: 0, max: 1000, step: 0.25 },
  'percent-1rm': { min: 1, max: 120, step: 0.5 },
  rpe: { min: 1, max: 10, step: 0.5 }
} as const
export type NumericLoadKind = keyof typeof LOAD_LIMITS

export const Load = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('kg'), value: stepped('Load', 0, 1000, 0.25) }),
    z.strictObject({ kind: z.literal('lb'), value: stepped('Load', 0, 1000, 0.25) }),
    z.strictObject({ kind: z.literal('percent-1rm'), value: stepped('Percent of 1RM', 1, 120, 0.5) }),
    z.strictObject({ kind: z.literal('rpe'), value: stepped('RPE', 1, 10, 0.5) }),
    z.strictObject({ kind: z.literal('bodyweight') })
  ],
  { error: 'Load is kg, lb, percent-1rm, rpe or bodyweight' }
)
export type Load = z.infer<typeof Load>

/** Four phases (lower, pause, lift, pause) in seconds; X is explosive. "3-1-1-0" and "31X0" both work. */
export const TEMPO_PATTERN = /^(?:[0-9X]{4}|(?:[0-9]{1,2}|X)(?:-(?:[0-9]{1,2}|X)){3})$/
export const Tempo = z
  .string({ error: 'Tempo must be text' })
  .max(20, { error: 'Tempo must be at most 20 characters' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(TEMPO_PATTERN, { error: 'Write the tempo as four phases, e.g. 3-1-1-0 or 31X0 (X = explosive)' }))

/** What one item asks for each week. The field that counts follows how the exercise is measured. */
export const Prescription = z.strictObject({
  sets: whole('Sets', 1, 20),
  reps: RepRange.nullable().default(null),
  /** Reps, hold or duration counted for each side. */
  perSide: z.boolean({ error: 'Per side is yes or no' }).default(false),
  holdSeconds: whole('Hold', 1, 600).nullable().default(null),
  durationMinutes: whole('Duration', 1, 300).nullable().default(null),
  distanceMeters: whole('Distance', 1, 100_000).nullable().default(null),
  load: Load.nullable().default(null),
  tempo: Tempo.nullable().default(null),
  restSeconds: whole('Rest', 0, 900),
  notes: paragraph(500, 'Notes').default('')
})
export type Prescription = z.output<typeof Prescription>
export type PrescriptionInput = z.input<typeof Prescription>

export const BLOCKS = ['warm-up', 'main', 'cool-down'] as const
export type Block = (typeof BLOCKS)[number]
export const BLOCK_LABELS: Record<Block, string> = { 'warm-up': 'Warm-up', main: 'Main', 'cool-down': 'Cool-down' }

export const GROUP_KINDS = ['superset', 'circuit'] as const
export type GroupKind = (typeof GROUP_KINDS)[number]
/** A superset alternates its exercises set by set; a circuit runs them one after another, rest after the round. */
export const GROUP_KIND_LABELS: Record<GroupKind, string> = { superset: 'Superset', circuit: 'Circuit' }

/** ISO weekday: 1 = Monday ... 7 = Sunday. */
export const Weekday = whole('Weekday', 1, 7)
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export const Weekdays = z
  .array(Weekday)
  .min(1, { error: 'Choose at least one weekday' })
  .max(7)
  .refine((days) => new Set(days).size === days.length, { error: 'Each weekday once' })
  .transform((days) => [...days].sort((a, b) => a - b))

export const ProgramItem = z.strictObject({
  id: Id,
  /** The same item across weeks (copies of week 1 keep it): one row per lineage on the printed plan. */
  lineageId: Id,
  exerciseId: Id,
  block: z.enum(BLOCKS, { error: 'Block is warm-up, main or cool-down' }),
  /** A superset or circuit letter; labels like A1, A2 are derived from it and the order. */
  group: z.string().regex(/^[A-Z]$/, { error: 'A group is one capital letter' }).nullable().default(null),
  groupKind: z.enum(GROUP_KINDS, { error: 'Group kind is superset or circuit' }).nullable().default(null),
  prescription: Prescription
})
export type ProgramItem = z.output<typeof ProgramItem>

export const ProgramSession = z.strictObject({
  id: Id,
  lineageId: Id,
  name: line(80, 'Session name').pipe(z.string().min(1, { error: 'Name the session' })),
  /** A fixed weekday; null lets the assignment's weekdays place it. */
  weekday: Weekday.nullable().default(null),
  items: z.array(ProgramItem).max(60, { error: 'At most 60 exercises in a session' })
})
export type ProgramSession = z.output<typeof ProgramSession>

export const ProgramWeek = z.strictObject({
  id: Id,
  phase: line(60, 'Phase').default(''),
  sessions: z.array(ProgramSession).max(14, { error: 'At most 14 sessions in a week' })
})
export type ProgramWeek = z.output<typeof ProgramWeek>

export const MAX_WEEKS = 52

/** What the designer edits in memory and autosaves whole. */
export const ProgramDocument = z
  .strictObject({
    name: line(120, 'Name').pipe(z.string().min(1, { error: 'Name the program' })),
    goal: line(300, 'Goal').default(''),
    level: z.enum(TRAINING_LEVELS, { error: 'Choose beginner, intermediate or advanced' }).default('beginner'),
    description: paragraph(4000, 'Description').default(''),
    sessionsPerWeek: whole('Sessions per week', 1, 7),
    weeks: z.array(ProgramWeek).min(1, { error: 'A program has at least one week' }).max(MAX_WEEKS, { error: `A program has at most ${MAX_WEEKS} weeks` })
  })
  .superRefine((doc, ctx) => {
    const seen = new Set<string>()
    const unique = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: 'This id is used twice in the program' })
      seen.add(id)
    }
    doc.weeks.forEach((week, w) => {
      unique(week.id, ['weeks', w, 'id'])
      const lineages = new Set<string>()
      const sameInWeek = (lineageId: string, path: (string | number)[]) => {
        if (lineages.has(lineageId)) ctx.addIssue({ code: 'custom', path, message: 'Each item and session appears once a week' })
        lineages.add(lineageId)
      }
      week.sessions.forEach((session, s) => {
        unique(session.id, ['weeks', w, 'sessions', s, 'id'])
        sameInWeek(session.lineageId, ['weeks', w, 'sessions', s, 'lineageId'])
        const groups = new Map<string, { block: Block; kind: GroupKind | null }>()
        session.items.forEach((item, i) => {
          const path = ['weeks', w, 'sessions', s, 'items', i]
          unique(item.id, [...path, 'id'])
          sameInWeek(item.lineageId, [...path, 'lineageId'])
          if ((item.group === null) !== (item.groupKind === null)) {
            ctx.addIssue({ code: 'custom', path: [...path, 'groupKind'], message: 'A grouped item needs both its group letter and superset or circuit' })
          }
          if (item.group === null) return
          const first = groups.get(item.group)
          if (!first) groups.set(item.group, { block: item.block, kind: item.groupKind })
          else if (first.block !== item.block || first.kind !== item.groupKind) {
            ctx.addIssue({ code: 'custom', path: [...path, 'group'], message: `Group ${item.group} mixes blocks or kinds; keep its items together` })
          }
        })
      })
    })
  })
export type ProgramDocument = z.output<typeof ProgramDocument>
export type ProgramDocumentInput = z.input<typeof ProgramDocument>

// ---- Progression rules (maths in progression.ts) ----

export const LoadStep = z.discriminatedUnion(
  'kind',
  [
    /** Added as is: kg to kg loads, lb to lb loads, points to % of 1RM; RPE always moves by 0.5. */
    z.strictObject({ kind: z.literal('amount'), value: stepped('Load step', 0.25, 100, 0.25) }),
    /** A percentage of the current load, rounded to the load's grid. */
    z.strictObject({ kind: z.literal('percent'), value: stepped('Load step', 0.5, 50, 0.5) })
  ],
  { error: 'Load step is an amount or a percent' }
)
export type LoadStep = z.infer<typeof LoadStep>

export const Deload = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('every'), every: whole('Deload every', 2, 12) }),
    z.strictObject({
      kind: z.literal('weeks'),
      weeks: z
        .array(whole('Deload week', 2, MAX_WEEKS))
        .min(1)
        .max(MAX_WEEKS)
        .refine((w) => new Set(w).size === w.length, { error: 'Each deload week once' })
    })
  ],
  { error: 'Deload is every N weeks or chosen weeks' }
)
export type Deload = z.infer<typeof Deload>

export const PROGRESSION_KINDS = ['linear', 'course'] as const
export const ProgressionRule = z.strictObject({
  /** linear: reps to the top of the range, then a load step; course: the articles' three phases. */
  kind: z.enum(PROGRESSION_KINDS, { error: 'Progression is linear or course' }),
  /** How many weeks the program has afterwards; null keeps its length. */
  weeks: whole('Weeks', 1, MAX_WEEKS).nullable().default(null),
  repStep: whole('Rep step', 1, 10).default(1),
  loadStep: LoadStep.default({ kind: 'amount', value: 2.5 }),
  holdStepSeconds: whole('Hold step', 0, 120).default(5),
  durationStepMinutes: whole('Duration step', 0, 60).default(2),
  distanceStepMeters: whole('Distance step', 0, 10_000).default(100),
  /** Sets an item without a load may gain before its rep range moves up instead. */
  maxExtraSets: whole('Extra sets', 0, 10).default(2),
  deload: Deload.nullable().default(null)
})
export type ProgressionRule = z.output<typeof ProgressionRule>
export type ProgressionRuleInput = z.input<typeof ProgressionRule>

// ---- Checks (rules in program-checks.ts) ----

export const CHECK_RULES = [
  'warm-up-missing',
  'cool-down-missing',
  'recovery-48h',
  'weekly-frequency',
  'hamstring-balance',
  'no-progression',
  'equipment-missing',
  'above-level',
  'limitation-caution',
  'needs-spotter',
  'medical-clearance',
  'session-too-long',
  'measure-missing',
  'unknown-exercise'
] as const
export type CheckRuleId = (typeof CHECK_RULES)[number]
export const SEVERITIES = ['error', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const CheckTarget = z.object({ weekId: Id.optional(), sessionId: Id.optional(), itemId: Id.optional() })
export type CheckTarget = z.infer<typeof CheckTarget>

export const StandardItem = z.object({ exerciseId: Id, prescription: Prescription })
export type StandardItem = z.infer<typeof StandardItem>

/** A one-action repair; applyFix in program-checks.ts applies it to every place the issue names. */
export const CheckFix = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('add-items'), label: z.string(), block: z.enum(BLOCKS), items: z.array(StandardItem) }),
  z.object({ kind: z.literal('swap'), label: z.string(), exerciseId: Id }),
  z.object({ kind: z.literal('add-note'), label: z.string(), note: z.string() }),
  z.object({ kind: z.literal('progression'), label: z.string(), rule: ProgressionRule })
])
export type CheckFix = z.infer<typeof CheckFix>

export const CheckIssue = z.object({
  /** Stable while the problem lasts (rule and what it is about), for list keys and "dismissed" state. */
  id: z.string(),
  ruleId: z.enum(CHECK_RULES),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  /** The first place it points at; `targets` lists every place (one per affected week). */
  target: CheckTarget,
  targets: z.array(CheckTarget),
  /** Week numbers (1-based) it concerns; empty for the whole program. */
  weeks: z.array(z.int()),
  fix: CheckFix.nullable()
})
export type CheckIssue = z.infer<typeof CheckIssue>

export const ProgramCheck = z.object({
  issues: z.array(CheckIssue),
  counts: z.object({ error: z.int(), warning: z.int(), info: z.int() })
})
export type ProgramCheck = z.infer<typeof ProgramCheck>

export const LadderPlace = z.object({ key: z.string(), name: z.string(), position: z.int() })

/** What the checks need to know about one exercise. */
export const ExerciseFacts = z.object({
  id: Id,
  name: z.string(),
  category: z.enum(EXERCISE_CATEGORIES),
  pattern: z.enum(MOVEMENT_PATTERNS),
  primaryGroups: z.array(z.enum(MUSCLE_GROUPS)),
  secondaryGroups: z.array(z.enum(MUSCLE_GROUPS)),
  equipment: z.array(z.enum(EQUIPMENT)),
  level: z.enum(TRAINING_LEVELS),
  setting: z.enum(EXERCISE_SETTINGS),
  laterality: z.enum(LATERALITIES),
  measurement: z.enum(MEASUREMENTS),
  cautions: z.array(z.object({ area: z.enum(BODY_AREAS), note: z.string() })),
  needsSpotter: z.boolean(),
  /** Archived or hidden: kept for programs that use it, not offered for new items. */
  retired: z.boolean(),
  ladders: z.array(LadderPlace),
  /** The prescription a newly added item starts with. */
  defaultPrescription: Prescription
})
export type ExerciseFacts = z.infer<typeof ExerciseFacts>

export const ClientFacts = z.object({
  id: Id,
  name: z.string(),
  level: z.enum(TRAINING_LEVELS),
  trainingLocation: z.enum(TRAINING_LOCATIONS),
  equipment: z.array(z.enum(EQUIPMENT)),
  limitations: z.array(z.object({ area: z.enum(BODY_AREAS), note: z.string() })),
  medicalClearanceNeeded: z.boolean()
})
export type ClientFacts = z.infer<typeof ClientFacts>

export const DEFAULT_SESSION_LIMIT_MINUTES = 60

/** Everything checkProgram needs besides the document; the UI loads it once and reruns the checks on every edit. */
export const CheckContext = z.object({
  /** Every exercise in the library (retired ones included, flagged), so edits never need another call. */
  exercises: z.array(ExerciseFacts),
  /** The program's client; null for a template. */
  client: ClientFacts.nullable(),
  sessionLimitMinutes: z.int(),
  /** The assignment's weekdays; null when not scheduled (sessions then spread over default days). */
  weekdays: z.array(Weekday).nullable(),
  /** The weekday each program week starts on (the start date's); Monday when not scheduled. */
  startWeekday: Weekday,
  standardWarmUp: z.array(StandardItem),
  standardCoolDown: z.array(StandardItem)
})
export type CheckContext = z.infer<typeof CheckContext>

// ---- Method inputs and outputs ----

export const PROGRAM_STATUSES = ['draft', 'active', 'completed'] as const
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number]
export const PROGRAM_STATUS_LABELS: Record<ProgramStatus, string> = { draft: 'Draft', active: 'Active', completed: 'Completed' }

export const Program = z.object({
  id: Id,
  isTemplate: z.boolean(),
  /** A built-in template: read-only, but it can be duplicated and assigned. */
  builtin: z.boolean(),
  builtinKey: z.string().nullable(),
  /** The program or template this one was copied from (a record of origin, never a live link). */
  sourceId: Id.nullable(),
  clientId: Id.nullable(),
  clientName: z.string().nullable(),
  status: z.enum(PROGRAM_STATUSES),
  startDate: IsoDate.nullable(),
  /** The last day of the last week, from the start date and the number of weeks. */
  endDate: IsoDate.nullable(),
  weekdays: z.array(Weekday).nullable(),
  /** Bumped by every save; a save naming an older revision is refused (another window saved first). */
  revision: z.int(),
  archivedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  document: ProgramDocument
})
export type Program = z.infer<typeof Program>

/** `weekdays`: a client's program's training days, or the days a template suggests (assigning proposes them). */
export const ProgramSummary = Program.omit({ document: true, createdAt: true, sourceId: true, builtinKey: true }).extend({
  name: z.string(),
  goal: z.string(),
  level: z.enum(TRAINING_LEVELS),
  weeks: z.int(),
  sessionsPerWeek: z.int()
})
export type ProgramSummary = z.infer<typeof ProgramSummary>

export const ProgramListQuery = z
  .strictObject({
    /** true: templates only; false: clients' programs (all clients, or clientId's). */
    templates: z.boolean({ error: 'Templates is yes or no' }).default(false),
    clientId: Id.nullish(),
    status: z.enum(PROGRAM_STATUSES, { error: 'Status is draft, active or completed' }).nullish(),
    /** Search as you type in program names. */
    query: line(200, 'Search').default(''),
    includeArchived: z.boolean().default(false),
    limit: z.int().min(1).max(500).default(100),
    offset: z.int().min(0).max(1_000_000).default(0)
  })
  .refine((q) => !(q.templates && q.clientId), { error: 'Templates belong to no client', path: ['templates'] })
export type ProgramListQuery = z.input<typeof ProgramListQuery>
export const ProgramList = z.object({ items: z.array(ProgramSummary), total: z.int() })

export const ProgramCreate = z.strictObject({
  /** The client it is for; null or left out makes a template. */
  clientId: Id.nullish(),
  name: line(120, 'Name').pipe(z.string().min(1, { error: 'Name the program' })),
  goal: line(300, 'Goal').default(''),
  level: z.enum(TRAINING_LEVELS, { error: 'Choose beginner, intermediate or advanced' }).default('beginner'),
  description: paragraph(4000, 'Description').default(''),
  weeks: whole('Weeks', 1, MAX_WEEKS).default(1),
  sessionsPerWeek: whole('Sessions per week', 1, 7).default(3),
  /** true: each week gets "Session A", "Session B"...; false: weeks start empty. */
  withSessions: z.boolean().default(true)
})
export type ProgramCreate = z.input<typeof ProgramCreate>

export const ProgramSave = z.strictObject({ id: Id, revision: whole('Revision', 0, Number.MAX_SAFE_INTEGER), document: ProgramDocument })
export type ProgramSave = z.input<typeof ProgramSave>
export const ProgramSaved = z.object({ id: Id, revision: z.int(), updatedAt: Timestamp })
export type ProgramSaved = z.infer<typeof ProgramSaved>

export const ProgramSetStatus = z.strictObject({ id: Id, status: z.enum(PROGRAM_STATUSES, { error: 'Status is draft, active or completed' }) })

export const ProgramDeletePreview = z.object({
  id: Id,
  name: z.string(),
  removes: z.array(z.object({ what: z.string(), count: z.int() }))
})
export const ProgramDeleteInput = z.strictObject({ id: Id, confirm: z.literal(true, { error: 'Deleting a program needs confirm: true' }) })
export const ProgramDeleted = z.object({ id: Id, deletedAt: Timestamp })

export const ProgramCopy = z.strictObject({ id: Id, name: line(120, 'Name').pipe(z.string().min(1, { error: 'Name the copy' })).optional() })

/** A program's start: a real calendar day within reach, so a 52-week program still ends on a valid date. */
const StartDate = IsoDate.refine((d) => d >= '1990-01-01' && d <= '2199-12-31', { error: 'Choose a start date between 1990 and 2199' })

export const ProgramAssign = z.strictObject({
  /** A template or any program: it is copied, never linked. */
  programId: Id,
  clientId: Id,
  startDate: StartDate,
  weekdays: Weekdays,
  name: line(120, 'Name').pipe(z.string().min(1, { error: 'Name the program' })).optional(),
  /** Complete the client's other active programs and drop their sessions from the start date on. */
  replaceActive: z.boolean().default(false)
})
export type ProgramAssign = z.input<typeof ProgramAssign>

export const ProgramReschedule = z.strictObject({ id: Id, startDate: StartDate, weekdays: Weekdays })

export const ScheduleQuery = z
  .strictObject({
    clientId: Id.nullish(),
    programId: Id.nullish(),
    from: IsoDate.nullish(),
    to: IsoDate.nullish(),
    limit: z.int().min(1).max(5000).default(500)
  })
  .refine((q) => !(q.from && q.to && q.from > q.to), { error: 'From must not be after to', path: ['to'] })
export type ScheduleQuery = z.input<typeof ScheduleQuery>

export const ScheduledSession = z.object({
  id: Id,
  date: IsoDate,
  /** 1-based week of the program. */
  weekNumber: z.int(),
  programId: Id,
  programName: z.string(),
  programStatus: z.enum(PROGRAM_STATUSES),
  /** null when the session was later removed from the program (past dates keep their record). */
  programSessionId: Id.nullable(),
  sessionName: z.string().nullable(),
  clientId: Id,
  clientName: z.string()
})
export type ScheduledSession = z.infer<typeof ScheduledSession>
export const Schedule = z.object({ items: z.array(ScheduledSession), total: z.int() })

export const ProgressionInput = z.strictObject({ id: Id, rule: ProgressionRule })
export const ProgressionApply = z.strictObject({ id: Id, revision: whole('Revision', 0, Number.MAX_SAFE_INTEGER), rule: ProgressionRule })
export const ProgressionPreview = z.object({
  document: ProgramDocument,
  /** Item prescriptions that differ from the stored program, week by week. */
  changedItems: z.int(),
  addedWeeks: z.int(),
  removedWeeks: z.int()
})

export const SwapCandidatesInput = z.strictObject({ programId: Id, itemId: Id })
export const SwapCandidate = z.object({
  exerciseId: Id,
  name: z.string(),
  level: z.enum(TRAINING_LEVELS),
  pattern: z.enum(MOVEMENT_PATTERNS),
  equipment: z.array(z.enum(EQUIPMENT)),
  /** Steps along a shared ladder (negative = easier); null when related by pattern and muscles only. */
  ladderSteps: z.int().nullable(),
  reason: z.string()
})
export type SwapCandidate = z.infer<typeof SwapCandidate>
export const SwapCandidates = z.object({
  itemId: Id,
  exerciseId: Id,
  items: z.array(SwapCandidate),
  /** Related exercises left out because they do not suit the client. */
  excluded: z.int()
})
export type SwapCandidates = z.infer<typeof SwapCandidates>

export const ProgramSwap = z.strictObject({
  programId: Id,
  revision: whole('Revision', 0, Number.MAX_SAFE_INTEGER),
  itemId: Id,
  exerciseId: Id,
  /** Also swap the same item in every other week (same lineage). */
  allWeeks: z.boolean().default(true)
})
export const ProgramSwapped = ProgramSaved.extend({ swapped: z.int() })
