import { FieldGroup, toggled } from '../../components/FieldGroup'
import { MUSCLE_GROUPS, MUSCLE_GROUP_LABELS, MUSCLE_GROUP_OF, MUSCLES, MUSCLE_LABELS, type Muscle } from '../../../../shared/exercises'

interface MuscleChecklistProps {
  legend: string
  hint?: string
  error?: string
  fieldKey: string
  selected: readonly Muscle[]
  onChange(selected: Muscle[]): void
  /** Muscles chosen in the other list: shown but not choosable (a muscle is primary or secondary, not both). */
  taken?: readonly Muscle[]
  required?: boolean
}

const BY_GROUP = MUSCLE_GROUPS.map((group) => ({ group, muscles: MUSCLES.filter((m) => MUSCLE_GROUP_OF[m] === group) }))

/** Muscles as checkboxes under their display group (hamstrings: biceps femoris, semitendinosus, …). */
export function MuscleChecklist({ legend, hint, error, fieldKey, selected, onChange, taken = [], required }: MuscleChecklistProps) {
  const toggle = (muscle: Muscle, checked: boolean) => onChange(toggled(selected, muscle, checked, MUSCLES))
  return (
    <FieldGroup legend={legend} hint={hint} error={error} required={required} className="muscle-checklist">
      <div className="muscle-groups">
        {BY_GROUP.map(({ group, muscles }) => (
          <fieldset key={group} className="muscle-group">
            <legend>{MUSCLE_GROUP_LABELS[group]}</legend>
            {muscles.map((m) => {
              const isTaken = taken.includes(m)
              return (
                <label key={m} className={`checkbox${isTaken ? ' checkbox-taken' : ''}`}>
                  <input
                    type="checkbox"
                    data-field={fieldKey}
                    checked={selected.includes(m)}
                    disabled={isTaken}
                    onChange={(e) => toggle(m, e.target.checked)}
                  />
                  <span>
                    {MUSCLE_LABELS[m]}
                    {isTaken && <span className="checkbox-note"> (primary)</span>}
                  </span>
                </label>
              )
            })}
          </fieldset>
        ))}
      </div>
    </FieldGroup>
  )
}
