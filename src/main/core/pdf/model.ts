import type { ProgressReportModel } from './progress-data'

// The printed plan as plain data: everything the document shows, already worded, with no store or
// React in sight. The core builds it (plan-data.ts) and hands it to the renderer (a worker thread),
// so it must survive structured cloning.

export type PaperSize = 'A4' | 'Letter'
export type WeightUnit = 'kg' | 'lb'
export type BlockKind = 'warm-up' | 'main' | 'cool-down'

/** What one item asks for in one week, split into the lines a cell shows. */
export interface WeekCell {
  /** "3 × 8-12 /side", "2 × 30 s hold", "20 min". */
  work: string
  /** "RPE 6", "42.5 kg", "70% 1RM", "Bodyweight"; empty when none. */
  load: string
  /** Tempo and rest when they change from week to week (otherwise they are shown once, by the name). */
  extra: string
  notes: string
  sets: number
}

export interface PlanRow {
  /** "A1", "A2" for supersets and circuits. */
  label: string | null
  groupKind: 'superset' | 'circuit' | null
  block: BlockKind
  exerciseId: string
  exerciseName: string
  /** What every week shares: "Tempo 3-1-1-0 · Rest 90 s", and notes that never change. */
  constant: string
  /** One cell per week of the program (null: not done that week). */
  weeks: (WeekCell | null)[]
}

export interface PlanSession {
  /** "A", "B"...: the key used in the schedule overview. */
  key: string
  name: string
  rows: PlanRow[]
}

export interface OverviewWeek {
  week: number
  phase: string
  /** Seven days from the week's first day: the session key trained that day, or null. */
  days: (string | null)[]
  /** Seven dates ("2 Mar") when the program is scheduled. */
  dates: (string | null)[]
}

export interface ExerciseGuide {
  id: string
  name: string
  summary: string
  steps: string[]
  cues: string[]
  breathing: string[]
  safety: string[]
  image: { mimeType: 'image/png' | 'image/jpeg'; dataBase64: string } | null
}

export interface TrainerCard {
  name: string
  business: string
  contact: string[]
  certifications: string[]
  logo: { mimeType: 'image/png' | 'image/jpeg'; dataBase64: string } | null
}

/** One session of one week as a card to take to the gym. */
export interface SessionCard {
  sessionName: string
  week: number
  phase: string
  date: string | null
  rows: (Omit<PlanRow, 'weeks'> & { cell: WeekCell })[]
}

export interface PlanModel {
  paper: PaperSize
  units: WeightUnit
  instructions: boolean
  logCells: boolean
  /** The client's name, or null for a template. */
  clientName: string | null
  programName: string
  goal: string
  description: string
  level: string
  weeks: number
  sessionsPerWeek: number
  /** "Monday 2 March 2026" when scheduled. */
  startDate: string | null
  endDate: string | null
  trainer: TrainerCard
  /** Seven weekday names from the program week's first day. */
  dayLabels: string[]
  phases: string[]
  overview: OverviewWeek[]
  sessions: PlanSession[]
  card: SessionCard | null
  guides: ExerciseGuide[]
  /** The client's progress so far, printed before the safety page (plans.export's `progress`). */
  progress?: ProgressReportModel | null
}

/** The name printed in every page's footer. */
export function footerName(model: PlanModel): string {
  return model.clientName ?? 'Template'
}
