import { useId, type ReactNode } from 'react'

interface FieldProps {
  label: string
  /** Shown under the label; e.g. the expected format. */
  hint?: string
  error?: string
  required?: boolean
  /** Render the control with the ids that tie it to its label, hint and error. */
  children(control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean }): ReactNode
  className?: string
}

/** Label, control, hint and error message, wired together for screen readers. */
export function Field({ label, hint, error, required, children, className }: FieldProps) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : undefined
  const errorId = error ? `${id}-error` : undefined
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field${error ? ' field-invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field-required" aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
