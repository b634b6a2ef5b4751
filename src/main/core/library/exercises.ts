import type { BuiltinExercise } from './builtin'
import { COOL_DOWNS } from './cool-downs'
import { GYM_MOVES } from './gym-moves'
import { HOME_MOVES } from './home-moves'
import { WARM_UPS } from './warm-ups'

export type { BuiltinExercise } from './builtin'

/** Every built-in exercise, in the order a session runs: warm-ups, home moves, gym moves, cool-downs. */
export const BUILTIN_EXERCISES: BuiltinExercise[] = [...WARM_UPS, ...HOME_MOVES, ...GYM_MOVES, ...COOL_DOWNS]
