import { z } from 'zod'
import { Id, IsoDate, Timestamp, line, paragraph } from './common'
import { MEASUREMENTS, RepRange } from './exercises'
import { BLOCKS, Load } from './programs'
import { RECORD_KINDS } from './recordKinds'
import { BODY_AREAS } from './vocabulary'

// The session-log part of the progress contract: what a trainer records in (or after) a session,
// set by set, and the pain flags that raise alerts. Loads are stored in kg; the UI converts with
// the units from settings. Analytics and the dashboard live in ./progress.ts, measurements in ./measurements.ts.

const whole = (label: string, min: number, max: number) =>
  z
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` })

const decimal = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` })

/** Stop, and see a health professional: shown with every open pain alert until the trainer resolves it. */
export const PAIN_GUIDANCE =
  'Stop the movement that hurts and do not load that area again today. Pain during training is a signal, not something to push through: ask the client to see a doctor or physiotherapist before that area is trained again, and note what they advise when you resolve this alert.'

export const PainFlag = z.strictObject({
  area: z.enum(BODY_AREAS, { error: 'Choose where it hurts' }),
  note: line(500, 'The pain note').default('')
})
export type PainFlag = z.output<typeof PainFlag>
export type PainFlagInput = z.input<typeof PainFlag>

export const SET_STATUSES = ['done', 'skipped'] as const
export type SetStatus = (typeof SET_STATUSES)[number]

/** The week's target for one set, copied from the program when the log was prefilled (kept as it was then). */
export const SetTarget = z.strictObject({
  reps: RepRange.nullable().default(null),
  perSide: z.boolean().default(false),
  holdSeconds: whole('Target hold', 1, 3600).nullable().default(null),
  durationMinutes: whole('Target duration', 1, 600).nullable().default(null),
  distanceMeters: whole('Target distance', 1, 100_000).nullable().default(null),
  load: Load.nullable().default(null),
  /** The prescription in a trainer's shorthand ("3 × 8-12 @ 40 kg"), as printed on the sheet. */
  text: line(300, 'Target').default('')
})
export type SetTarget = z.output<typeof SetTarget>

export const LOAD_LIMIT_KG = 1000

/** One set as recorded. A skipped set may leave every number empty. */
export const SetLogInput = z.strictObject({
  target: SetTarget.nullable().default(null),
  reps: whole('Reps', 0, 1000).nullable().default(null),
  loadKg: decimal('Load', 0, LOAD_LIMIT_KG).nullable().default(null),
  holdSeconds: whole('Hold', 0, 3600).nullable().default(null),
  durationSeconds: whole('Duration', 0, 86_400).nullable().default(null),
  distanceM: decimal('Distance', 0, 1_000_000).nullable().default(null),
  rpe: decimal('RPE', 1, 10)
    .refine((v) => Number.isInteger(v * 2), { error: 'RPE goes in steps of 0.5' })
    .nullable()
    .default(null),
  status: z.enum(SET_STATUSES, { error: 'A set is done or skipped' }).default('done'),
  pain: PainFlag.nullable().default(null)
})
export type SetLogInput = z.input<typeof SetLogInput>

export const EntryInput = z.strictObject({
  exerciseId: Id,
  /** The program item it was prescribed by (null for an exercise added on the day). */
  itemId: Id.nullable().default(null),
  /** Superset or circuit label from the sheet ("A1"). */
  label: z.string().regex(/^[A-Z][0-9]{1,2}$/, { error: 'A label is a letter and a number, e.g. A1' }).nullable().default(null),
  notes: line(500, 'Exercise notes').default(''),
  sets: z.array(SetLogInput).min(1, { error: 'Record at least one set' }).max(50, { error: 'At most 50 sets of one exercise' })
})
export type EntryInput = z.input<typeof EntryInput>

/** Tomorrow, local time: a trainer a time zone ahead of the machine may already be on that day. */
function latestLogDate(): string {
  const d = new Date()
  d.setDate(d.getDate() + 1)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

export const StartTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'Time is HH:MM (24-hour), e.g. 07:30' })

/** Create (no id) or replace (id) a whole session log in one transaction. */
export const LogSave = z
  .strictObject({
    id: Id.optional(),
    clientId: Id,
    programId: Id.nullable().default(null),
    /** The dated session it records; null for a session without a plan. */
    scheduledSessionId: Id.nullable().default(null),
    /** The program's session (which sheet); kept even when the schedule is rebuilt. */
    programSessionId: Id.nullable().default(null),
    weekNumber: whole('Week', 1, 52).nullable().default(null),
    title: line(120, 'Title').default(''),
    date: IsoDate.refine((d) => d >= '1990-01-01', { error: 'Choose a date after 1990' }).refine((d) => d <= latestLogDate(), {
      error: 'A session cannot be logged ahead of time'
    }),
    startTime: StartTime.nullable().default(null),
    durationMinutes: whole('Duration', 1, 600).nullable().default(null),
    /** Session RPE: how hard the whole session felt, 1 (rest) to 10 (maximal). */
    effort: whole('Effort', 1, 10).nullable().default(null),
    notes: paragraph(4000, 'Notes').default(''),
    pain: PainFlag.nullable().default(null),
    entries: z.array(EntryInput).max(80, { error: 'At most 80 exercises in a session' })
  })
  .refine((l) => l.entries.length > 0 || l.notes.trim() !== '' || l.pain !== null, {
    error: 'Record at least one exercise, a note or a pain flag',
    path: ['entries']
  })
export type LogSave = z.input<typeof LogSave>

/** Either a dated session, or a program's session and week (e.g. re-keying a sheet that was not scheduled). */
export const LogPrefillInput = z
  .strictObject({
    clientId: Id,
    scheduledSessionId: Id.optional(),
    programId: Id.optional(),
    /** A program session id (ProgramSession.id of any week: the week below picks the targets). */
    sessionId: Id.optional(),
    week: whole('Week', 1, 52).optional(),
    /** The log's date when not from the schedule; today when left out. */
    date: IsoDate.optional()
  })
  .refine((q) => q.scheduledSessionId !== undefined || (q.programId !== undefined && q.sessionId !== undefined), {
    error: 'Name a scheduled session, or a program and one of its sessions',
    path: ['scheduledSessionId']
  })
export type LogPrefillInput = z.input<typeof LogPrefillInput>

export const PainState = z.object({
  id: Id,
  area: z.enum(BODY_AREAS),
  note: z.string(),
  resolvedAt: Timestamp.nullable(),
  resolutionNote: z.string()
})
export type PainState = z.infer<typeof PainState>

export const SetLog = z.object({
  id: Id,
  target: SetTarget.nullable(),
  reps: z.int().nullable(),
  loadKg: z.number().nullable(),
  holdSeconds: z.int().nullable(),
  durationSeconds: z.int().nullable(),
  distanceM: z.number().nullable(),
  rpe: z.number().nullable(),
  status: z.enum(SET_STATUSES),
  pain: PainState.nullable(),
  /** Epley estimate for this set (null outside 1-10 reps or without a load). */
  e1rmKg: z.number().nullable()
})
export type SetLog = z.infer<typeof SetLog>

// Kept in recordKinds.ts (no zod there, for the renderer's start); re-exported for the contract.
export { RECORD_KINDS, RECORD_KIND_LABELS, type RecordKind } from './recordKinds'

/** A personal record the log set: better than every earlier log of that exercise for the client. */
export const PersonalRecord = z.object({
  exerciseId: Id,
  exerciseName: z.string(),
  kind: z.enum(RECORD_KINDS),
  /** kg for e1rm and load; reps; seconds for hold and duration; metres for distance. */
  value: z.number(),
  /** The best before this log; null when this is the first time the exercise was logged with that measure. */
  previous: z.number().nullable()
})
export type PersonalRecord = z.infer<typeof PersonalRecord>

export const LogEntry = z.object({
  id: Id,
  exerciseId: Id,
  exerciseName: z.string(),
  measurement: z.enum(MEASUREMENTS),
  itemId: Id.nullable(),
  label: z.string().nullable(),
  notes: z.string(),
  sets: z.array(SetLog)
})
export type LogEntry = z.infer<typeof LogEntry>

export const SessionLog = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  programId: Id.nullable(),
  programName: z.string().nullable(),
  scheduledSessionId: Id.nullable(),
  programSessionId: Id.nullable(),
  weekNumber: z.int().nullable(),
  title: z.string(),
  date: IsoDate,
  startTime: z.string().nullable(),
  durationMinutes: z.int().nullable(),
  effort: z.int().nullable(),
  notes: z.string(),
  pain: PainState.nullable(),
  entries: z.array(LogEntry),
  /** Records this log set (compared with the client's earlier logs). */
  records: z.array(PersonalRecord),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type SessionLog = z.infer<typeof SessionLog>

export const SetDraft = SetLogInput.extend({ target: SetTarget.nullable() })

/** An unsaved log: that week's targets in the order of the printed sheet, values prefilled from them. */
export const LogDraft = z.object({
  clientId: Id,
  clientName: z.string(),
  programId: Id.nullable(),
  programName: z.string().nullable(),
  scheduledSessionId: Id.nullable(),
  programSessionId: Id.nullable(),
  weekNumber: z.int().nullable(),
  /** The program week's phase, e.g. "Muscular endurance". */
  phase: z.string(),
  title: z.string(),
  date: IsoDate,
  /** A log already saved for this dated session: open it instead of starting again. */
  existingLogId: Id.nullable(),
  entries: z.array(
    z.object({
      exerciseId: Id,
      exerciseName: z.string(),
      measurement: z.enum(MEASUREMENTS),
      block: z.enum(BLOCKS),
      itemId: Id.nullable(),
      label: z.string().nullable(),
      /** The whole prescription as printed ("3 × 8-12 @ 40 kg, tempo 3-1-1-0, rest 90 s"). */
      prescription: z.string(),
      /** The trainer's notes on the item in the program ("slow on the way down"): shown, not saved. */
      instructions: z.string(),
      /** The log's own note on the exercise: starts empty. */
      notes: z.string(),
      sets: z.array(
        z.object({
          target: SetTarget.nullable(),
          reps: z.int().nullable(),
          loadKg: z.number().nullable(),
          holdSeconds: z.int().nullable(),
          durationSeconds: z.int().nullable(),
          distanceM: z.number().nullable(),
          rpe: z.number().nullable(),
          status: z.enum(SET_STATUSES),
          pain: PainFlag.nullable()
        })
      )
    })
  )
})
export type LogDraft = z.infer<typeof LogDraft>

export const LogListQuery = z
  .strictObject({
    clientId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    limit: z.int().min(1).max(500).default(50),
    /** nextCursor of the previous page. */
    cursor: z.string().max(100).nullish()
  })
  .refine((q) => !(q.from && q.to && q.from > q.to), { error: 'From must not be after to', path: ['to'] })
export type LogListQuery = z.input<typeof LogListQuery>

export const LogSummary = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  date: IsoDate,
  startTime: z.string().nullable(),
  title: z.string(),
  programId: Id.nullable(),
  programName: z.string().nullable(),
  scheduledSessionId: Id.nullable(),
  weekNumber: z.int().nullable(),
  effort: z.int().nullable(),
  durationMinutes: z.int().nullable(),
  exercises: z.int(),
  setsDone: z.int(),
  setsSkipped: z.int(),
  /** Sum of reps × load over done sets, kg. */
  volumeKg: z.number(),
  /** Pain flags on this log still open. */
  openPain: z.int(),
  records: z.int()
})
export type LogSummary = z.infer<typeof LogSummary>
export const LogList = z.object({ items: z.array(LogSummary), total: z.int(), nextCursor: z.string().nullable() })
export type LogList = z.infer<typeof LogList>

export const LogDeleteInput = z.strictObject({ id: Id, confirm: z.literal(true, { error: 'Deleting a log needs confirm: true' }) })
export const LogDeleted = z.object({ id: Id, deletedAt: Timestamp })

// ---- Pain alerts ----

export const PAIN_STATUSES = ['open', 'resolved', 'all'] as const
export const PainListQuery = z.strictObject({
  clientId: Id.optional(),
  status: z.enum(PAIN_STATUSES, { error: 'Status is open, resolved or all' }).default('open'),
  limit: z.int().min(1).max(500).default(100)
})
export type PainListQuery = z.input<typeof PainListQuery>

export const PainAlert = z.object({
  id: Id,
  clientId: Id,
  clientName: z.string(),
  logId: Id,
  date: IsoDate,
  area: z.enum(BODY_AREAS),
  note: z.string(),
  /** Where it was flagged: the whole session, or one set of one exercise. */
  where: z.object({
    kind: z.enum(['session', 'set']),
    exerciseId: Id.nullable(),
    exerciseName: z.string().nullable(),
    /** 1-based set number within the exercise. */
    setNumber: z.int().nullable(),
    label: z.string().nullable()
  }),
  resolvedAt: Timestamp.nullable(),
  resolutionNote: z.string(),
  createdAt: Timestamp
})
export type PainAlert = z.infer<typeof PainAlert>
export const PainList = z.object({ items: z.array(PainAlert), total: z.int(), guidance: z.string() })
export type PainList = z.infer<typeof PainList>

export const PainResolve = z.strictObject({ id: Id, note: line(500, 'Resolution note').default('') })
