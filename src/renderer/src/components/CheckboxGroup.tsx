import { FieldGroup, toggled } from './FieldGroup'

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
  const toggle = (value: T, checked: boolean) => onChange(toggled(selected, value, checked, options.map((o) => o.value)))
  return (
    <FieldGroup legend={legend} hint={hint} error={error} className="checkbox-group">
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
    </FieldGroup>
  )
}
