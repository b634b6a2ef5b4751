// Small controls the client form sections share: a text field that carries its data-field key, and a select.

import type { HTMLInputTypeAttribute, ReactNode } from 'react'
import { Field } from '../../components/Field'
import type { ClientFormValues, FieldErrors } from './clientFormValues'
import type { Units } from '../../../../shared/settings'

export interface SectionProps {
  values: ClientFormValues
  errors: FieldErrors
  units: Units
  update(change: Partial<ClientFormValues> | ((values: ClientFormValues) => Partial<ClientFormValues>)): void
}

interface TextFieldProps {
  label: string
  fieldKey: string
  value: string
  onChange(value: string): void
  error?: string
  hint?: string
  type?: HTMLInputTypeAttribute
  required?: boolean
  autoFocus?: boolean
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email'
  /** Text after the box, e.g. the unit. */
  suffix?: string
  max?: string
  className?: string
  multiline?: boolean
}

export function TextField({ label, fieldKey, value, onChange, error, hint, type = 'text', required, autoFocus, inputMode, suffix, max, className, multiline }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) =>
        multiline ? (
          <textarea {...control} data-field={fieldKey} value={value} onChange={(e) => onChange(e.target.value)} rows={4} />
        ) : (
          <span className={suffix ? 'input-with-suffix' : 'input-plain'}>
            <input
              {...control}
              data-field={fieldKey}
              type={type}
              value={value}
              onChange={(e) => onChange(e.target.value)}
              autoFocus={autoFocus}
              inputMode={inputMode}
              max={max}
              autoComplete="off"
              spellCheck={type === 'text' && !inputMode ? undefined : false}
            />
            {suffix && (
              <span className="input-suffix" aria-hidden="true">
                {suffix}
              </span>
            )}
          </span>
        )
      }
    </Field>
  )
}

interface SelectFieldProps {
  label: string
  fieldKey: string
  value: string
  onChange(value: string): void
  options: readonly { value: string; label: string }[]
  error?: string
  hint?: string
  className?: string
  children?: ReactNode
}

export function SelectField({ label, fieldKey, value, onChange, options, error, hint, className }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...control} data-field={fieldKey} value={value} onChange={(e) => onChange(e.target.value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** Vocabulary label maps as select or checkbox options, in the vocabulary's order. */
export function optionsFrom<T extends string>(ids: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return ids.map((id) => ({ value: id, label: labels[id] }))
}

/** Today as YYYY-MM-DD in local time (what a date input shows). */
export function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
