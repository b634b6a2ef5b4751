// The built-in library the core seeds on first run and updates when a new app version improves it.
export { BUILTIN_EXERCISES, type BuiltinExercise } from './exercises'
export { LADDERS, type Ladder } from './ladders'
export { MUSCLE_GUIDE, type MuscleGuide } from './muscle-guide'

import { BUILTIN_EXERCISES } from './exercises'
import { LADDERS } from './ladders'
import { MUSCLE_GUIDE } from './muscle-guide'

/** Everything in one value, the shape the exercises service takes. */
export const LIBRARY = { exercises: BUILTIN_EXERCISES, ladders: LADDERS, guide: MUSCLE_GUIDE }
