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
  const id = `muscles-${fieldKey}`
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined
  const toggle = (muscle: Muscle, checked: boolean) => {
    const next = new Set(selected)
    if (checked) next.add(muscle)
    else next.delete(muscle)
    onChange(MUSCLES.filter((m) => next.has(m)))
  }
  return (
    <fieldset className={`muscle-checklist${error ? ' field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>
        {legend}
        {required && <span className="field-required" aria-hidden="true"> *</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
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
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
