import { useId } from 'react'

interface CheckboxGroupProps<T extends string> {
  legend: string
  hint?: string
  error?: string
  options: readonly { value: T; label: string }[]
  selected: readonly T[]
  onChange(selected: T[]): void
  /** Marks the boxes so an error link or a blur handler can find the group. */
  fieldKey: string
  columns?: number
}

/** A set of checkboxes under one legend; the chosen values keep the options' order. */
export function CheckboxGroup<T extends string>({ legend, hint, error, options, selected, onChange, fieldKey, columns = 3 }: CheckboxGroupProps<T>) {
  const id = useId()
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  const toggle = (value: T, checked: boolean) => {
    const next = new Set(selected)
    if (checked) next.add(value)
    else next.delete(value)
    onChange(options.map((o) => o.value).filter((v) => next.has(v)))
  }
  return (
    <fieldset className={`checkbox-group${error ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="checkbox-grid" style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {options.map((o) => (
          <label key={o.value} className="checkbox">
            <input
              type="checkbox"
              data-field={fieldKey}
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
