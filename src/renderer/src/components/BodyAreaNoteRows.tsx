import { BODY_AREAS, BODY_AREA_LABELS, type BodyArea } from '../../../shared/vocabulary'
import { Field } from './Field'
import { useFocusAfterRender } from './useFocusAfterRender'

export interface BodyAreaNoteRow {
  key: string
  area: BodyArea | ''
  note: string
}

interface BodyAreaNoteRowsProps<R extends BodyAreaNoteRow> {
  rows: R[]
  onChange(rows: R[]): void
  newRow(): R
  /** Where the rows sit in the form ("limitations"): fields are keyed `${path}.${index}.area` / `.note`, as errors are. */
  path: string
  errors: Record<string, string | undefined>
  /** What one row is ("limitation"): names the Remove buttons and the CSS classes (`limitation-rows`, `-row`, `-remove`, `-note`). */
  noun: string
  areaLabel: string
  noteLabel: string
  notePlaceholder: string
  addLabel: string
  /** Without rows: keep the (empty) list in the page, or leave it out. */
  showEmptyList: boolean
}

/**
 * Repeatable "body area + note" rows (a client's limitations, an exercise's cautions) with an Add
 * button. Adding focuses the new row's area; removing focuses the next row, else the previous, else Add.
 */
export function BodyAreaNoteRows<R extends BodyAreaNoteRow>(props: BodyAreaNoteRowsProps<R>) {
  const { rows, onChange, newRow, path, errors, noun, areaLabel, noteLabel, notePlaceholder, addLabel, showEmptyList } = props
  const { containerRef, focusLater } = useFocusAfterRender<HTMLDivElement>()
  const addKey = `add-${noun}`

  const add = () => {
    const row = newRow()
    onChange([...rows, row])
    focusLater(row.key)
  }
  const remove = (index: number) => {
    const next = rows[index + 1] ?? rows[index - 1]
    onChange(rows.filter((_, i) => i !== index))
    focusLater(next ? next.key : addKey)
  }
  const change = (index: number, patch: Partial<BodyAreaNoteRow>) => onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)))

  return (
    <div className="body-area-note-rows" ref={containerRef}>
      {(showEmptyList || rows.length > 0) && (
        <ol className={`${noun}-rows`}>
          {rows.map((row, index) => (
            <li key={row.key} className={`${noun}-row`}>
              <Field label={`${areaLabel} (${index + 1})`} error={errors[`${path}.${index}.area`]}>
                {(control) => (
                  <select
                    {...control}
                    data-field={`${path}.${index}.area`}
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
              <Field label={`${noteLabel} (${index + 1})`} error={errors[`${path}.${index}.note`]} className={`${noun}-note`}>
                {(control) => (
                  <input
                    {...control}
                    data-field={`${path}.${index}.note`}
                    autoComplete="off"
                    value={row.note}
                    placeholder={notePlaceholder}
                    onChange={(e) => change(index, { note: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className={`button button-quiet ${noun}-remove`}
                aria-label={`Remove ${noun} ${index + 1}${row.area ? ` (${BODY_AREA_LABELS[row.area]})` : ''}`}
                onClick={() => remove(index)}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button" data-focus-key={addKey} onClick={add}>
        {addLabel}
      </button>
    </div>
  )
}
