// Small form controls the feature forms share; each carries its data-field key, so an error-summary
// link or the first-problem focus can find it.

import type { HTMLInputTypeAttribute } from 'react'
import { Field } from './Field'

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
  /** Rows for a multi-line box; absent for a single line. */
  rows?: number
  /** Text after the box, e.g. the unit. */
  suffix?: string
  max?: string
  placeholder?: string
  className?: string
}

export function TextField(props: TextFieldProps) {
  const { label, fieldKey, value, onChange, error, hint, type = 'text', required, autoFocus, inputMode, rows, suffix, max, placeholder, className } = props
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) =>
        rows ? (
          <textarea {...control} data-field={fieldKey} value={value} rows={rows} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
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
              // Spell-checking an email, a phone number or a number only underlines it.
              spellCheck={type === 'text' && !inputMode ? undefined : false}
              placeholder={placeholder}
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
  /** Shown first when nothing is chosen yet (default "Choose…" while the value is blank). */
  placeholder?: string
  error?: string
  hint?: string
  required?: boolean
  className?: string
}

export function SelectField({ label, fieldKey, value, onChange, options, placeholder, error, hint, required, className }: SelectFieldProps) {
  // A blank value needs an option to show, unless one of the options is itself the blank ("Not recorded").
  const blankShown = placeholder !== undefined || (value === '' && !options.some((o) => o.value === ''))
  return (
    <Field label={label} hint={hint} error={error} required={required} className={className}>
      {(control) => (
        <select {...control} data-field={fieldKey} value={value} onChange={(e) => onChange(e.target.value)}>
          {blankShown && <option value="">{placeholder ?? 'Choose…'}</option>}
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
