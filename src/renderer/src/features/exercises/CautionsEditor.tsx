import { useEffect, useRef, useState } from 'react'
import { BODY_AREAS, BODY_AREA_LABELS, type BodyArea } from '../../../../shared/vocabulary'
import { Field } from '../../components/Field'
import { newCautionRow, type CautionRow, type FieldErrors } from './exerciseFormValues'

interface CautionsEditorProps {
  cautions: CautionRow[]
  errors: FieldErrors
  onChange(cautions: CautionRow[]): void
}

/** Cautions for client limitations: a body area (what "fits this client" compares) and a note on what to do. */
export function CautionsEditor({ cautions, errors, onChange }: CautionsEditorProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [focusTarget, setFocusTarget] = useState<string | null>(null)

  useEffect(() => {
    if (!focusTarget) return
    ref.current?.querySelector<HTMLElement>(`[data-focus-key="${focusTarget}"]`)?.focus()
    setFocusTarget(null)
  }, [focusTarget])

  const add = () => {
    const row = newCautionRow()
    onChange([...cautions, row])
    setFocusTarget(row.key)
  }
  const remove = (index: number) => {
    const next = cautions[index + 1] ?? cautions[index - 1]
    onChange(cautions.filter((_, i) => i !== index))
    setFocusTarget(next ? next.key : 'add-caution')
  }
  const change = (index: number, patch: Partial<CautionRow>) => onChange(cautions.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  return (
    <div className="cautions-editor" ref={ref}>
      <h3 className="subheading">Cautions for limitations</h3>
      <p className="field-hint">Clients with a limitation in the same area are warned, and “fits this client” leaves the exercise out for them.</p>
      {cautions.length > 0 && (
        <ol className="caution-rows">
          {cautions.map((row, index) => (
            <li key={row.key} className="caution-row">
              <Field label={`Area (${index + 1})`} error={errors[`cautions.${index}.area`]}>
                {(control) => (
                  <select
                    {...control}
                    data-field={`cautions.${index}.area`}
                    data-focus-key={row.key}
                    value={row.area}
                    onChange={(e) => change(index, { area: e.target.value as BodyArea | '' })}
                  >
                    <option value="">Choose…</option>
                    {BODY_AREAS.map((area) => (
                      <option key={area} value={area}>
                        {BODY_AREA_LABELS[area]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={`What to do (${index + 1})`} error={errors[`cautions.${index}.note`]}>
                {(control) => (
                  <input
                    {...control}
                    data-field={`cautions.${index}.note`}
                    autoComplete="off"
                    value={row.note}
                    placeholder="e.g. keep the range short; skip with knee pain"
                    onChange={(e) => change(index, { note: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button-quiet caution-remove"
                aria-label={`Remove caution ${index + 1}${row.area ? ` (${BODY_AREA_LABELS[row.area]})` : ''}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button" data-focus-key="add-caution" onClick={add}>
        + Add caution
      </button>
    </div>
  )
}
