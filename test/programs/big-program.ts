import { v7 as uuidv7 } from 'uuid'
import { DefaultPrescription } from '../../src/shared/exercises'
import { prescriptionFromDefault } from '../../src/shared/program-document'
import type { Block, ProgramDocument, ProgramItem } from '../../src/shared/programs'
import { builtinId } from '../../src/main/core/exercises/service'
import { BUILTIN_EXERCISES } from '../../src/main/core/library/exercises'

// The program the budgets name: 12 weeks x 3 sessions x 10 items, built from library exercises
// with the same lineages every week (as copies and progressions make them). Shared by tests and bench.

const KEYS: [string, Block][] = [
  ['light-jog-warm-up', 'warm-up'],
  ['leg-swings', 'warm-up'],
  ['deadlift', 'main'],
  ['lying-leg-curl-machine', 'main'],
  ['glute-bridge', 'main'],
  ['hip-thrust', 'main'],
  ['walking-lunges', 'main'],
  ['calf-raise-step', 'main'],
  ['standing-toe-drag-stretch', 'cool-down'],
  ['foam-rolling', 'cool-down']
]

export const BIG_WEEKS = 12
export const BIG_SESSIONS = 3

export function bigProgramDocument(name = 'Twelve-week block'): ProgramDocument {
  const byKey = new Map(BUILTIN_EXERCISES.map((e) => [e.key, e]))
  const sessionLineages = Array.from({ length: BIG_SESSIONS }, () => uuidv7())
  const itemLineages = sessionLineages.map(() => KEYS.map(() => uuidv7()))
  const weeks = Array.from({ length: BIG_WEEKS }, (_, w) => ({
    id: uuidv7(),
    phase: w < 4 ? 'Muscular endurance' : w < 8 ? 'Definition' : 'Strength',
    sessions: sessionLineages.map((lineageId, s) => ({
      id: uuidv7(),
      lineageId,
      name: `Session ${'ABC'[s]}`,
      weekday: null,
      items: KEYS.map(([key, block], i): ProgramItem => {
        const exercise = byKey.get(key)
        if (!exercise) throw new Error(`no built-in exercise ${key}`)
        const base = prescriptionFromDefault(DefaultPrescription.parse(exercise.defaultPrescription))
        return {
          id: uuidv7(),
          lineageId: itemLineages[s]![i]!,
          exerciseId: builtinId(key),
          block,
          group: null,
          groupKind: null,
          prescription: block === 'main' ? { ...base, sets: 3 + (w >= 8 ? 1 : 0), notes: `Week ${w + 1}` } : base
        }
      })
    }))
  }))
  return { name, goal: 'Stronger hamstrings', level: 'intermediate', description: '', sessionsPerWeek: BIG_SESSIONS, weeks }
}
