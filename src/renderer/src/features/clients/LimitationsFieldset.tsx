import { useEffect, useRef, useState } from 'react'
import { BODY_AREAS, BODY_AREA_LABELS, type BodyArea } from '../../../../shared/vocabulary'
import { Field } from '../../components/Field'
import { newLimitationRow } from './clientFormValues'
import type { SectionProps } from './formControls'

/** Injuries and limitations: one row per body area and note; adding or removing a row moves focus sensibly. */
export function LimitationsFieldset({ values, errors, update }: SectionProps) {
  const sectionRef = useRef<HTMLFieldSetElement>(null)
  // Where focus goes after the rows re-render: a row's body-area select, or the Add button.
  const [focusTarget, setFocusTarget] = useState<string | null>(null)

  useEffect(() => {
    if (!focusTarget) return
    sectionRef.current?.querySelector<HTMLElement>(`[data-focus-key="${focusTarget}"]`)?.focus()
    setFocusTarget(null)
  }, [focusTarget])

  const add = () => {
    const row = newLimitationRow()
    update((v) => ({ limitations: [...v.limitations, row] }))
    setFocusTarget(row.key)
  }
  const remove = (index: number) => {
    const rows = values.limitations
    const next = rows[index + 1] ?? rows[index - 1]
    update((v) => ({ limitations: v.limitations.filter((_, i) => i !== index) }))
    setFocusTarget(next ? next.key : 'add')
  }
  const change = (index: number, patch: { area?: BodyArea | ''; note?: string }) =>
    update((v) => ({ limitations: v.limitations.map((row, i) => (i === index ? { ...row, ...patch } : row)) }))

  return (
    <fieldset className="form-section" ref={sectionRef}>
      <legend>Injuries and limitations</legend>
      {errors.limitations && <p className="field-error">{errors.limitations}</p>}
      {values.limitations.length === 0 && <p className="form-note">None recorded.</p>}
      <ol className="limitation-rows">
        {values.limitations.map((row, index) => (
          <li key={row.key} className="limitation-row">
            <Field label={`Body area (${index + 1})`} error={errors[`limitations.${index}.area`]}>
              {(control) => (
                <select
                  {...control}
                  data-field={`limitations.${index}.area`}
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
            <Field label={`Note (${index + 1})`} error={errors[`limitations.${index}.note`]} className="limitation-note">
              {(control) => (
                <input
                  {...control}
                  data-field={`limitations.${index}.note`}
                  autoComplete="off"
                  value={row.note}
                  placeholder="e.g. aches on stairs; avoid deep lunges"
                  onChange={(e) => change(index, { note: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="button button-quiet limitation-remove"
              aria-label={`Remove limitation ${index + 1}${row.area ? ` (${BODY_AREA_LABELS[row.area]})` : ''}`}
              onClick={() => remove(index)}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" data-focus-key="add" onClick={add}>
        + Add injury or limitation
      </button>
    </fieldset>
  )
}
