import { MUSCLE_GROUP_OF, type MuscleGroup } from '../../../shared/exercises'
import { suits } from '../../../shared/program-fit'
import { isoWeekday, prescriptionFromDefault } from '../../../shared/program-document'
import { DEFAULT_SESSION_LIMIT_MINUTES, type CheckContext, type ClientFacts, type ExerciseFacts, type StandardItem } from '../../../shared/programs'
import type { Client } from '../../../shared/clients'
import type { Muscle } from '../../../shared/exercises'
import { builtinId } from '../exercises/service'
import { LADDERS } from '../library/ladders'
import { STANDARD_COOL_DOWN, STANDARD_WARM_UP } from '../library/templates'
import type { ProgramRow, ProgramsRepo } from './repo'

// Builds what the checks need (exercise facts, the client, the limits) from the store.

const LADDER_IDS = LADDERS.map((l) => ({ key: l.key, name: l.name, ids: l.steps.map(builtinId) }))
const WARM_UP_IDS = STANDARD_WARM_UP.map(builtinId)
const COOL_DOWN_IDS = STANDARD_COOL_DOWN.map(builtinId)

function groupsOf(muscles: Muscle[]): MuscleGroup[] {
  return [...new Set(muscles.map((m) => MUSCLE_GROUP_OF[m]))]
}

/** Every exercise's facts, read from the store. */
function readExerciseFacts(repo: ProgramsRepo): ExerciseFacts[] {
  return repo.allExercises().map(({ id, builtinKey, basedOnId, content, retired }) => {
    // A duplicate keeps its original's place on the ladders (as the exercises domain shows it).
    const ladderKey = builtinKey ? id : basedOnId
    const primaryGroups = groupsOf(content.primaryMuscles)
    return {
      id,
      name: content.name,
      category: content.category,
      pattern: content.pattern,
      primaryGroups,
      secondaryGroups: groupsOf(content.secondaryMuscles).filter((g) => !primaryGroups.includes(g)),
      equipment: content.equipment,
      level: content.level,
      setting: content.setting,
      laterality: content.laterality,
      measurement: content.measurement,
      cautions: content.cautions,
      needsSpotter: content.needsSpotter,
      retired,
      ladders: LADDER_IDS.filter((l) => ladderKey !== null && l.ids.includes(ladderKey)).map((l) => ({ key: l.key, name: l.name, position: l.ids.indexOf(ladderKey!) })),
      defaultPrescription: prescriptionFromDefault(content.defaultPrescription)
    }
  })
}

// The exercises' facts and the session limit change only when an exercise or a setting does, so they are
// kept until that revision moves (ProgramsRepo.referenceRevision); the facts are frozen, as every
// context shares them.
interface Reference {
  exercises: readonly ExerciseFacts[]
  byId: ReadonlyMap<string, ExerciseFacts>
  sessionLimitMinutes: number
}
const kept = new WeakMap<ProgramsRepo, { revision: string; reference: Reference }>()

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/** Every exercise's facts (retired ones flagged) and the trainer's session limit, read again only after a change. */
function reference(repo: ProgramsRepo, sessionLimit: () => number | undefined): Reference {
  const revision = repo.referenceRevision()
  const known = kept.get(repo)
  if (known && revision !== null && known.revision === revision) return known.reference
  const exercises = deepFreeze(readExerciseFacts(repo))
  const fresh = { exercises, byId: new Map(exercises.map((e) => [e.id, e])), sessionLimitMinutes: sessionLimit() ?? DEFAULT_SESSION_LIMIT_MINUTES }
  if (revision !== null) kept.set(repo, { revision, reference: fresh })
  return fresh
}

export function clientFacts(client: Client): ClientFacts {
  return {
    id: client.id,
    name: client.name,
    level: client.level,
    trainingLocation: client.trainingLocation,
    equipment: client.equipment,
    limitations: client.limitations,
    medicalClearanceNeeded: client.medicalClearanceNeeded
  }
}

/** The first two of the library's standard warm-up (or cool-down) moves that suit the client. */
function standardItems(ids: readonly string[], facts: ReadonlyMap<string, ExerciseFacts>, client: ClientFacts | null): StandardItem[] {
  const candidates = ids.map((id) => facts.get(id)).filter((f): f is ExerciseFacts => f !== undefined && !f.retired)
  const fitting = client ? candidates.filter((f) => suits(f, client)) : candidates
  return (fitting.length > 0 ? fitting : candidates).slice(0, 2).map((f) => ({ exerciseId: f.id, prescription: f.defaultPrescription }))
}

/** `sessionLimit` reads the trainer's setting; it is called only when the settings may have changed. */
export function buildCheckContext(repo: ProgramsRepo, row: ProgramRow, client: Client | null, sessionLimit: () => number | undefined): CheckContext {
  const { exercises, byId, sessionLimitMinutes } = reference(repo, sessionLimit)
  const facts = client ? clientFacts(client) : null
  return {
    exercises: exercises as ExerciseFacts[],
    client: facts,
    sessionLimitMinutes,
    weekdays: row.weekdays ? (JSON.parse(row.weekdays) as number[]) : null,
    startWeekday: row.start_date ? isoWeekday(row.start_date) : 1,
    standardWarmUp: standardItems(WARM_UP_IDS, byId, facts),
    standardCoolDown: standardItems(COOL_DOWN_IDS, byId, facts)
  }
}
