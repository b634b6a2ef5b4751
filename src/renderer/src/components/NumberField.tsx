import { useEffect, useId, useState } from 'react'

/** What a field's own check says of a typed number: the value to save, or why it cannot be saved. */
export type NumberCheck = { ok: true; value: number } | { ok: false; message: string }

type Props = {
  label: string
  /** Shown after the box (e.g. "minutes"); read by screen readers through the label and hint instead. */
  unit: string
  value: number
  /** The contract's own limits, so the field says exactly what the core would refuse. */
  check(typed: number): NumberCheck
  onSave(value: number): void
  hint?: string
  min?: number
  max?: number
  step?: number
  className?: string
}

/**
 * A number setting saved when the box is left or Enter is pressed, not on each key
 * (typing 120 must never save 12 on the way).
 */
export function NumberField({ label, unit, value, check, onSave, hint, min, max, step = 1, className }: Props) {
  const id = useId()
  const [draft, setDraft] = useState(String(value))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setDraft(String(value)), [value])
  const commit = () => {
    const checked = check(draft.trim() === '' ? Number.NaN : Number(draft))
    if (!checked.ok) return setError(checked.message)
    setError(null)
    if (checked.value !== value) onSave(checked.value)
  }
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className={`field number-field${className ? ` ${className}` : ''}${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <span className="number-field-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={step}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          onChange={(e) => {
            setDraft(e.target.value)
            if (error) setError(null)
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              commit()
            }
          }}
        />
        <span aria-hidden="true">{unit}</span>
      </span>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
