// Small controls the exercise form sections share; each carries its data-field key, so an error link
// or the first-problem focus can find it.

import type { ReactNode } from 'react'
import { Field } from '../../components/Field'

interface TextFieldProps {
  label: string
  fieldKey: string
  value: string
  onChange(value: string): void
  error?: string
  hint?: string
  required?: boolean
  autoFocus?: boolean
  className?: string
  /** Rows for a multi-line box; absent for a single line. */
  rows?: number
  /** Text after the box, e.g. the unit. */
  suffix?: string
  numeric?: boolean
  placeholder?: string
}

export function TextField({ label, fieldKey, value, onChange, error, hint, required, autoFocus, className, rows, suffix, numeric, placeholder }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) =>
        rows ? (
          <textarea {...control} data-field={fieldKey} value={value} rows={rows} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <span className={suffix ? 'input-with-unit' : 'input-plain'}>
            <input
              {...control}
              data-field={fieldKey}
              value={value}
              onChange={(e) => onChange(e.target.value)}
              autoFocus={autoFocus}
              inputMode={numeric ? 'numeric' : undefined}
              autoComplete="off"
              spellCheck={numeric ? false : undefined}
              placeholder={placeholder}
            />
            {suffix && (
              <span className="input-unit" aria-hidden="true">
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
  /** Shown first when nothing is chosen yet. */
  placeholder?: string
  error?: string
  hint?: string
  required?: boolean
  children?: ReactNode
}

export function SelectField({ label, fieldKey, value, onChange, options, placeholder, error, hint, required }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...control} data-field={fieldKey} value={value} onChange={(e) => onChange(e.target.value)}>
          {(placeholder || value === '') && <option value="">{placeholder ?? 'Choose…'}</option>}
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

/** Vocabulary label maps as options, in the vocabulary's order. */
export function optionsFrom<T extends string>(ids: readonly T[], labels: Record<T, string>): { value: T; label: string }[] {
  return ids.map((id) => ({ value: id, label: labels[id] }))
}
