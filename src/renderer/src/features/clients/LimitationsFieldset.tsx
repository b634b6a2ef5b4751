import { BodyAreaNoteRows } from '../../components/BodyAreaNoteRows'
import { newLimitationRow } from './clientFormValues'
import type { SectionProps } from './formControls'

/** Injuries and limitations: one row per body area and note. */
export function LimitationsFieldset({ values, errors, update }: SectionProps) {
  return (
    <fieldset className="form-section">
      <legend>Injuries and limitations</legend>
      {errors.limitations && <p className="field-error">{errors.limitations}</p>}
      {values.limitations.length === 0 && <p className="form-note">None recorded.</p>}
      <BodyAreaNoteRows
        rows={values.limitations}
        onChange={(limitations) => update({ limitations })}
        newRow={newLimitationRow}
        path="limitations"
        errors={errors}
        noun="limitation"
        areaLabel="Body area"
        noteLabel="Note"
        notePlaceholder="e.g. aches on stairs; avoid deep lunges"
        addLabel="+ Add injury or limitation"
        showEmptyList
      />
    </fieldset>
  )
}
