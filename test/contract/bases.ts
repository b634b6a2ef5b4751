import { z } from 'zod'
import { api, type MethodName } from '../../src/shared/api'
import { buildTemplateDocument, builtinTemplateId } from '../../src/main/core/programs/builtin-templates'
import { BUILTIN_TEMPLATES } from '../../src/main/core/library/templates'
import { fullClient } from '../helpers/clients'
import { progressBases } from '../progress/bases'
import { dataSafetyBases } from '../data-safety/bases'

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

// Program methods work on a built-in template (its id and row ids are the same in every store);
// writes to it are refused as conflicts, which the fuzz accepts as a clean answer.
const homeTemplate = BUILTIN_TEMPLATES.find((t) => t.key === 'home-beginner-back-of-thigh')!
const templateId = builtinTemplateId(homeTemplate.key)
const templateItem = buildTemplateDocument(homeTemplate).weeks[0]!.sessions[0]!.items.find((i) => i.block === 'main')!
const rule = {
  kind: 'course',
  weeks: 12,
  repStep: 1,
  loadStep: { kind: 'amount', value: 2.5 },
  holdStepSeconds: 5,
  durationStepMinutes: 2,
  distanceStepMeters: 100,
  maxExtraSets: 2,
  deload: { kind: 'every', every: 4 }
}
// Small on purpose: the fuzz picks paths at random, and the top-level fields must get their share.
const smallDocument = (exerciseId: string) => ({
  name: 'Hamstring block',
  goal: 'Stronger hamstrings',
  level: 'intermediate',
  description: 'Two sessions a week.',
  sessionsPerWeek: 1,
  weeks: [
    {
      id: '01890a5d-ac96-774b-bcce-b302099a8101',
      phase: 'Muscular endurance',
      sessions: [
        {
          id: '01890a5d-ac96-774b-bcce-b302099a8102',
          lineageId: '01890a5d-ac96-774b-bcce-b302099a8103',
          name: 'Session A',
          weekday: 2,
          items: [
            {
              id: '01890a5d-ac96-774b-bcce-b302099a8104',
              lineageId: '01890a5d-ac96-774b-bcce-b302099a8105',
              exerciseId,
              block: 'main',
              group: 'A',
              groupKind: 'superset',
              prescription: {
                sets: 3,
                reps: { min: 8, max: 12 },
                perSide: false,
                holdSeconds: null,
                durationMinutes: null,
                distanceMeters: null,
                load: { kind: 'kg', value: 42.5 },
                tempo: '3-1-1-0',
                restSeconds: 90,
                notes: 'Slow on the way down.'
              }
            }
          ]
        }
      ]
    }
  ]
})

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
  'exercises.setImage': ({ exerciseId }) => ({ id: exerciseId, mimeType: 'image/png', dataBase64: PNG }),
  'programs.list': ({ clientId }) => ({ templates: false, clientId, status: 'active', query: 'back', includeArchived: true, limit: 50, offset: 0 }),
  'programs.get': () => ({ id: templateId }),
  'programs.create': ({ clientId }) => ({
    clientId,
    name: 'Hamstring block',
    goal: 'Stronger hamstrings',
    level: 'intermediate',
    description: 'Two sessions a week.',
    weeks: 4,
    sessionsPerWeek: 2,
    withSessions: true
  }),
  'programs.save': ({ exerciseId }) => ({ id: templateId, revision: 1, document: smallDocument(exerciseId ?? templateItem.exerciseId) }),
  'programs.setStatus': () => ({ id: templateId, status: 'completed' }),
  'programs.archive': () => ({ id: templateId }),
  'programs.restore': () => ({ id: templateId }),
  'programs.deletePreview': () => ({ id: templateId }),
  'programs.delete': () => ({ id: templateId, confirm: true }),
  'programs.duplicate': () => ({ id: templateId, name: 'My home plan' }),
  'programs.saveAsTemplate': () => ({ id: templateId, name: 'My home template' }),
  'programs.assign': ({ clientId }) => ({ programId: templateId, clientId, startDate: '2030-01-07', weekdays: [1, 3, 5], name: 'Home plan', replaceActive: false }),
  'programs.reschedule': () => ({ id: templateId, startDate: '2030-01-07', weekdays: [2, 4, 6] }),
  'programs.schedule': ({ clientId }) => ({ clientId, from: '2030-01-01', to: '2030-12-31', limit: 100 }),
  'programs.checkContext': () => ({ id: templateId }),
  'programs.check': () => ({ id: templateId }),
  'programs.previewProgression': () => ({ id: templateId, rule }),
  'programs.applyProgression': () => ({ id: templateId, revision: 1, rule }),
  'programs.swapCandidates': () => ({ programId: templateId, itemId: templateItem.id }),
  // The folder does not exist, so accepted inputs stop at the target check (not_found) instead of drawing
  // a PDF hundreds of times; test/pdf covers the drawing.
  'plans.export': () => ({ programId: templateId, sessionId: null, paper: 'Letter', units: 'lb', instructions: false, logCells: true, path: '/spotter-fuzz-missing-folder/plan.pdf' }),
  'plans.suggestedName': () => ({ programId: templateId }),
  'plans.progressReport': ({ clientId }) => ({ clientId, path: '/spotter-fuzz-missing-folder/progress.pdf', from: '2024-01-01', to: '2024-03-31', units: 'lb', paper: 'A4' }),
  'host.chooseSavePath': () => ({ title: 'Save the plan', defaultName: 'Zoë - Home plan.pdf', filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
  'host.chooseOpenPath': () => ({ title: 'Choose a backup', filters: [{ name: 'Spotter data', extensions: ['db', 'json'] }] }),
  'host.chooseFolder': () => ({ title: 'Backup folder' }),
  'host.openPath': () => ({ path: '/tmp/spotter-plan.pdf' }),
  'host.showInFolder': () => ({ path: '/tmp/spotter-plan.pdf' }),
  'programs.swap': ({ exerciseId }) => ({ programId: templateId, revision: 1, itemId: templateItem.id, exerciseId: exerciseId ?? templateItem.exerciseId, allWeeks: true }),
  ...progressBases,
  ...dataSafetyBases
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
