import { memo, useMemo } from 'react'
import { Dialog } from '../../components/Dialog'
import { rankSwapCandidates } from '../../../../shared/program-checks'
import type { CheckContext, ExerciseFacts } from '../../../../shared/programs'
import { TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'

function stepsText(steps: number | null): string {
  if (steps === null) return 'Same movement and muscles'
  if (steps < 0) return `${-steps} ${steps === -1 ? 'step' : 'steps'} easier on the ladder`
  return `${steps} ${steps === 1 ? 'step' : 'steps'} harder on the ladder`
}

/**
 * Alternatives for one item's exercise that suit the client (ladder steps first), ranked by the same
 * shared function the core's programs.swapCandidates uses, so it works on unsaved items too. Memoized:
 * closed, it stays as it is while the trainer types.
 */
export const SwapDialog = memo(function SwapDialog({
  exercise,
  context,
  onSwap,
  onClose
}: {
  exercise: ExerciseFacts | null
  context: CheckContext
  onSwap(exerciseId: string): void
  onClose(): void
}) {
  const candidates = useMemo(() => (exercise ? rankSwapCandidates(exercise, context.exercises, context.client) : null), [exercise, context])
  return (
    <Dialog
      open={exercise !== null}
      title={exercise ? `Swap ${exercise.name}` : 'Swap'}
      onClose={onClose}
      actions={
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      }
    >
      <p className="field-hint">The new exercise keeps the sets, reps, load and notes, in every week.</p>
      {candidates && candidates.items.length === 0 && <p>No related exercise suits {context.client ? context.client.name : 'this program'}.</p>}
      <ul className="swap-candidates">
        {candidates?.items.slice(0, 12).map((c) => (
          <li key={c.exerciseId}>
            <button type="button" className="button swap-choice" onClick={() => onSwap(c.exerciseId)}>
              {c.name}
            </button>
            <span className="swap-why">
              {TRAINING_LEVEL_LABELS[c.level]} · {stepsText(c.ladderSteps)}
            </span>
          </li>
        ))}
      </ul>
      {candidates && candidates.excluded > 0 && (
        <p className="field-hint">
          {candidates.excluded} related {candidates.excluded === 1 ? 'exercise is' : 'exercises are'} left out because {candidates.excluded === 1 ? 'it does' : 'they do'} not suit the client.
        </p>
      )}
    </Dialog>
  )
})
