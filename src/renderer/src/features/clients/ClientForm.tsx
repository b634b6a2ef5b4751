import { useRef, useState, type FocusEvent, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import type { Client } from '../../../../shared/clients'
import type { Units } from '../../../../shared/settings'
import { READINESS_QUESTIONS } from '../../../../shared/vocabulary'
import { FormProblems } from '../../components/ErrorSummary'
import { FormActions } from '../../components/FormActions'
import { useUnsavedChangesGuard } from '../../components/UnsavedChangesGuard'
import { useFormErrors } from '../../components/useFormErrors'
import { useCoreMutation } from '../../lib/query'
import {
  emptyFormValues,
  errorsFromIssues,
  formValuesFromClient,
  validateClient,
  type ClientFormValues,
  type FieldErrors,
  type Original
} from './clientFormValues'
import { BodyFieldset, ContactFieldset, GoalsFieldset, NotesTagsFieldset, TrainingFieldset } from './formSections'
import { LimitationsFieldset } from './LimitationsFieldset'
import { ReadinessFieldset } from './ReadinessFieldset'
import { WeightGoalFieldset } from './WeightGoalFieldset'
import type { SectionProps } from './formControls'

/** The order problems are listed in: the order of the fields on screen. */
function fieldOrder(values: ClientFormValues): string[] {
  return [
    'name', 'email', 'phone', 'dateOfBirth', 'sex', 'heightCm', 'weightKg', 'goals', 'goalTags', 'level', 'trainingLocation', 'equipment',
    'limitations', ...values.limitations.flatMap((_, i) => [`limitations.${i}.area`, `limitations.${i}.note`]),
    'readiness.answeredOn', ...READINESS_QUESTIONS.map((q) => `readiness.answers.${q.id}`), 'readiness.clearanceReceivedOn',
    'weightGoal.targetKg', 'weightGoal.weeklyRate', 'notes', 'tags'
  ]
}

interface ClientFormProps {
  units: Units
  /** The client being edited; null to add a new one. */
  client: Client | null
}

/** Create and edit share this form: validated with the core's own schema, guarded against losing typed text. */
export function ClientForm({ units: unitsNow, client }: ClientFormProps) {
  // The units the values were written in; a Settings change mid-edit must not reinterpret typed numbers.
  const [units] = useState(unitsNow)
  const navigate = useNavigate()
  const [original] = useState<Original>(() => ({ values: client ? formValuesFromClient(client, units) : emptyFormValues(units), client }))
  const [values, setValues] = useState<ClientFormValues>(original.values)
  const [submitted, setSubmitted] = useState(false)
  const touched = useRef(new Set<string>())
  const { formRef, errors, setErrors, showErrors, showSaveFailure, focusField, onKeyDown, problems } = useFormErrors({
    values,
    check: (current) => collectErrors(current).errors,
    fieldOrder: () => fieldOrder(values),
    preferChecked: true
  })
  const createClient = useCoreMutation('clients.create')
  const updateClient = useCoreMutation('clients.update')
  const saving = createClient.isPending || updateClient.isPending
  const dirty = JSON.stringify(values) !== JSON.stringify(original.values)
  const guard = useUnsavedChangesGuard(dirty)

  const update: SectionProps['update'] = (change) => setValues((v) => ({ ...v, ...(typeof change === 'function' ? change(v) : change) }))

  /** Schema problems, plus date boxes the browser holds half-typed (their value reads as blank). */
  const collectErrors = (current: ClientFormValues): { errors: FieldErrors; result: ReturnType<typeof validateClient> } => {
    const result = validateClient(current, units, original)
    const found: FieldErrors = result.ok ? {} : { ...result.errors }
    if (!current.readinessAnsweredOn && found['readiness.answeredOn']) found['readiness.answeredOn'] = 'Enter the date the client answered'
    formRef.current?.querySelectorAll<HTMLInputElement>('input[type="date"]').forEach((input) => {
      const key = input.dataset.field
      if (key && input.validity.badInput) found[key] = 'Enter the whole date: day, month and year'
    })
    return { errors: found, result }
  }

  const onChangeCapture = (event: FormEvent<HTMLFormElement>) => {
    const key = (event.target as HTMLElement).dataset.field
    if (key) touched.current.add(key)
  }

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const key = (event.target as HTMLElement).dataset.field
    if (!key || (!touched.current.has(key) && !submitted)) return
    const message = collectErrors(values).errors[key]
    setErrors((shown) => {
      if (shown[key] === message) return shown
      const next = { ...shown }
      if (message) next[key] = message
      else delete next[key]
      return next
    })
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving) return
    setSubmitted(true)
    const { errors: found, result } = collectErrors(values)
    if (!result.ok || Object.keys(found).length > 0) {
      showErrors(found)
      return
    }
    try {
      const saved = client ? await updateClient.mutateAsync({ ...result.input, id: client.id }) : await createClient.mutateAsync(result.input)
      guard.allowNextNavigation()
      // The form's history entry is replaced, so Back from the client page doesn't reopen a spent form.
      navigate(`/clients/${saved.id}`, { replace: true, state: { notice: `Saved ${saved.name}.` } })
    } catch (error) {
      showSaveFailure(error, (issues) => errorsFromIssues(issues, units))
    }
  }

  const cancel = () => navigate(client ? `/clients/${client.id}` : '/clients')
  const sectionProps: SectionProps = { values, errors, update, units }

  return (
    <>
    <form ref={formRef} className="client-form" noValidate onSubmit={onSubmit} onChangeCapture={onChangeCapture} onBlur={onBlur} onKeyDown={onKeyDown}>
      <FormProblems formError={errors['']} problems={problems} onSelect={focusField} />
      <ContactFieldset {...sectionProps} autoFocusName={!client} />
      <BodyFieldset {...sectionProps} />
      <GoalsFieldset {...sectionProps} />
      <TrainingFieldset {...sectionProps} />
      <LimitationsFieldset {...sectionProps} />
      <ReadinessFieldset {...sectionProps} />
      <WeightGoalFieldset {...sectionProps} />
      <NotesTagsFieldset {...sectionProps} />
      <FormActions saving={saving} saveLabel={client ? 'Save changes' : 'Save client'} dirty={dirty} onCancel={cancel} />
    </form>
    {guard.dialog}
    </>
  )
}
