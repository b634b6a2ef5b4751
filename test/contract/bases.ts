import { z } from 'zod'
import { api, type MethodName } from '../../src/shared/api'
import { fullClient } from '../helpers/clients'

// A valid input per method, so the fuzz can break one field at a time ("almost valid" inputs reach
// each field's own rule instead of failing on the first type check). Ids point at real rows, so an
// input that slipped through would really change something the store hash would catch.

export interface StoreIds {
  clientId: string
  exerciseId: string | null
}

// 1x1 PNG
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

const exerciseContent = {
  name: 'Banded Nordic curl',
  aliases: ['Band-assisted Nordic'],
  summary: 'Eccentric hamstring curl, helped by a band.',
  category: 'strength',
  pattern: 'knee-flexion',
  primaryMuscles: ['biceps-femoris', 'semitendinosus'],
  secondaryMuscles: ['gluteus-maximus'],
  equipment: ['resistance-bands', 'mat'],
  level: 'advanced',
  setting: 'both',
  laterality: 'both-sides',
  measurement: 'reps',
  defaultPrescription: { sets: 3, reps: { min: 4, max: 6 }, restSeconds: 120, perSide: false },
  steps: ['Kneel on the mat with the band looped under your chest.', 'Lower yourself slowly.'],
  cues: ['Keep the hips extended.'],
  breathing: ['Breathe out on the way down.'],
  safety: ['Stop if the hamstrings cramp.'],
  cautions: [{ area: 'knee', note: 'Pad the knees well.' }],
  needsSpotter: false,
  variations: ['Without the band, hands catching the fall.']
}

const HAND_WRITTEN: Partial<Record<string, (ids: StoreIds) => unknown>> = {
  'clients.list': () => ({ query: 'zoe', status: 'all', sort: 'updated', limit: 50, offset: 0 }),
  'clients.get': ({ clientId }) => ({ id: clientId }),
  'clients.create': () => fullClient(),
  'clients.update': ({ clientId }) => ({ ...fullClient(), id: clientId }),
  'clients.archive': ({ clientId }) => ({ id: clientId }),
  'clients.restore': ({ clientId }) => ({ id: clientId }),
  'clients.deletePreview': ({ clientId }) => ({ id: clientId }),
  'clients.delete': ({ clientId }) => ({ id: clientId, confirm: true }),
  'settings.update': () => ({
    trainer: {
      name: 'Sam Rivera',
      business: 'Rivera Strength',
      email: 'sam@rivera.example',
      phone: '+1 555 0100',
      website: 'rivera.example',
      address: '1 Main St',
      certifications: [{ name: 'Personal Trainer', level: 'Level 3', expiresOn: '2027-06-30' }],
      logo: { mimeType: 'image/png', dataBase64: PNG }
    },
    units: { weight: 'lb', length: 'in' },
    paperSize: 'Letter',
    firstDayOfWeek: 'sunday'
  }),
  'exercises.list': ({ clientId }) => ({
    query: 'curl',
    category: 'strength',
    muscleGroup: 'hamstrings',
    equipment: 'mat',
    level: 'advanced',
    setting: 'home',
    fitsClientId: clientId,
    source: 'all',
    includeHidden: true,
    includeArchived: true,
    limit: 50,
    offset: 0
  }),
  'exercises.create': () => exerciseContent,
  'exercises.update': ({ exerciseId }) => ({ id: exerciseId, content: exerciseContent }),
  'exercises.duplicate': ({ exerciseId }) => ({ id: exerciseId, name: 'My Nordic curl' }),
  'exercises.setImage': ({ exerciseId }) => ({ id: exerciseId, mimeType: 'image/png', dataBase64: PNG })
}

type JsonSchema = { [key: string]: unknown }

/** A plain example of a JSON Schema, for methods added since this file was written. */
function exampleOf(schema: JsonSchema, ids: StoreIds): unknown {
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  if (Array.isArray(schema.anyOf)) return exampleOf((schema.anyOf as JsonSchema[]).find((s) => s.type !== 'null') ?? {}, ids)
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([key, s]) => [key, exampleOf(s, ids)]))
    case 'array':
      return Array.from({ length: Math.max(1, Number(schema.minItems ?? 1)) }, () => exampleOf((schema.items ?? {}) as JsonSchema, ids))
    case 'string':
      if (schema.format === 'uuid') return ids.clientId
      if (schema.format === 'date') return '2020-01-01'
      if (schema.format === 'email') return 'ada@example.com'
      return 'x'.repeat(Math.max(8, Number(schema.minLength ?? 1)))
    case 'integer':
    case 'number':
      return Number(schema.minimum ?? 1)
    case 'boolean':
      return false
    default:
      return null
  }
}

/** Methods with a hand-written base: those should stay valid, or the fuzz falls back to a plainer one. */
export function handWrittenBase(method: MethodName, ids: StoreIds): unknown {
  return HAND_WRITTEN[method]?.(ids)
}

/** A valid input for method, or undefined when neither a hand-written nor a derived one passes its schema. */
export function validBase(method: MethodName, ids: StoreIds): unknown {
  const schema = api[method].input
  const candidates = [
    handWrittenBase(method, ids),
    exampleOf(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema, ids),
    {},
    { id: ids.exerciseId ?? ids.clientId },
    { id: ids.clientId }
  ]
  return candidates.find((c) => c !== undefined && schema.safeParse(c).success)
}
