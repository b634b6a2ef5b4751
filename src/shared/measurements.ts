import { z } from 'zod'
import { Id, IsoDate, Timestamp, line } from './common'

// Body measurements: built-in types and the trainer's own. Values are stored in canonical units
// (kg, cm, %, bpm, seconds); the UI converts kg and cm with the units from settings.

export const UNIT_KINDS = ['mass', 'length', 'percent', 'heart-rate', 'seconds', 'count'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  mass: 'Weight (kg or lb)',
  length: 'Length (cm or in)',
  percent: 'Percent',
  'heart-rate': 'Beats per minute',
  seconds: 'Seconds',
  count: 'A count'
}
/** The unit a value is stored in. */
export const CANONICAL_UNIT: Record<UnitKind, string> = { mass: 'kg', length: 'cm', percent: '%', 'heart-rate': 'bpm', seconds: 's', count: '' }
/** What a real value can be (sit-and-reach may fall short of the toes: negative cm). */
export const UNIT_KIND_LIMITS: Record<UnitKind, { min: number; max: number }> = {
  mass: { min: 1, max: 500 },
  length: { min: -100, max: 400 },
  percent: { min: 0, max: 100 },
  'heart-rate': { min: 20, max: 250 },
  seconds: { min: 0, max: 86_400 },
  count: { min: 0, max: 1_000_000 }
}

export const BUILTIN_MEASUREMENT_KEYS = ['body-weight', 'body-fat', 'waist', 'hip', 'thigh', 'calf', 'sit-and-reach', 'resting-heart-rate'] as const
export type BuiltinMeasurementKey = (typeof BUILTIN_MEASUREMENT_KEYS)[number]

/** The built-in types, with fixed ids (the same in every store), so forms and checks know them without a call. */
export const BUILTIN_MEASUREMENT_TYPES: readonly { id: string; key: BuiltinMeasurementKey; name: string; unitKind: UnitKind; hint: string }[] = [
  { id: '01900000-0000-7000-8000-00000000a001', key: 'body-weight', name: 'Body weight', unitKind: 'mass', hint: 'Same scale, same time of day' },
  { id: '01900000-0000-7000-8000-00000000a002', key: 'body-fat', name: 'Body fat', unitKind: 'percent', hint: 'Same method each time' },
  { id: '01900000-0000-7000-8000-00000000a003', key: 'waist', name: 'Waist', unitKind: 'length', hint: 'At the navel, relaxed' },
  { id: '01900000-0000-7000-8000-00000000a004', key: 'hip', name: 'Hip', unitKind: 'length', hint: 'Widest point of the buttocks' },
  { id: '01900000-0000-7000-8000-00000000a005', key: 'thigh', name: 'Thigh', unitKind: 'length', hint: 'Midway between hip and knee' },
  { id: '01900000-0000-7000-8000-00000000a006', key: 'calf', name: 'Calf', unitKind: 'length', hint: 'Widest point' },
  { id: '01900000-0000-7000-8000-00000000a007', key: 'sit-and-reach', name: 'Sit-and-reach (hamstring flexibility)', unitKind: 'length', hint: 'Past the toes is positive, short of them negative' },
  { id: '01900000-0000-7000-8000-00000000a008', key: 'resting-heart-rate', name: 'Resting heart rate', unitKind: 'heart-rate', hint: 'On waking, before getting up' }
]
const BUILTIN_KIND = new Map(BUILTIN_MEASUREMENT_TYPES.map((t) => [t.id, t.unitKind]))

/** Why a value does not fit its kind, or null when it does. */
export function valueProblem(unitKind: UnitKind, value: number): string | null {
  const { min, max } = UNIT_KIND_LIMITS[unitKind]
  const unit = CANONICAL_UNIT[unitKind]
  if (value < min || value > max) return `Must be between ${min} and ${max}${unit ? ` ${unit}` : ''}`
  if (unitKind === 'heart-rate' || unitKind === 'count') {
    if (!Number.isInteger(value)) return 'Must be a whole number'
  }
  return null
}

export const MeasurementType = z.object({
  id: Id,
  /** Stable key of a built-in type; null for the trainer's own. */
  key: z.enum(BUILTIN_MEASUREMENT_KEYS).nullable(),
  name: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  /** kg, cm, %, bpm, s, or '' for a count. */
  unit: z.string(),
  builtin: z.boolean(),
  /** How to take it, for the form. */
  hint: z.string(),
  /** Position in lists (built-ins first, in the order above). */
  position: z.int(),
  /** Values recorded of this type, all clients together: what deleting the type would erase. */
  values: z.int()
})
export type MeasurementType = z.infer<typeof MeasurementType>
export const MeasurementTypes = z.object({ items: z.array(MeasurementType) })

export const MeasurementTypeCreate = z.strictObject({
  name: line(60, 'Name').pipe(z.string().min(1, { error: 'Name the measurement' })),
  unitKind: z.enum(UNIT_KINDS, { error: 'Choose what it is measured in' })
})
export type MeasurementTypeCreate = z.input<typeof MeasurementTypeCreate>
export const MeasurementTypeDeleteInput = z.strictObject({
  id: Id,
  confirm: z.literal(true, { error: 'Deleting a measurement type and its values needs confirm: true' })
})
export const MeasurementTypeDeleted = z.object({ id: Id, values: z.int(), deletedAt: Timestamp })

const MeasuredDate = IsoDate.refine((d) => d >= '1990-01-01' && d <= '2199-12-31', { error: 'Choose a date between 1990 and 2199' })
const Value = z
  .number({ error: 'The value must be a number' })
  .min(-1_000_000, { error: 'The value must be at least -1000000' })
  .max(1_000_000, { error: 'The value must be at most 1000000' })

/** Several values taken on one day (e.g. weight, waist and hip at a check-in), saved together. */
export const MeasurementRecord = z
  .strictObject({
    clientId: Id,
    date: MeasuredDate,
    values: z
      .array(z.strictObject({ typeId: Id, value: Value }))
      .min(1, { error: 'Enter at least one value' })
      .max(50),
    note: line(300, 'Note').default('')
  })
  .refine((r) => new Set(r.values.map((v) => v.typeId)).size === r.values.length, { error: 'Each measurement once per entry', path: ['values'] })
  .superRefine((r, ctx) => {
    // Built-in types are known here; the core checks custom types against their kind the same way.
    r.values.forEach((v, i) => {
      const kind = BUILTIN_KIND.get(v.typeId)
      const problem = kind ? valueProblem(kind, v.value) : null
      if (problem) ctx.addIssue({ code: 'custom', path: ['values', i, 'value'], message: problem })
    })
  })
export type MeasurementRecord = z.input<typeof MeasurementRecord>

/** Corrects one value; a note left out keeps the one it had. */
export const MeasurementUpdate = z.strictObject({ id: Id, date: MeasuredDate, value: Value, note: line(300, 'Note').optional() })
export type MeasurementUpdate = z.input<typeof MeasurementUpdate>

export const Measurement = z.object({
  id: Id,
  clientId: Id,
  typeId: Id,
  typeName: z.string(),
  unitKind: z.enum(UNIT_KINDS),
  unit: z.string(),
  date: IsoDate,
  value: z.number(),
  note: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp
})
export type Measurement = z.infer<typeof Measurement>

export const MeasurementListQuery = z
  .strictObject({
    clientId: Id,
    typeId: Id.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    limit: z.int().min(1).max(5000).default(1000)
  })
  .refine((q) => !(q.from && q.to && q.from > q.to), { error: 'From must not be after to', path: ['to'] })
export type MeasurementListQuery = z.input<typeof MeasurementListQuery>
/** Newest first. */
export const MeasurementList = z.object({ items: z.array(Measurement), total: z.int() })
export const MeasurementsRecorded = z.object({ items: z.array(Measurement) })
export const MeasurementDeleted = z.object({ id: Id, deletedAt: Timestamp })
