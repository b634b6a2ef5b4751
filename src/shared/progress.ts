import { z } from 'zod'
import { Id, IsoDate } from './common'
import { MEASUREMENTS, MUSCLE_GROUPS } from './exercises'
import { PainAlert, RECORD_KINDS } from './logs'
import { UNIT_KINDS } from './measurements'
import { ScheduledSession } from './programs'

// Analytics over a client's logs and measurements, the dashboard, and CSV export.
// Session logs and pain alerts: ./logs.ts; measurements: ./measurements.ts.

/** The estimate used everywhere a 1RM is shown; beyond 10 reps it drifts too far to trust. */
export const ONE_RM_FORMULA = {
  name: 'Epley',
  text: '1RM = load × (1 + reps ÷ 30)',
  minReps: 1,
  maxReps: 10
} as const
export const OneRmFormula = z.object({ name: z.string(), text: z.string(), minReps: z.int(), maxReps: z.int() })

/** The articles' expected course of a 12-week program, repeated for longer ones. */
export const COURSE_PHASES = [
  { name: 'Muscular endurance', fromWeek: 1, toWeek: 4, expect: 'Form settles and the client manages more reps at the same load.' },
  { name: 'Definition', fromWeek: 5, toWeek: 8, expect: 'Muscles look firmer; loads start to climb.' },
  { name: 'Strength', fromWeek: 9, toWeek: 12, expect: 'Heavier loads for fewer reps; estimated 1RM rises.' }
] as const

export const ClientProgressInput = z.strictObject({
  clientId: Id,
  /** The day to report as of (a review of past weeks); today when left out. */
  asOf: IsoDate.optional()
})

const BestSet = z.object({
  date: IsoDate,
  logId: Id,
  reps: z.int().nullable(),
  loadKg: z.number().nullable(),
  holdSeconds: z.int().nullable(),
  durationSeconds: z.int().nullable(),
  distanceM: z.number().nullable()
})

export const RecordMark = z.object({
  kind: z.enum(RECORD_KINDS),
  value: z.number(),
  previous: z.number().nullable(),
  date: IsoDate,
  logId: Id
})
export type RecordMark = z.infer<typeof RecordMark>

export const ExerciseProgress = z.object({
  exerciseId: Id,
  name: z.string(),
  measurement: z.enum(MEASUREMENTS),
  primaryGroups: z.array(z.enum(MUSCLE_GROUPS)),
  /** Logs with at least one done set of it. */
  sessions: z.int(),
  setsDone: z.int(),
  firstDate: IsoDate,
  lastDate: IsoDate,
  /** Best set by the exercise's measure: highest e1RM (or load, then reps) for reps; longest hold, duration or distance otherwise. */
  bestSet: BestSet.nullable(),
  /** Best Epley estimate from a set of 1-10 reps with a load; null with the reason otherwise. */
  e1rmKg: z.number().nullable(),
  e1rmNote: z.string().nullable(),
  /** Sum of reps × load (kg) over every done set; and in the latest session. */
  totalVolumeKg: z.number(),
  lastVolumeKg: z.number(),
  /** Current records, each with the log that set it. */
  records: z.array(RecordMark)
})
export type ExerciseProgress = z.infer<typeof ExerciseProgress>

export const WeeklyVolume = z.object({
  /** First day of the week (settings' first day of the week). */
  weekStart: IsoDate,
  groups: z.array(z.object({ group: z.enum(MUSCLE_GROUPS), sets: z.int(), volumeKg: z.number() }))
})

export const AdherenceWeek = z.object({
  weekStart: IsoDate,
  /** Dated sessions of the week (up to today). */
  scheduled: z.int(),
  /** Of those, sessions with a log. */
  done: z.int(),
  /** Logs without a dated session (extra or unplanned). */
  extra: z.int(),
  /** done ÷ scheduled; null when nothing was scheduled. */
  rate: z.number().nullable()
})

export const MeasurementSeries = z.object({
  typeId: Id,
  name: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  unit: z.string(),
  points: z.array(z.object({ date: IsoDate, value: z.number() }))
})

export const WeightGoalTrajectory = z.object({
  targetKg: z.number(),
  /** The client's weekly rate in kg (negative loses). */
  weeklyRateKg: z.number(),
  /** The first body-weight measurement (else the client's recorded weight, dated when the client was created). */
  startDate: IsoDate,
  startKg: z.number(),
  /** When the planned line reaches the target; null when the rate is 0 or points away from it. */
  targetDate: IsoDate.nullable(),
  /** Planned weight week by week from the start to the target date (or 12 weeks when there is none). */
  planned: z.array(z.object({ date: IsoDate, kg: z.number() })),
  actual: z.array(z.object({ date: IsoDate, kg: z.number() })),
  latestKg: z.number().nullable(),
  /** Latest actual against the planned line on that day (kg; positive = heavier than planned). */
  deviationKg: z.number().nullable(),
  status: z.enum(['ahead', 'on-track', 'behind', 'reached', 'no-data'])
})
export type WeightGoalTrajectory = z.infer<typeof WeightGoalTrajectory>

export const CoursePhase = z.object({
  name: z.string(),
  expect: z.string(),
  fromWeek: z.int(),
  toWeek: z.int(),
  startDate: IsoDate,
  endDate: IsoDate,
  current: z.boolean()
})
export const ProgramCourse = z.object({
  programId: Id,
  programName: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  weeks: z.int(),
  /** 1-based week today falls in; null before the start or after the end. */
  currentWeek: z.int().nullable(),
  phases: z.array(CoursePhase)
})
export type ProgramCourse = z.infer<typeof ProgramCourse>

export const ExerciseSeriesInput = z.strictObject({ clientId: Id, exerciseId: Id })
export const ExerciseSeriesPoint = z.object({
  date: IsoDate,
  logId: Id,
  sets: z.int(),
  bestLoadKg: z.number().nullable(),
  /** Most reps in one set without a load (bodyweight work); null for loaded work. */
  bestReps: z.int().nullable(),
  /** Longest hold (s), duration (s) or distance (m) for exercises measured that way. */
  bestOther: z.number().nullable(),
  e1rmKg: z.number().nullable(),
  volumeKg: z.number(),
  /** This session set a personal record of any kind (see RECORD_KINDS). */
  isRecord: z.boolean()
})
export type ExerciseSeriesPoint = z.infer<typeof ExerciseSeriesPoint>
export const ExerciseSeries = z.object({
  exerciseId: Id,
  name: z.string(),
  measurement: z.enum(MEASUREMENTS),
  formula: OneRmFormula,
  /** Oldest first. */
  points: z.array(ExerciseSeriesPoint)
})
export type ExerciseSeries = z.infer<typeof ExerciseSeries>

export const ClientRecord = RecordMark.extend({ exerciseId: Id, exerciseName: z.string() })

export const ClientProgress = z.object({
  clientId: Id,
  clientName: z.string(),
  today: IsoDate,
  formula: OneRmFormula,
  totals: z.object({ sessions: z.int(), setsDone: z.int(), volumeKg: z.number(), firstDate: IsoDate.nullable(), lastDate: IsoDate.nullable() }),
  /** Most recently logged first. */
  exercises: z.array(ExerciseProgress),
  /** Oldest week first; weeks with logs only. */
  weeklyVolume: z.array(WeeklyVolume),
  /** Oldest week first, from the first scheduled or logged week to this week. */
  adherence: z.array(AdherenceWeek),
  adherenceTotal: z.object({ scheduled: z.int(), done: z.int(), rate: z.number().nullable() }),
  measurements: z.array(MeasurementSeries),
  weightGoal: WeightGoalTrajectory.nullable(),
  /** The current (else latest) assigned program's timeline with the expected phases. */
  course: ProgramCourse.nullable(),
  /** Records set in the last 90 days, newest first. */
  recentRecords: z.array(ClientRecord),
  /** progress.exerciseSeries of the first of `exercises` (the chart the page opens on); null when nothing is logged. */
  firstSeries: ExerciseSeries.nullable()
})
export type ClientProgress = z.infer<typeof ClientProgress>


// ---- Dashboard ----

/** Sessions of the day listed on the dashboard unless all are asked for (a studio can have hundreds). */
export const TODAY_SHOWN = 40
/** Open pain alerts and clients awaiting clearance listed on Today; the totals are given beside them. */
export const PAIN_SHOWN = 30
export const CLEARANCE_SHOWN = 30
export const DashboardInput = z.strictObject({
  date: IsoDate,
  /** List every session of the day, not just the first TODAY_SHOWN. */
  allToday: z.boolean().optional()
})

export const DashboardSession = ScheduledSession.extend({ logId: Id.nullable() })
export type DashboardSession = z.infer<typeof DashboardSession>

export const Dashboard = z.object({
  date: IsoDate,
  /** The day's dated sessions across clients by client name, with their log when recorded (the first TODAY_SHOWN unless allToday). */
  today: z.array(DashboardSession),
  /** How many sessions the day has in all, and how many of them are logged. */
  todayTotal: z.int(),
  todayLogged: z.int(),
  /** Dated sessions of the 14 days before, not logged (newest first; at most 30, see missedTotal). */
  missed: z.array(DashboardSession),
  /** How many sessions of those 14 days were missed in all. */
  missedTotal: z.int(),
  /** Open pain alerts of active clients, newest first (at most PAIN_SHOWN, see painTotal). */
  painAlerts: z.array(PainAlert),
  painTotal: z.int(),
  painGuidance: z.string(),
  /** Active programs whose last day is within 14 days of the date. */
  endingSoon: z.array(z.object({ programId: Id, name: z.string(), clientId: Id, clientName: z.string(), endDate: IsoDate, daysLeft: z.int() })),
  /** Records set in the 14 days up to the date, newest first. */
  recentRecords: z.array(ClientRecord.extend({ clientId: Id, clientName: z.string() })),
  /** Active clients waiting for a medical clearance, by name (at most CLEARANCE_SHOWN, see clearanceTotal). */
  clearanceNeeded: z.array(z.object({ clientId: Id, name: z.string() })),
  clearanceTotal: z.int()
})
export type Dashboard = z.infer<typeof Dashboard>

// ---- CSV export ----

export const CSV_KINDS = ['logs', 'measurements'] as const
export const ExportCsvInput = z.strictObject({
  kind: z.enum(CSV_KINDS, { error: 'Export logs or measurements' }),
  /** One client's; everyone's when left out. */
  clientId: Id.optional(),
  /** Where to write (from host.chooseSavePath); must end in .csv. */
  path: z
    .string()
    .min(1)
    .max(4096)
    .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'A full path (from the save dialog)' })
    .refine((p) => p.toLowerCase().endsWith('.csv'), { error: 'The file name must end in .csv' })
})
export type ExportCsvInput = z.input<typeof ExportCsvInput>
export const CsvExported = z.object({ path: z.string(), rows: z.int() })
