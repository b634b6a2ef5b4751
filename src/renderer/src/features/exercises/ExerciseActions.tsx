import { Link, useNavigate } from 'react-router'
import type { Exercise } from '../../../../shared/exercises'
import { Notice } from '../../components/Notice'
import { useCoreMutation } from '../../lib/query'

interface ExerciseActionsProps {
  exercise: Exercise
  /** Says what just happened, in the page's status line. */
  onDone(message: string): void
}

/**
 * Built-ins are read-only: duplicate to adapt, or hide from the library. The trainer's own exercises
 * can be edited and archived. Every action here can be undone from the same place.
 */
export function ExerciseActions({ exercise, onDone }: ExerciseActionsProps) {
  const navigate = useNavigate()
  const duplicate = useCoreMutation('exercises.duplicate')
  const hide = useCoreMutation('exercises.hide')
  const show = useCoreMutation('exercises.show')
  const archive = useCoreMutation('exercises.archive')
  const restore = useCoreMutation('exercises.restore')
  const name = exercise.content.name
  const busy = duplicate.isPending || hide.isPending || show.isPending || archive.isPending || restore.isPending
  // While a change runs the buttons only look disabled: a disabled button would drop the keyboard focus.
  const once = (run: () => void) => () => {
    if (!busy) run()
  }
  const error = duplicate.error ?? hide.error ?? show.error ?? archive.error ?? restore.error

  const adapt = () =>
    duplicate.mutate(
      { id: exercise.id },
      {
        onSuccess: (copy) =>
          void navigate(`/exercises/${copy.id}/edit`, {
            state: { notice: `Saved your own copy of “${name}” as “${copy.content.name}”. Change what you need; the original stays as it is.` }
          })
      }
    )

  const hideOrShow = exercise.hidden
    ? { label: 'Show in library', run: () => show.mutate({ id: exercise.id }, { onSuccess: () => onDone(`“${name}” is back in the library.`) }) }
    : {
        label: 'Hide from library',
        run: () => hide.mutate({ id: exercise.id }, { onSuccess: () => onDone(`“${name}” is hidden from the library. Tick “Show hidden” there to find it again.`) })
      }
  const archiveOrRestore = exercise.archivedAt
    ? { label: 'Restore', run: () => restore.mutate({ id: exercise.id }, { onSuccess: () => onDone(`“${name}” is back in the library.`) }) }
    : {
        label: 'Archive',
        run: () => archive.mutate({ id: exercise.id }, { onSuccess: () => onDone(`“${name}” is archived: it no longer shows in the library. Restore it any time.`) })
      }
  const toggle = exercise.builtin ? hideOrShow : archiveOrRestore

  return (
    <div className="exercise-actions">
      {exercise.builtin ? (
        <button type="button" className="button button-primary" onClick={adapt} disabled={busy}>
          {duplicate.isPending ? 'Copying…' : 'Duplicate to adapt'}
        </button>
      ) : (
        <Link className="button button-primary" to={`/exercises/${exercise.id}/edit`}>
          Edit
        </Link>
      )}
      {/* One button whose words change, so keyboard focus stays on it after Hide becomes Show. */}
      <button type="button" className="button" aria-disabled={busy} onClick={once(toggle.run)}>
        {toggle.label}
      </button>
      {error && !busy && <Notice kind="error">That did not work: {error.message}</Notice>}
    </div>
  )
}
