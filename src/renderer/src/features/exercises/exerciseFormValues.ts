// What the exercise form holds (text as typed) and how it becomes the contract's ExerciseContent,
// validated by the same zod schema the core enforces. Problems are keyed by the form's field keys.

import type { z } from 'zod'
import {
  ExerciseContent,
  type Exercise,
  type ExerciseCategory,
  type Measurement,
  type MovementPattern,
  type Muscle,
  type ExerciseSetting
} from '../../../../shared/exercises'
import type { FieldIssue } from '../../../../shared/envelope'
import type { BodyArea, Equipment, TrainingLevel } from '../../../../shared/vocabulary'

export interface StepRow {
  /** Stable React key, so moving or removing a row keeps focus and typed text with their row. */
  key: string
  text: string
}

export interface CautionRow {
  key: string
  area: BodyArea | ''
  note: string
}

export interface ExerciseFormValues {
  name: string
  /** One per line, as typed. */
  aliases: string
  summary: string
  category: ExerciseCategory | ''
  pattern: MovementPattern | ''
  level: TrainingLevel | ''
  setting: ExerciseSetting | ''
  laterality: 'both-sides' | 'one-side' | ''
  measurement: Measurement | ''
  sets: string
  repsMin: string
  repsMax: string
  holdSeconds: string
  durationMinutes: string
  distanceMeters: string
  restSeconds: string
  perSide: boolean
  primaryMuscles: Muscle[]
  secondaryMuscles: Muscle[]
  equipment: Equipment[]
  steps: StepRow[]
  cues: string
  breathing: string
  safety: string
  cautions: CautionRow[]
  needsSpotter: boolean
  variations: string
}

export type FieldErrors = Record<string, string>

let rowCounter = 0
function nextKey(prefix: string): string {
  rowCounter += 1
  return `${prefix}-${rowCounter}`
}
export const newStepRow = (text = ''): StepRow => ({ key: nextKey('step'), text })
export const newCautionRow = (area: BodyArea | '' = '', note = ''): CautionRow => ({ key: nextKey('caution'), area, note })

export function emptyFormValues(): ExerciseFormValues {
  return {
    name: '',
    aliases: '',
    summary: '',
    category: 'strength',
    pattern: '',
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    sets: '3',
    repsMin: '8',
    repsMax: '12',
    holdSeconds: '',
    durationMinutes: '',
    distanceMeters: '',
    restSeconds: '60',
    perSide: false,
    primaryMuscles: [],
    secondaryMuscles: [],
    equipment: [],
    steps: [newStepRow()],
    cues: '',
    breathing: '',
    safety: '',
    cautions: [],
    needsSpotter: false,
    variations: ''
  }
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n))

export function formValuesFromExercise(content: Exercise['content']): ExerciseFormValues {
  const p = content.defaultPrescription
  return {
    name: content.name,
    aliases: content.aliases.join('\n'),
    summary: content.summary,
    category: content.category,
    pattern: content.pattern,
    level: content.level,
    setting: content.setting,
    laterality: content.laterality,
    measurement: content.measurement,
    sets: text(p.sets),
    repsMin: text(p.reps?.min),
    repsMax: text(p.reps?.max),
    holdSeconds: text(p.holdSeconds),
    durationMinutes: text(p.durationMinutes),
    distanceMeters: text(p.distanceMeters),
    restSeconds: text(p.restSeconds),
    perSide: p.perSide,
    primaryMuscles: [...content.primaryMuscles],
    secondaryMuscles: [...content.secondaryMuscles],
    equipment: [...content.equipment],
    steps: content.steps.length > 0 ? content.steps.map((s) => newStepRow(s)) : [newStepRow()],
    cues: content.cues.join('\n'),
    breathing: content.breathing.join('\n'),
    safety: content.safety.join('\n'),
    cautions: content.cautions.map((c) => newCautionRow(c.area, c.note)),
    needsSpotter: content.needsSpotter,
    variations: content.variations.join('\n')
  }
}

/** One entry per non-blank line. */
function linesOf(value: string): string[] {
  return value
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
}

/** Typed text as a whole number; blank is null; anything unreadable is NaN so the schema names the field. */
function wholeNumber(value: string): number | null {
  const trimmed = value.trim()
  if (trimmed === '') return null
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** The prescription field the chosen measurement needs (where "needs its reps" problems are shown). */
export const MEASURE_FIELD: Record<Measurement, string> = {
  reps: 'defaultPrescription.reps.min',
  hold: 'defaultPrescription.holdSeconds',
  duration: 'defaultPrescription.durationMinutes',
  distance: 'defaultPrescription.distanceMeters'
}

const LINE_FIELDS = new Set(['aliases', 'cues', 'breathing', 'safety', 'variations'])

interface Built {
  input: z.input<typeof ExerciseContent>
  /** Blank number boxes the schema would only call "not a number". */
  blanks: FieldErrors
  /** Index in input.steps -> index of the row on screen (blank rows are left out). */
  stepRows: number[]
}

function build(values: ExerciseFormValues): Built {
  const blanks: FieldErrors = {}
  const number = (key: string, value: string, blankMessage: string | null): number | null => {
    const n = wholeNumber(value)
    if (n === null && blankMessage) blanks[key] = blankMessage
    return n
  }
  const m = values.measurement
  const reps =
    m === 'reps'
      ? {
          min: number('defaultPrescription.reps.min', values.repsMin, 'Enter the lowest number of reps'),
          max: number('defaultPrescription.reps.max', values.repsMax, 'Enter the highest number of reps')
        }
      : null
  const stepRows: number[] = []
  values.steps.forEach((row, index) => {
    if (row.text.trim()) stepRows.push(index)
  })
  const input = {
    name: values.name,
    aliases: linesOf(values.aliases),
    summary: values.summary.trim(),
    category: values.category || undefined,
    pattern: values.pattern || undefined,
    primaryMuscles: values.primaryMuscles,
    secondaryMuscles: values.secondaryMuscles,
    equipment: values.equipment,
    level: values.level || undefined,
    setting: values.setting || undefined,
    laterality: values.laterality || undefined,
    measurement: m || undefined,
    defaultPrescription: {
      sets: number('defaultPrescription.sets', values.sets, 'Enter the number of sets'),
      reps: reps && reps.min !== null && reps.max !== null ? reps : null,
      // A reps exercise may also hold each rep ("hold 5 s at the top"); other measurements use one field.
      holdSeconds: m === 'reps' || m === 'hold' ? number('defaultPrescription.holdSeconds', values.holdSeconds, m === 'hold' ? 'Enter how many seconds to hold' : null) : null,
      durationMinutes: m === 'duration' ? number('defaultPrescription.durationMinutes', values.durationMinutes, 'Enter how many minutes') : null,
      distanceMeters: m === 'distance' ? number('defaultPrescription.distanceMeters', values.distanceMeters, 'Enter the distance in metres') : null,
      restSeconds: number('defaultPrescription.restSeconds', values.restSeconds, 'Enter the rest in seconds (0 for none)'),
      perSide: values.perSide
    },
    steps: stepRows.map((i) => values.steps[i]!.text.trim()),
    cues: linesOf(values.cues),
    breathing: linesOf(values.breathing),
    safety: linesOf(values.safety),
    cautions: values.cautions.map((c) => ({ area: c.area || undefined, note: c.note })),
    needsSpotter: values.needsSpotter,
    variations: linesOf(values.variations)
  }
  // The schema's types are stricter than what a half-filled form holds; it reports each gap by path.
  return { input: input as unknown as z.input<typeof ExerciseContent>, blanks, stepRows }
}

/** A schema or core issue path as the form's field key ("steps.0" -> the step row on screen, "cues.2" -> the cues box). */
export function fieldKeyOf(path: readonly PropertyKey[], values: ExerciseFormValues, stepRows: number[]): { key: string; line?: number } {
  const parts = path.map(String)
  const [head, second] = parts
  if (head === undefined) return { key: '' }
  if (LINE_FIELDS.has(head)) return { key: head, line: second === undefined ? undefined : Number(second) + 1 }
  if (head === 'primaryMuscles' || head === 'secondaryMuscles' || head === 'equipment') return { key: head }
  if (head === 'steps') return { key: second === undefined ? 'steps' : `steps.${stepRows[Number(second)] ?? second}` }
  if (head === 'defaultPrescription') {
    if (parts.length === 1) return { key: values.measurement ? MEASURE_FIELD[values.measurement] : 'measurement' }
    return { key: parts.slice(0, 3).join('.') }
  }
  return { key: parts.join('.') }
}

export type Validation = { ok: true; input: z.output<typeof ExerciseContent>; stepRows: number[] } | { ok: false; errors: FieldErrors }

/** Checks the form with the contract's schema; the first message per field wins. */
export function validateExercise(values: ExerciseFormValues): Validation {
  const { input, blanks, stepRows } = build(values)
  const parsed = ExerciseContent.safeParse(input)
  if (parsed.success && Object.keys(blanks).length === 0) return { ok: true, input: parsed.data, stepRows }
  const errors: FieldErrors = { ...blanks }
  if (!parsed.success) {
    const blankPrescription = Object.keys(blanks).some((k) => k.startsWith('defaultPrescription.'))
    for (const issue of parsed.error.issues) {
      // "needs its reps" adds nothing to a blank box's own message.
      if (blankPrescription && issue.path.length === 1 && issue.path[0] === 'defaultPrescription') continue
      const { key, line } = fieldKeyOf(issue.path, values, stepRows)
      errors[key] ??= line ? `${issue.message} (line ${line})` : issue.message
    }
  }
  // Everything is ticked off a blank step list the same way: at the first step's box.
  if (errors.steps && values.steps.length > 0) {
    errors[`steps.0`] ??= errors.steps
    delete errors.steps
  }
  return { ok: false, errors }
}

/** The core's issues (dotted paths, under "content." for an update) as form field messages. */
export function errorsFromIssues(issues: FieldIssue[], values: ExerciseFormValues, stepRows: number[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const path = issue.path.replace(/^content\.?/, '')
    const { key } = fieldKeyOf(path === '' ? [] : path.split('.'), values, stepRows)
    errors[key] ??= issue.message
  }
  return errors
}
