import { FieldGroup } from '../../components/FieldGroup'

export interface Choice<V extends string> {
  value: V
  label: string
}

interface ChoiceGroupProps<V extends string> {
  legend: string
  /** A line under the legend, e.g. what the options mean. */
  hint?: string
  /** The radio group's name; unique on the page. */
  name: string
  value: V
  choices: readonly Choice<V>[]
  onChange(value: V): void
}

/**
 * A set of radio buttons drawn as side-by-side options. Native radios, so arrow keys move between
 * the options and Tab leaves the group, as everywhere else on the desktop.
 */
export function ChoiceGroup<V extends string>({ legend, hint, name, value, choices, onChange }: ChoiceGroupProps<V>) {
  return (
    <FieldGroup legend={legend} hint={hint} className="choice-group">
      <div className="choice-options">
        {choices.map((choice) => (
          <label key={choice.value} className={`choice${choice.value === value ? ' choice-selected' : ''}`}>
            <input type="radio" name={name} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </FieldGroup>
  )
}
