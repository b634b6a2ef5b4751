import { memo } from 'react'
import type { Block, ExerciseFacts } from '../../../../shared/programs'
import { BLOCK_LABELS } from '../../../../shared/programs'
import { ExerciseCombobox, type ExerciseSource } from '../../components/ExerciseCombobox'

// Retired exercises (hidden or archived) cannot go into a program; the core leaves them out before paging.
const ADDABLE: ExerciseSource = { includeHidden: false, includeArchived: false }

/**
 * "Add an exercise" to one block of a session: the library's own search (names, aliases, muscles, cues);
 * what an added item starts with comes from the checks' context, which holds every exercise's facts.
 */
export const AddExercise = memo(function AddExercise({
  sessionId,
  sessionName,
  block,
  exercises,
  onAdd
}: {
  sessionId: string
  sessionName: string
  block: Block
  exercises: ReadonlyMap<string, ExerciseFacts>
  onAdd(sessionId: string, block: Block, exercise: ExerciseFacts): void
}) {
  const blockName = BLOCK_LABELS[block].toLowerCase()
  return (
    <ExerciseCombobox
      className="add-exercise"
      label={`Add an exercise to ${blockName}, ${sessionName}`}
      hideLabel
      placeholder={`+ Add to ${blockName}: type a name`}
      source={ADDABLE}
      onPick={(summary) => {
        // An exercise made a moment ago may not be in the context yet (it refetches on the change): keep the text.
        const facts = exercises.get(summary.id)
        if (!facts || facts.retired) return false
        onAdd(sessionId, block, facts)
      }}
    />
  )
})
