import { BodyAreaNoteRows } from '../../components/BodyAreaNoteRows'
import { newCautionRow, type CautionRow, type FieldErrors } from './exerciseFormValues'

interface CautionsEditorProps {
  cautions: CautionRow[]
  errors: FieldErrors
  onChange(cautions: CautionRow[]): void
}

/** Cautions for client limitations: a body area (what "fits this client" compares) and a note on what to do. */
export function CautionsEditor({ cautions, errors, onChange }: CautionsEditorProps) {
  return (
    <div className="cautions-editor">
      <h3 className="subheading">Cautions for limitations</h3>
      <p className="field-hint">Clients with a limitation in the same area are warned, and “fits this client” leaves the exercise out for them.</p>
      <BodyAreaNoteRows
        rows={cautions}
        onChange={onChange}
        newRow={newCautionRow}
        path="cautions"
        errors={errors}
        noun="caution"
        areaLabel="Area"
        noteLabel="What to do"
        notePlaceholder="e.g. keep the range short; skip with knee pain"
        addLabel="+ Add caution"
        showEmptyList={false}
      />
    </div>
  )
}
