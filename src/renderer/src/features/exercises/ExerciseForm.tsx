import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Exercise } from '../../../../shared/exercises'
import { FormProblems } from '../../components/ErrorSummary'
import { FormActions } from '../../components/FormActions'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { domFieldOrder, useFormErrors } from '../../components/useFormErrors'
import { useCoreMutation } from '../../lib/query'
import {
  emptyFormValues,
  errorsFromIssues,
  formValuesFromExercise,
  validateExercise,
  type ExerciseFormValues
} from './exerciseFormValues'
import { AboutSection, CoachingSection, KindSection, MusclesSection, PrescriptionSection, SafetySection, StepsSection, type SectionProps } from './exerciseFormSections'

/** Create and edit share this form: checked with the core's own schema, guarded against losing typed text. */
export function ExerciseForm({ exercise }: { exercise: Exercise | null }) {
  const navigate = useNavigate()
  const [original] = useState(() => (exercise ? formValuesFromExercise(exercise.content) : emptyFormValues()))
  const [values, setValues] = useState<ExerciseFormValues>(original)
  const create = useCoreMutation('exercises.create')
  const update = useCoreMutation('exercises.update')
  const saving = create.isPending || update.isPending
  const dirty = JSON.stringify(values) !== JSON.stringify(original)
  const guard = useUnsavedChangesGuard(dirty)
  // Problems are listed in the order their fields appear on screen.
  const { formRef, errors, showErrors, showSaveFailure, focusField, onKeyDown, problems } = useFormErrors({
    values,
    check: (current) => {
      const result = validateExercise(current)
      return result.ok ? {} : result.errors
    },
    fieldOrder: domFieldOrder
  })

  const change: SectionProps['update'] = (patch) => setValues((v) => ({ ...v, ...patch }))

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving) return
    const result = validateExercise(values)
    if (!result.ok) {
      showErrors(result.errors)
      return
    }
    try {
      const saved = exercise ? await update.mutateAsync({ id: exercise.id, content: result.input }) : await create.mutateAsync(result.input)
      guard.allowNextNavigation()
      // The form's history entry is replaced, so Back from the exercise doesn't reopen a spent form.
      void navigate(`/exercises/${saved.id}`, { replace: true, state: { notice: `Saved “${saved.content.name}”.` } })
    } catch (error) {
      showSaveFailure(error, (issues) => errorsFromIssues(issues, values, result.stepRows))
    }
  }

  const cancel = () => void navigate(exercise ? `/exercises/${exercise.id}` : '/exercises')
  const sectionProps: SectionProps = { values, errors, update: change }

  return (
    <>
      <form ref={formRef} className="exercise-form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
        <FormProblems formError={errors['']} problems={problems} onSelect={focusField} />
        <AboutSection {...sectionProps} autoFocusName={!exercise} />
        <KindSection {...sectionProps} />
        <PrescriptionSection {...sectionProps} />
        <MusclesSection {...sectionProps} />
        <StepsSection {...sectionProps} />
        <CoachingSection {...sectionProps} />
        <SafetySection {...sectionProps} />
        <FormActions saving={saving} saveLabel={exercise ? 'Save changes' : 'Save exercise'} dirty={dirty} onCancel={cancel} />
      </form>
      {guard.dialog}
    </>
  )
}
