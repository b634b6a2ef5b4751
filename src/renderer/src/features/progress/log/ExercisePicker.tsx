import type { ExerciseSummary } from '../../../../../shared/exercises'
import { ExerciseCombobox, type ExerciseSource } from '../../../components/ExerciseCombobox'

// What can be logged: the library as the trainer keeps it, without hidden or archived exercises.
const LOGGABLE: ExerciseSource = { includeHidden: false, includeArchived: false }

/** "Add an exercise" for a session done without a plan (or an extra one): type part of a name, Enter adds it. */
export function ExercisePicker({ onPick, disabled }: { onPick(exercise: ExerciseSummary): void; disabled?: boolean }) {
  return (
    <ExerciseCombobox
      className="log-add-exercise"
      label="Add an exercise"
      placeholder="Type a name, then Enter"
      source={LOGGABLE}
      disabled={disabled}
      onPick={onPick}
    />
  )
}
