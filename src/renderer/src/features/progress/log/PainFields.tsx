import { useId } from 'react'
import { BODY_AREA_LABELS, BODY_AREAS, type BodyArea } from '../../../../../shared/vocabulary'
import type { PainDraft } from './sheet'

interface PainFieldsProps {
  pain: PainDraft
  /** "set 2 of Romanian deadlift" or "the session", for the labels. */
  where: string
  onChange(pain: PainDraft): void
  onRemove(): void
  areaError?: string
  /** data-field prefix, so an error link can find the boxes. */
  fieldKey: string
}

/** Where it hurt and what the client said; shown once the trainer flags pain. */
export function PainFields({ pain, where, onChange, onRemove, areaError, fieldKey }: PainFieldsProps) {
  const id = useId()
  return (
    <div className="pain-fields" role="group" aria-label={`Pain during ${where}`}>
      <span className="pain-tag" aria-hidden="true">
        Pain
      </span>
      <label className="pain-area">
        <span className="visually-hidden">Where it hurt, {where}</span>
        <select
          className={`cell${areaError ? ' cell-invalid' : ''}`}
          value={pain.area}
          aria-invalid={areaError ? true : undefined}
          aria-describedby={areaError ? `${id}-error` : undefined}
          data-field={`${fieldKey}.area`}
          onChange={(e) => onChange({ ...pain, area: e.target.value as BodyArea | '' })}
        >
          <option value="">Where? (body area)</option>
          {BODY_AREAS.map((a) => (
            <option key={a} value={a}>
              {BODY_AREA_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
      <label className="pain-note">
        <span className="visually-hidden">What the client felt, {where}</span>
        <input
          className="cell"
          type="text"
          maxLength={500}
          placeholder="What they felt (sharp, dull, when…)"
          data-enter-nav=""
          value={pain.note}
          data-field={`${fieldKey}.note`}
          onChange={(e) => onChange({ ...pain, note: e.target.value })}
        />
      </label>
      <button type="button" className="button button-small button-quiet" onClick={onRemove} aria-label={`Remove the pain flag, ${where}`}>
        Remove pain flag
      </button>
      {areaError && (
        <p id={`${id}-error`} className="field-error pain-error">
          {areaError}
        </p>
      )}
    </div>
  )
}
