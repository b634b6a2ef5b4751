import { v7 as uuidv7 } from 'uuid'
import { DefaultPrescription } from '../../src/shared/exercises'
import { prescriptionFromDefault } from '../../src/shared/program-document'
import type { Block, CheckContext, ClientFacts, Prescription, ProgramDocument, ProgramItem, ProgramSession, ProgramWeek } from '../../src/shared/programs'
import { builtinId } from '../../src/main/core/exercises/service'
import { BUILTIN_EXERCISES } from '../../src/main/core/library/exercises'
import { builtinTemplateId } from '../../src/main/core/programs/builtin-templates'
import type { TestCore } from '../helpers/store'

// Builders for program documents in tests: exercises by their built-in key, prescriptions from the
// library's defaults unless a test says otherwise.

export const newUuid = (): string => uuidv7()
export const exerciseId = (key: string): string => builtinId(key)
export const templateId = (key: string): string => builtinTemplateId(key)
export const HOME_TEMPLATE = 'home-beginner-back-of-thigh'

const defaults = new Map(BUILTIN_EXERCISES.map((e) => [e.key, prescriptionFromDefault(DefaultPrescription.parse(e.defaultPrescription))]))

export function rx(key: string, changes: Partial<Prescription> = {}): Prescription {
  const base = defaults.get(key)
  if (!base) throw new Error(`no built-in exercise ${key}`)
  return { ...base, ...changes }
}

export function item(key: string, block: Block = 'main', changes: Partial<Prescription> = {}, extra: Partial<ProgramItem> = {}): ProgramItem {
  return { id: newUuid(), lineageId: newUuid(), exerciseId: exerciseId(key), block, group: null, groupKind: null, prescription: rx(key, changes), ...extra }
}

export function session(name: string, items: ProgramItem[], weekday: number | null = null): ProgramSession {
  return { id: newUuid(), lineageId: newUuid(), name, weekday, items }
}

/** A session with the usual warm-up and cool-down around the given main items. */
export function fullSession(name: string, main: ProgramItem[], weekday: number | null = null): ProgramSession {
  return session(name, [item('heel-to-glute-kicks', 'warm-up'), ...main, item('standing-toe-drag-stretch', 'cool-down')], weekday)
}

export function week(sessions: ProgramSession[], phase = ''): ProgramWeek {
  return { id: newUuid(), phase, sessions }
}

export function documentOf(weeks: ProgramWeek[], name = 'Test program'): ProgramDocument {
  return { name, goal: '', level: 'beginner', description: '', sessionsPerWeek: Math.max(1, weeks[0]?.sessions.length ?? 1), weeks }
}

/** Week 1 repeated as `count` weeks, the same lineages, new row ids, optionally changing each week's items. */
export function repeatWeeks(first: ProgramWeek, count: number, change: (item: ProgramItem, weekIndex: number) => ProgramItem = (i) => i): ProgramWeek[] {
  return Array.from({ length: count }, (_, w) => ({
    id: w === 0 ? first.id : newUuid(),
    phase: first.phase,
    sessions: first.sessions.map((s) => ({
      ...s,
      id: w === 0 ? s.id : newUuid(),
      items: s.items.map((i) => change({ ...i, id: w === 0 ? i.id : newUuid() }, w))
    }))
  }))
}

export function clientFacts(changes: Partial<ClientFacts> = {}): ClientFacts {
  return {
    id: newUuid(),
    name: 'Ana',
    level: 'advanced',
    trainingLocation: 'both',
    equipment: ['mat', 'chair', 'step', 'wall', 'household-weights', 'resistance-bands', 'stability-ball', 'dumbbells', 'barbell', 'bench', 'squat-rack', 'leg-curl-machine', 'lifting-straps', 'foam-roller', 'cardio-machine'],
    limitations: [],
    medicalClearanceNeeded: false,
    ...changes
  }
}

/** The real library's facts, read once through programs.checkContext of a built-in template. */
export async function libraryContext(t: TestCore): Promise<CheckContext> {
  return t.value('programs.checkContext', { id: templateId(HOME_TEMPLATE) })
}

export function contextWith(base: CheckContext, changes: Partial<CheckContext> = {}): CheckContext {
  return { ...base, client: null, weekdays: null, startWeekday: 1, sessionLimitMinutes: 60, ...changes }
}

export function allItems(doc: ProgramDocument): ProgramItem[] {
  return doc.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items))
}

export function localToday(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
