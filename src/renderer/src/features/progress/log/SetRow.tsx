import { memo } from 'react'
import type { Units } from '../../../../../shared/settings'
import type { SheetEntry, PainDraft, SheetSet, SetField } from './sheet'
import { PainFields } from './PainFields'

export interface SetActions {
  change(entryKey: string, setKey: string, patch: Partial<SheetSet>): void
  copyPrevious(entryKey: string, setKey: string): void
  remove(entryKey: string, setKey: string): void
}

const FIELD_LABELS: Record<SetField, string> = {
  reps: 'Reps',
  load: 'Load',
  holdSeconds: 'Hold',
  durationMinutes: 'Time',
  distanceMeters: 'Metres',
  rpe: 'RPE'
}

/** The boxes a set needs, in the order of the printed sheet, from how the exercise is measured. */
export function setFields(measurement: SheetEntry['measurement'], hasReps: boolean): SetField[] {
  switch (measurement) {
    case 'reps':
      return ['reps', 'load', 'rpe']
    case 'hold':
      return hasReps ? ['reps', 'holdSeconds', 'rpe'] : ['holdSeconds', 'rpe']
    case 'duration':
      return ['durationMinutes', 'rpe']
    case 'distance':
      return ['distanceMeters', 'durationMinutes', 'rpe']
  }
}

function unitOf(field: SetField, units: Units): string {
  switch (field) {
    case 'load':
      return units.weight
    case 'holdSeconds':
      return 's'
    case 'durationMinutes':
      return 'min'
    case 'distanceMeters':
      return 'm'
    default:
      return ''
  }
}

interface SetRowProps {
  entryKey: string
  exerciseName: string
  number: number
  set: SheetSet
  fields: readonly SetField[]
  units: Units
  /** Field messages for this set, keyed by field name. */
  errors: Readonly<Record<string, string>>
  /** data-field prefix, e.g. "entries.2.sets.1". */
  fieldKey: string
  actions: SetActions
}

/**
 * One set: the value boxes (Enter moves to the next box, Ctrl+D copies the set above), done or
 * skipped, and a pain flag. Memoized: typing in one set leaves the other rows alone.
 */
export const SetRow = memo(function SetRow({ entryKey, exerciseName, number, set, fields, units, errors, fieldKey, actions }: SetRowProps) {
  const where = `set ${number} of ${exerciseName}`
  const change = (patch: Partial<SheetSet>) => actions.change(entryKey, set.key, patch)
  return (
    <li className={`set-row${set.done ? '' : ' set-skipped'}${set.pain ? ' set-pain' : ''}`} data-testid="set-row">
      <span className="set-number" aria-hidden="true">
        {number}
      </span>
      <span className="set-values">
        {fields.map((field) => {
          const error = errors[field]
          return (
            <label key={field} className="set-value">
              <span className="set-value-label" aria-hidden="true">
                {FIELD_LABELS[field]}
              </span>
              <input
                className="cell cell-number"
                type="text"
                inputMode="decimal"
                autoComplete="off"
                spellCheck={false}
                aria-label={`${FIELD_LABELS[field]}${unitOf(field, units) ? ` (${unitOf(field, units)})` : ''}, ${where}`}
                aria-invalid={error ? true : undefined}
                aria-keyshortcuts="Control+D"
                title={error}
                data-enter-nav=""
                data-field={`${fieldKey}.${field}`}
                value={set[field]}
                onChange={(e) => change({ [field]: e.target.value })}
                onKeyDown={(e) => {
                  if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'd') {
                    e.preventDefault()
                    actions.copyPrevious(entryKey, set.key)
                  }
                }}
              />
              {unitOf(field, units) && (
                <span className="set-unit" aria-hidden="true">
                  {unitOf(field, units)}
                </span>
              )}
            </label>
          )
        })}
      </span>
      <label className="set-done">
        <input type="checkbox" aria-label={`Done, ${where}`} checked={set.done} onChange={(e) => change({ done: e.target.checked })} />
        <span aria-hidden="true">Done</span>
      </label>
      <span className="set-tools">
        {!set.pain && (
          <button
            type="button"
            className="button button-small"
            aria-label={`Pain, ${where}`}
            onClick={() => {
              change({ pain: { area: '', note: '' } })
              // The new boxes are there after this render: go to "where it hurt".
              requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-field="${fieldKey}.pain.area"]`)?.focus())
            }}
          >
            Pain
          </button>
        )}
        <button type="button" className="button button-small button-quiet" onClick={() => actions.remove(entryKey, set.key)} aria-label={`Remove ${where}`}>
          ✕
        </button>
      </span>
      {set.pain && (
        <PainFields
          pain={set.pain}
          where={where}
          fieldKey={`${fieldKey}.pain`}
          areaError={errors['pain.area'] ?? errors.pain}
          onChange={(pain: PainDraft) => change({ pain })}
          onRemove={() => change({ pain: null })}
        />
      )}
      {Object.entries(errors).some(([k]) => !k.startsWith('pain')) && (
        <p className="field-error set-error">{Object.entries(errors).filter(([k]) => !k.startsWith('pain')).map(([, m]) => m).join(' ')}</p>
      )}
    </li>
  )
})
