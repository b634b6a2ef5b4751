import { useId, type ReactNode } from 'react'

interface FieldGroupProps {
  legend: string
  hint?: string
  error?: string
  required?: boolean
  /** The group's own class; "field-invalid" is added while there is an error. */
  className: string
  children: ReactNode
}

/** A fieldset of related controls (checkboxes, radios) with its legend, hint and error wired for screen readers. */
export function FieldGroup({ legend, hint, error, required, className, children }: FieldGroupProps) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  return (
    <fieldset className={`${className}${error ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>
        {legend}
        {required && <span className="field-required" aria-hidden="true"> *</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}

/** The chosen values after one box is ticked or cleared, kept in the options' order. */
export function toggled<T>(selected: readonly T[], value: T, checked: boolean, order: readonly T[]): T[] {
  const next = new Set(selected)
  if (checked) next.add(value)
  else next.delete(value)
  return order.filter((v) => next.has(v))
}
