import type { EntryInput, LogSave, SetLogInput } from '../../src/shared/logs'
import type { ProgramItem } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import type { TestCore } from '../helpers/store'
import { documentOf, exerciseId, newUuid, repeatWeeks, session, week } from '../programs/helpers'

// Builders for progress tests: clients, sets, logs and an assigned program with dated sessions.

export const DEADLIFT = exerciseId('deadlift')
export const LEG_CURL = exerciseId('seated-leg-curl-machine')
export const HIP_THRUST = exerciseId('hip-thrust')
export const GLUTE_BRIDGE = exerciseId('glute-bridge')
export const HOLD_STRETCH = exerciseId('heel-on-chair-stretch')

export async function newClient(t: TestCore, name = 'Ana Lima', extra: Parameters<typeof fullClient>[0] = {}) {
  return t.value('clients.create', fullClient({ name, email: null, phone: null, ...extra }))
}

/** A done set of reps at a load (kg); pass null for bodyweight. */
export function lift(reps: number, loadKg: number | null, extra: Partial<SetLogInput> = {}): SetLogInput {
  return { reps, loadKg, status: 'done', ...extra }
}

export function entry(exercise: string, sets: SetLogInput[], extra: Partial<EntryInput> = {}): EntryInput {
  return { exerciseId: exercise, sets, ...extra }
}

export function log(clientId: string, date: string, entries: EntryInput[], extra: Partial<LogSave> = {}): LogSave {
  return { clientId, date, entries, ...extra }
}

export async function saveLog(t: TestCore, clientId: string, date: string, entries: EntryInput[], extra: Partial<LogSave> = {}) {
  return t.value('logs.save', log(clientId, date, entries, extra))
}

/**
 * A template of `weeks` weeks with one session of the given items (the same every week), assigned to
 * the client from startDate on the weekdays: its dated sessions, oldest first.
 */
export async function assignedProgram(t: TestCore, clientId: string, options: { startDate: string; weeks: number; weekdays: number[]; items: ProgramItem[]; sessions?: number }) {
  const perWeek = options.sessions ?? 1
  const first = week(Array.from({ length: perWeek }, (_, i) => session(`Session ${String.fromCharCode(65 + i)}`, i === 0 ? options.items : options.items.map((it) => ({ ...it, id: newUuid(), lineageId: newUuid() })))), 'Muscular endurance')
  const doc = documentOf(repeatWeeks(first, options.weeks), 'Strong back of thigh')
  const template = await t.value('programs.create', { name: 'Strong back of thigh', weeks: 1, sessionsPerWeek: perWeek, withSessions: false })
  await t.value('programs.save', { id: template.id, revision: template.revision, document: doc })
  const program = await t.value('programs.assign', { programId: template.id, clientId, startDate: options.startDate, weekdays: options.weekdays })
  const schedule = await t.value('programs.schedule', { programId: program.id, limit: 5000 })
  return { program, schedule: schedule.items }
}
