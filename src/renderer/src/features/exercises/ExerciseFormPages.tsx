import { useParams } from 'react-router'
import { BackLink } from '../../components/BackLink'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { usePageTitle } from '../../lib/usePageTitle'
import { ExerciseActions } from './ExerciseActions'
import { ExerciseForm } from './ExerciseForm'
import { ExerciseMissing } from './ExerciseMissing'
import { libraryPath } from './libraryFilters'
import { isMissing, useExercise } from './useExercise'
import { useFlashNotice } from '../../lib/useFlashNotice'
import './exercises.css'

export function ExerciseCreatePage() {
  usePageTitle('New exercise')
  return (
    <section className="page exercise-form-page">
      <BackLink to={libraryPath()}>Exercise library</BackLink>
      <h1>New exercise</h1>
      <p className="page-lead">Your own exercise, kept with your data. Fields marked * are required.</p>
      <ExerciseForm exercise={null} />
    </section>
  )
}

export function ExerciseEditPage() {
  const { exerciseId = '' } = useParams()
  const exercise = useExercise(exerciseId)
  const [notice, setNotice] = useFlashNotice()
  const name = exercise.data?.content.name
  usePageTitle(name ? `Edit ${name}` : 'Edit exercise')
  if (isMissing(exercise.error)) return <ExerciseMissing />
  return (
    <section className="page exercise-form-page">
      <BackLink to={`/exercises/${exerciseId}`}>{name ?? 'Exercise'}</BackLink>
      <h1>{name ? `Edit ${name}` : 'Edit exercise'}</h1>
      {notice && <Notice kind="success">{notice}</Notice>}
      {exercise.error && <Notice kind="error">This exercise could not be loaded: {exercise.error.message}</Notice>}
      {exercise.data?.builtin ? (
        // The core refuses edits to built-ins; say so before any typing, with the way to adapt it.
        <div className="card builtin-readonly">
          <p>
            <strong>{name}</strong> is a built-in exercise, so it stays as it is. Duplicate it to make your own version you can change.
          </p>
          <ExerciseActions exercise={exercise.data} onDone={setNotice} />
        </div>
      ) : exercise.data ? (
        <ExerciseForm key={exercise.data.id} exercise={exercise.data} />
      ) : (
        !exercise.error && <DelayedLoading />
      )}
    </section>
  )
}
