import { memo } from 'react'
import type { Units } from '../../../../../shared/settings'
import type { SheetEntry } from './sheet'
import { SetRow, setFields, type SetActions } from './SetRow'

export interface EntryActions extends SetActions {
  addSet(entryKey: string): void
  removeEntry(entryKey: string): void
  notes(entryKey: string, notes: string): void
  skipAll(entryKey: string, skipped: boolean): void
}

interface EntryCardProps {
  entry: SheetEntry
  index: number
  units: Units
  /** Messages of this entry's fields, keyed by their path inside the entry ("sets.1.reps"). */
  errors: Readonly<Record<string, string>>
  actions: EntryActions
}

const NO_ERRORS: Readonly<Record<string, string>> = {}

/** One exercise as on the printed sheet: label, name and the week's target, then its sets. */
export const EntryCard = memo(function EntryCard({ entry, index, units, errors, actions }: EntryCardProps) {
  const hasReps = entry.sets.some((s) => s.target?.reps || s.reps !== '')
  const fields = setFields(entry.measurement, hasReps)
  const allSkipped = entry.sets.length > 0 && entry.sets.every((s) => !s.done)
  const setErrors = (setIndex: number): Readonly<Record<string, string>> => {
    const prefix = `sets.${setIndex}.`
    let found: Record<string, string> | null = null
    for (const [path, message] of Object.entries(errors)) {
      if (!path.startsWith(prefix)) continue
      found ??= {}
      found[path.slice(prefix.length)] = message
    }
    return found ?? NO_ERRORS
  }
  return (
    <li className="entry-card" data-testid="log-entry" aria-labelledby={`entry-${entry.key}-name`}>
      <div className="entry-head">
        <span className="entry-label" aria-hidden={entry.label ? undefined : true}>
          {entry.label ?? ''}
        </span>
        <h4 className="entry-name" id={`entry-${entry.key}-name`}>
          {entry.label && <span className="visually-hidden">{entry.label}: </span>}
          {entry.name}
        </h4>
        {entry.prescription && <span className="entry-target">Target {entry.prescription}</span>}
        <span className="entry-tools">
          {entry.itemId ? (
            <button type="button" className="button button-small" onClick={() => actions.skipAll(entry.key, !allSkipped)} aria-label={`${allSkipped ? 'Mark done' : 'Skipped all'}: ${entry.name}`}>
              {allSkipped ? 'Mark done' : 'Skipped all'}
            </button>
          ) : (
            <button type="button" className="button button-small button-quiet" onClick={() => actions.removeEntry(entry.key)} aria-label={`Remove ${entry.name}`}>
              Remove
            </button>
          )}
        </span>
      </div>
      {entry.instructions && <p className="entry-instructions">{entry.instructions}</p>}
      {errors.sets && <p className="field-error">{errors.sets}</p>}
      <ol className="set-rows" aria-label={`Sets of ${entry.name}`}>
        {entry.sets.map((set, i) => (
          <SetRow
            key={set.key}
            entryKey={entry.key}
            exerciseName={entry.name}
            number={i + 1}
            set={set}
            fields={fields}
            units={units}
            errors={setErrors(i)}
            fieldKey={`entries.${index}.sets.${i}`}
            actions={actions}
          />
        ))}
      </ol>
      <div className="entry-foot">
        <button type="button" className="button button-small add-set" onClick={() => actions.addSet(entry.key)} aria-label={`Add a set of ${entry.name}`}>
          + Add a set
        </button>
        <label className="entry-notes">
          <span className="visually-hidden">Notes on {entry.name}</span>
          <input
            className="cell"
            type="text"
            maxLength={500}
            placeholder="Notes on this exercise"
            value={entry.notes}
            data-field={`entries.${index}.notes`}
            onChange={(e) => actions.notes(entry.key, e.target.value)}
          />
        </label>
      </div>
    </li>
  )
})
