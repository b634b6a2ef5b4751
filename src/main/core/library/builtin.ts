import type { ExerciseContent, Muscle } from '../../../shared/exercises'

/** A built-in exercise: shared content plus a stable kebab-case key the core derives its id from. Never rename a key. */
export type BuiltinExercise = ExerciseContent & { key: string }

/** The three hamstring muscles, listed together so every hamstring move tags all of them the same way. */
export const HAMSTRINGS: Muscle[] = ['biceps-femoris', 'semitendinosus', 'semimembranosus']

// Safety lines repeated across entries: one wording everywhere, so the printed plans read consistently.
export const STOP_IF_PAIN =
  'Stop straight away at any sharp, sudden or lingering pain and have it checked by a health professional before carrying on; training should never hurt.'
export const CONTROLLABLE_LOAD = 'Pick a weight you can move smoothly on every rep, and go lighter than usual while you are learning the move.'
export const NEVER_HEAVY_ALONE = 'Never lift heavy on your own: have a spotter or your trainer beside you.'
