import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { FieldIssue } from '../../../shared/envelope'
import { ApiError } from '../lib/api'
import type { SummaryProblem } from './ErrorSummary'

/** Messages keyed by a control's data-field; '' holds a message for the whole form (a failed save). */
export type FieldErrors = Record<string, string>

/** The problems in the given field order (keys not in it last), without the whole-form message. */
export function orderedProblems(errors: FieldErrors, order: readonly string[]): SummaryProblem[] {
  const rank = (key: string) => {
    const at = order.indexOf(key)
    return at === -1 ? order.length : at
  }
  return Object.entries(errors)
    .filter(([key]) => key !== '')
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([key, message]) => ({ key, message }))
}

/** The data-field keys of a form's controls, in the order they stand on screen. */
export function domFieldOrder(form: HTMLFormElement | null): string[] {
  return form ? [...form.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset.field ?? '') : []
}

interface FormErrorsOptions<V> {
  values: V
  /** What is wrong with these values now, keyed by data-field. */
  check(values: V): FieldErrors
  /** Field keys in screen order: the summary lists problems in it and focus goes to the first. */
  fieldOrder(form: HTMLFormElement | null): readonly string[]
  /** Of several controls sharing a key, focus the checked one (a radio group's chosen answer). */
  preferChecked?: boolean
}

/**
 * What the forms share about their problems: messages shown on submit follow their fields as the
 * trainer corrects them (no new ones appear while typing), the first problem gets focus, the error
 * summary's links focus their field, and Ctrl+S (Cmd+S) submits.
 */
export function useFormErrors<V>({ values, check, fieldOrder, preferChecked = false }: FormErrorsOptions<V>) {
  const formRef = useRef<HTMLFormElement>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [focusRequest, setFocusRequest] = useState(0)

  useEffect(() => {
    setErrors((shown) => {
      const keys = Object.keys(shown).filter((k) => k !== '')
      if (keys.length === 0) return shown
      const now = check(values)
      const next: FieldErrors = shown[''] ? { '': shown[''] } : {}
      for (const key of keys) if (now[key]) next[key] = now[key]
      return next
    })
    // check reads the same values; re-running on values alone is the point.
  }, [values])

  useEffect(() => {
    if (focusRequest === 0) return
    const first = orderedProblems(errors, fieldOrder(formRef.current))[0]?.key
    if (first) focusField(first)
    // Only a new request moves focus, not every change of the messages.
  }, [focusRequest])

  const focusField = (key: string) => {
    const candidates = [...(formRef.current?.querySelectorAll<HTMLElement>(`[data-field="${CSS.escape(key)}"]:not(:disabled)`) ?? [])]
    const checked = preferChecked ? candidates.find((el) => el instanceof HTMLInputElement && el.checked) : undefined
    const target = checked ?? candidates[0]
    target?.scrollIntoView({ block: 'center' })
    target?.focus()
  }

  /** Shows these messages and moves focus to the first. */
  const showErrors = (found: FieldErrors) => {
    setErrors(found)
    setFocusRequest((n) => n + 1)
  }

  /** A save the core refused: its field issues beside their fields, its message over the form. */
  const showSaveFailure = (error: unknown, errorsFromIssues: (issues: FieldIssue[]) => FieldErrors) => {
    const message = error instanceof Error ? error.message : String(error)
    const fromCore = error instanceof ApiError ? errorsFromIssues(error.issues) : {}
    showErrors({ ...fromCore, '': message })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault()
      formRef.current?.requestSubmit()
    }
  }

  return { formRef, errors, setErrors, showErrors, showSaveFailure, focusField, onKeyDown, problems: orderedProblems(errors, fieldOrder(formRef.current)) }
}
