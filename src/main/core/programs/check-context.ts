import { MUSCLE_GROUP_OF, type MuscleGroup } from '../../../shared/exercises'
import { unfitReasons } from '../../../shared/program-checks'
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

function groupsOf(muscles: Muscle[]): MuscleGroup[] {
  return [...new Set(muscles.map((m) => MUSCLE_GROUP_OF[m]))]
}

export function exerciseFacts(repo: ProgramsRepo): ExerciseFacts[] {
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
function standardItems(keys: string[], facts: Map<string, ExerciseFacts>, client: ClientFacts | null): StandardItem[] {
  const candidates = keys.map((k) => facts.get(builtinId(k))).filter((f): f is ExerciseFacts => f !== undefined && !f.retired)
  const fitting = client ? candidates.filter((f) => unfitReasons(f, client).length === 0) : candidates
  return (fitting.length > 0 ? fitting : candidates).slice(0, 2).map((f) => ({ exerciseId: f.id, prescription: f.defaultPrescription }))
}

export function buildCheckContext(repo: ProgramsRepo, row: ProgramRow, client: Client | null, sessionLimitMinutes: number | undefined): CheckContext {
  const exercises = exerciseFacts(repo)
  const byId = new Map(exercises.map((e) => [e.id, e]))
  const facts = client ? clientFacts(client) : null
  return {
    exercises,
    client: facts,
    sessionLimitMinutes: sessionLimitMinutes ?? DEFAULT_SESSION_LIMIT_MINUTES,
    weekdays: row.weekdays ? (JSON.parse(row.weekdays) as number[]) : null,
    startWeekday: row.start_date ? isoWeekday(row.start_date) : 1,
    standardWarmUp: standardItems(STANDARD_WARM_UP, byId, facts),
    standardCoolDown: standardItems(STANDARD_COOL_DOWN, byId, facts)
  }
}
