import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BUILTIN_TEMPLATES } from '../../src/main/core/library/templates'
import { buildTemplateDocument, builtinTemplateId } from '../../src/main/core/programs/builtin-templates'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import type { StoreIds } from '../contract/bases'

// Valid inputs for the progress methods (spread into test/contract/bases.ts), pointing at real rows:
// the fuzz client, the first library exercise, a built-in template's session, a built-in measurement type.

const template = BUILTIN_TEMPLATES.find((t) => t.key === 'home-beginner-back-of-thigh')!
const templateSession = buildTemplateDocument(template).weeks[0]!.sessions[0]!
const bodyWeight = BUILTIN_MEASUREMENT_TYPES[0]!.id

export const progressBases: Partial<Record<string, (ids: StoreIds) => unknown>> = {
  'logs.prefill': ({ clientId }) => ({ clientId, programId: builtinTemplateId(template.key), sessionId: templateSession.id, week: 1, date: '2024-03-04' }),
  'logs.save': ({ clientId, exerciseId }) => ({
    clientId,
    programId: null,
    scheduledSessionId: null,
    programSessionId: null,
    weekNumber: null,
    title: 'Extra session',
    date: '2024-03-04',
    startTime: '07:30',
    durationMinutes: 45,
    effort: 7,
    notes: 'Felt strong.',
    pain: { area: 'knee', note: 'Twinge on the stairs' },
    entries: [
      {
        exerciseId: exerciseId ?? clientId,
        itemId: null,
        label: 'A1',
        notes: 'Slow lowering',
        sets: [
          {
            target: { reps: { min: 8, max: 12 }, perSide: false, holdSeconds: null, durationMinutes: null, distanceMeters: null, load: { kind: 'kg', value: 40 }, text: '3 × 8-12 @ 40 kg' },
            reps: 10,
            loadKg: 40,
            holdSeconds: null,
            durationSeconds: null,
            distanceM: null,
            rpe: 8.5,
            status: 'done',
            pain: { area: 'hamstring', note: 'Tight' }
          }
        ]
      }
    ]
  }),
  'logs.list': ({ clientId }) => ({ clientId, from: '2024-01-01', to: '2024-12-31', limit: 20, cursor: null }),
  'logs.delete': ({ clientId }) => ({ id: clientId, confirm: true }),
  'pain.list': ({ clientId }) => ({ clientId, status: 'all', limit: 20 }),
  'pain.resolve': ({ clientId }) => ({ id: clientId, note: 'Seen by a physio, cleared' }),
  'measurements.createType': () => ({ name: 'Grip strength', unitKind: 'mass' }),
  'measurements.deleteType': ({ clientId }) => ({ id: clientId, confirm: true }),
  'measurements.record': ({ clientId }) => ({ clientId, date: '2024-03-04', values: [{ typeId: bodyWeight, value: 72.5 }], note: 'Morning' }),
  'measurements.update': ({ clientId }) => ({ id: clientId, date: '2024-03-04', value: 72, note: '' }),
  'measurements.list': ({ clientId }) => ({ clientId, typeId: bodyWeight, from: '2024-01-01', to: '2024-12-31', limit: 100 }),
  'progress.client': ({ clientId }) => ({ clientId }),
  'progress.exerciseSeries': ({ clientId, exerciseId }) => ({ clientId, exerciseId: exerciseId ?? clientId }),
  'progress.exportCsv': ({ clientId }) => ({ kind: 'logs', clientId, path: join(tmpdir(), 'spotter-fuzz-export.csv') }),
  'dashboard.today': () => ({ date: '2024-03-04' })
}
