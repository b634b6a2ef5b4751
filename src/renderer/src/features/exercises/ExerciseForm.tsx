import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Exercise } from '../../../../shared/exercises'
import { ErrorSummary } from '../../components/ErrorSummary'
import { Notice } from '../../components/Notice'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { ApiError } from '../../lib/api'
import { useCoreMutation } from '../../lib/query'
import {
  emptyFormValues,
  errorsFromIssues,
  formValuesFromExercise,
  validateExercise,
  type ExerciseFormValues,
  type FieldErrors
} from './exerciseFormValues'
import { AboutSection, CoachingSection, KindSection, MusclesSection, PrescriptionSection, SafetySection, StepsSection, type SectionProps } from './exerciseFormSections'

/** Problems are listed in the order their fields appear on screen. */
function orderedProblems(errors: FieldErrors, form: HTMLFormElement | null) {
  const fields = form ? [...form.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset.field) : []
  const rank = (key: string) => {
    const at = fields.indexOf(key)
    return at === -1 ? fields.length : at
  }
  return Object.entries(errors)
    .filter(([key]) => key !== '')
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, message]) => ({ key, message }))
}

/** Create and edit share this form: checked with the core's own schema, guarded against losing typed text. */
export function ExerciseForm({ exercise }: { exercise: Exercise | null }) {
  const navigate = useNavigate()
  const [original] = useState(() => (exercise ? formValuesFromExercise(exercise.content) : emptyFormValues()))
  const [values, setValues] = useState<ExerciseFormValues>(original)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [focusRequest, setFocusRequest] = useState(0)
  const formRef = useRef<HTMLFormElement>(null)
  const create = useCoreMutation('exercises.create')
  const update = useCoreMutation('exercises.update')
  const saving = create.isPending || update.isPending
  const dirty = JSON.stringify(values) !== JSON.stringify(original)
  const guard = useUnsavedChangesGuard(dirty)

  const change: SectionProps['update'] = (patch) => setValues((v) => ({ ...v, ...patch }))

  // Once a message shows, it follows its field as the trainer corrects it (no new ones appear while typing).
  useEffect(() => {
    setErrors((shown) => {
      const keys = Object.keys(shown).filter((k) => k !== '')
      if (keys.length === 0) return shown
      const result = validateExercise(values)
      const now = result.ok ? {} : result.errors
      const next: FieldErrors = shown[''] ? { '': shown[''] } : {}
      for (const key of keys) if (now[key]) next[key] = now[key]
      return next
    })
  }, [values])

  useEffect(() => {
    if (focusRequest === 0) return
    const first = orderedProblems(errors, formRef.current)[0]?.key
    if (first) focusField(first)
    // Only a new request moves focus, not every change of the messages.
  }, [focusRequest])

  const focusField = (key: string) => {
    const target = formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(key)}"]:not(:disabled)`)
    target?.scrollIntoView({ block: 'center' })
    target?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      formRef.current?.requestSubmit()
    }
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving) return
    const result = validateExercise(values)
    if (!result.ok) {
      setErrors(result.errors)
      setFocusRequest((n) => n + 1)
      return
    }
    try {
      const saved = exercise ? await update.mutateAsync({ id: exercise.id, content: result.input }) : await create.mutateAsync(result.input)
      guard.allowNextNavigation()
      // The form's history entry is replaced, so Back from the exercise doesn't reopen a spent form.
      void navigate(`/exercises/${saved.id}`, { replace: true, state: { notice: `Saved “${saved.content.name}”.` } })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const fromCore = error instanceof ApiError ? errorsFromIssues(error.issues, values, result.stepRows) : {}
      setErrors({ ...fromCore, '': message })
      setFocusRequest((n) => n + 1)
    }
  }

  const cancel = () => void navigate(exercise ? `/exercises/${exercise.id}` : '/exercises')
  const problems = orderedProblems(errors, formRef.current)
  const sectionProps: SectionProps = { values, errors, update: change }

  return (
    <>
      <form ref={formRef} className="exercise-form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
        {errors[''] && (
          <Notice kind="error">
            <strong>Not saved.</strong> {errors['']}
          </Notice>
        )}
        <ErrorSummary problems={problems} onSelect={focusField} />
        <AboutSection {...sectionProps} autoFocusName={!exercise} />
        <KindSection {...sectionProps} />
        <PrescriptionSection {...sectionProps} />
        <MusclesSection {...sectionProps} />
        <StepsSection {...sectionProps} />
        <CoachingSection {...sectionProps} />
        <SafetySection {...sectionProps} />
        <div className="ex-form-actions">
          <button type="submit" className="button button-primary" disabled={saving} aria-keyshortcuts="Control+S Meta+S">
            {saving ? 'Saving…' : exercise ? 'Save changes' : 'Save exercise'}
          </button>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          {dirty && <span className="form-dirty">Unsaved changes</span>}
        </div>
      </form>
      {guard.dialog}
    </>
  )
}
