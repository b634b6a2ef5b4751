// What the client form holds (text as typed, in the trainer's units) and how it becomes the contract's
// ClientInput in stored units, validated by the same zod schema the core enforces.

import { ClientInput, ClientUpdate, HEIGHT_CM, WEIGHT_KG, type Client } from '../../../../shared/clients'
import type { Units } from '../../../../shared/settings'
import {
  READINESS_QUESTIONS,
  type BodyArea,
  type Equipment,
  type GoalTag,
  type ReadinessQuestionId,
  type Sex,
  type TrainingLevel,
  type TrainingLocation
} from '../../../../shared/vocabulary'
import {
  cmToFeetInches,
  feetInchesToCm,
  formatHeight,
  formatNumber,
  formatWeight,
  parseRateValue,
  rateValue,
  weightFromUnit,
  weightToUnit
} from '../../lib/units'

export type Answer = 'yes' | 'no' | ''

export interface LimitationRow {
  /** Stable React key, so removing a row keeps the others' focus and text. */
  key: string
  area: BodyArea | ''
  note: string
}

export interface ClientFormValues {
  name: string
  email: string
  phone: string
  dateOfBirth: string
  sex: Sex | ''
  heightCm: string
  heightFeet: string
  heightInches: string
  weight: string
  goals: string
  goalTags: GoalTag[]
  level: TrainingLevel
  trainingLocation: TrainingLocation
  equipment: Equipment[]
  limitations: LimitationRow[]
  readinessAnsweredOn: string
  answers: Record<ReadinessQuestionId, Answer>
  clearanceReceivedOn: string
  hasWeightGoal: boolean
  targetWeight: string
  weeklyRate: string
  notes: string
  tags: string
}

let rowCounter = 0
export function newLimitationRow(area: BodyArea | '' = '', note = ''): LimitationRow {
  rowCounter += 1
  return { key: `limitation-${rowCounter}`, area, note }
}

function noAnswers(): Record<ReadinessQuestionId, Answer> {
  return Object.fromEntries(READINESS_QUESTIONS.map((q) => [q.id, ''])) as Record<ReadinessQuestionId, Answer>
}

function heightTexts(cm: number | null, units: Units): Pick<ClientFormValues, 'heightCm' | 'heightFeet' | 'heightInches'> {
  if (cm === null) return { heightCm: '', heightFeet: '', heightInches: '' }
  if (units.length === 'cm') return { heightCm: formatNumber(cm), heightFeet: '', heightInches: '' }
  const { feet, inches } = cmToFeetInches(cm)
  return { heightCm: '', heightFeet: String(feet), heightInches: formatNumber(inches) }
}

function weightText(kg: number | null, units: Units): string {
  return kg === null ? '' : formatNumber(weightToUnit(kg, units.weight))
}

export function emptyFormValues(units: Units): ClientFormValues {
  return {
    name: '',
    email: '',
    phone: '',
    dateOfBirth: '',
    sex: '',
    ...heightTexts(null, units),
    weight: '',
    goals: '',
    goalTags: [],
    level: 'beginner',
    trainingLocation: 'home',
    equipment: [],
    limitations: [],
    readinessAnsweredOn: '',
    answers: noAnswers(),
    clearanceReceivedOn: '',
    hasWeightGoal: false,
    targetWeight: '',
    weeklyRate: rateValue(0, units.weight),
    notes: '',
    tags: ''
  }
}

export function formValuesFromClient(client: Client, units: Units): ClientFormValues {
  const answers = noAnswers()
  for (const q of READINESS_QUESTIONS) {
    const answer = client.readiness?.answers[q.id]
    answers[q.id] = answer === undefined ? '' : answer ? 'yes' : 'no'
  }
  return {
    name: client.name,
    email: client.email ?? '',
    phone: client.phone ?? '',
    dateOfBirth: client.dateOfBirth ?? '',
    sex: client.sex ?? '',
    ...heightTexts(client.heightCm, units),
    weight: weightText(client.weightKg, units),
    goals: client.goals,
    goalTags: [...client.goalTags],
    level: client.level,
    trainingLocation: client.trainingLocation,
    equipment: [...client.equipment],
    limitations: client.limitations.map((l) => newLimitationRow(l.area, l.note)),
    readinessAnsweredOn: client.readiness?.answeredOn ?? '',
    answers,
    clearanceReceivedOn: client.readiness?.clearanceReceivedOn ?? '',
    hasWeightGoal: client.weightGoal !== null,
    targetWeight: weightText(client.weightGoal?.targetKg ?? null, units),
    weeklyRate: client.weightGoal
      ? rateValue(client.weightGoal.weeklyRate.amount, client.weightGoal.weeklyRate.unit)
      : rateValue(0, units.weight),
    notes: client.notes,
    tags: client.tags.join(', ')
  }
}

/** Typed text as a number; blank is null; anything unreadable is NaN so the schema names the field. */
function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.')
  if (trimmed === '') return null
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** The client as loaded, so values the trainer did not touch are saved exactly as they were stored. */
export interface Original {
  values: ClientFormValues
  client: Client | null
}

function storedHeight(values: ClientFormValues, units: Units, original: Original): number | null {
  const o = original.values
  if (original.client && values.heightCm === o.heightCm && values.heightFeet === o.heightFeet && values.heightInches === o.heightInches) {
    return original.client.heightCm
  }
  if (units.length === 'cm') return parseNumber(values.heightCm)
  const feet = parseNumber(values.heightFeet)
  const inches = parseNumber(values.heightInches)
  if (feet === null && inches === null) return null
  return feetInchesToCm(feet ?? 0, inches ?? 0)
}

function storedWeight(text: string, originalText: string, originalKg: number | null | undefined, units: Units): number | null {
  if (originalKg !== undefined && text === originalText) return originalKg
  const typed = parseNumber(text)
  return typed === null || Number.isNaN(typed) ? typed : weightFromUnit(typed, units.weight)
}

export function splitTags(text: string): string[] {
  const seen = new Set<string>()
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '' && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()))
}

/** The readiness block: null while nothing is filled in ("not answered yet"), otherwise every part. */
function readinessInput(values: ClientFormValues): unknown {
  const anyAnswer = Object.values(values.answers).some((a) => a !== '')
  if (!anyAnswer && values.readinessAnsweredOn === '' && values.clearanceReceivedOn === '') return null
  const answers: Record<string, boolean | undefined> = {}
  for (const q of READINESS_QUESTIONS) {
    const a = values.answers[q.id]
    answers[q.id] = a === '' ? undefined : a === 'yes'
  }
  const anyYes = Object.values(values.answers).includes('yes')
  return {
    answeredOn: values.readinessAnsweredOn,
    answers,
    clearanceReceivedOn: anyYes && values.clearanceReceivedOn !== '' ? values.clearanceReceivedOn : null
  }
}

/** Form values -> ClientInput in stored units (not yet validated). */
export function toClientInput(values: ClientFormValues, units: Units, original: Original): ClientInput {
  const client = original.client
  const targetKg = storedWeight(values.targetWeight, original.values.targetWeight, client?.weightGoal?.targetKg, units)
  return {
    name: values.name,
    email: values.email.trim(),
    phone: values.phone.trim(),
    dateOfBirth: values.dateOfBirth || null,
    sex: values.sex || null,
    heightCm: storedHeight(values, units, original),
    weightKg: storedWeight(values.weight, original.values.weight, client ? client.weightKg : undefined, units),
    goals: values.goals,
    goalTags: values.goalTags,
    level: values.level,
    trainingLocation: values.trainingLocation,
    equipment: values.equipment,
    limitations: values.limitations.map((l) => ({ area: l.area, note: l.note })) as ClientInput['limitations'],
    readiness: readinessInput(values) as ClientInput['readiness'],
    weightGoal: values.hasWeightGoal
      ? ({ targetKg: targetKg ?? undefined, weeklyRate: parseRateValue(values.weeklyRate) ?? undefined } as ClientInput['weightGoal'])
      : null,
    notes: values.notes,
    tags: splitTags(values.tags)
  }
}

/** The form control (its data-field) that answers for a schema path such as "tags.3" or "weightGoal.weeklyRate.amount". */
export function fieldKeyForPath(path: string): string {
  const parts = path.split('.')
  const [head] = parts
  switch (head) {
    case 'tags':
    case 'goalTags':
    case 'equipment':
      return head
    case 'limitations':
      return parts.length >= 3 ? `limitations.${parts[1]}.${parts[2]}` : 'limitations'
    case 'readiness':
      if (parts[1] === 'answers' && parts[2]) return `readiness.answers.${parts[2]}`
      if (parts[1] === 'clearanceReceivedOn') return 'readiness.clearanceReceivedOn'
      return 'readiness.answeredOn'
    case 'weightGoal':
      return parts[1] === 'weeklyRate' ? 'weightGoal.weeklyRate' : 'weightGoal.targetKg'
    case undefined:
    case '':
      return ''
    default:
      return head
  }
}

export type FieldErrors = Record<string, string>

/** Range messages in the trainer's own units (the schema speaks cm and kg). */
function inUserUnits(key: string, message: string, units: Units): string {
  if (key === 'heightCm' && units.length === 'in' && / cm$/.test(message)) {
    return `Height must be between ${formatHeight(HEIGHT_CM.min, 'in')} and ${formatHeight(HEIGHT_CM.max, 'in')}`
  }
  if (units.weight === 'lb' && / kg$/.test(message)) {
    const what = key === 'weightKg' ? 'Weight' : 'The target weight'
    return `${what} must be between ${formatWeight(WEIGHT_KG.min, 'lb')} and ${formatWeight(WEIGHT_KG.max, 'lb')}`
  }
  return message
}

/** Messages keyed by form control, first message per control wins. */
export function errorsFromIssues(issues: { path: string; message: string }[], units: Units): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const key = fieldKeyForPath(issue.path)
    errors[key] ??= inUserUnits(key, issue.message, units)
  }
  return errors
}

export type Validation = { ok: true; input: ClientInput } | { ok: false; errors: FieldErrors }

/** The same schema the core applies; an edit also carries the client's id. */
export function validateClient(values: ClientFormValues, units: Units, original: Original): Validation {
  const input = toClientInput(values, units, original)
  const result = original.client ? ClientUpdate.safeParse({ ...input, id: original.client.id }) : ClientInput.safeParse(input)
  if (result.success) return { ok: true, input }
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }))
  return { ok: false, errors: errorsFromIssues(issues, units) }
}
