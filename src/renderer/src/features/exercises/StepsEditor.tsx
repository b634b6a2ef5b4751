import { Field } from '../../components/Field'
import { useFocusAfterRender } from '../../components/useFocusAfterRender'
import { newStepRow, type FieldErrors, type StepRow } from './exerciseFormValues'

interface StepsEditorProps {
  steps: StepRow[]
  errors: FieldErrors
  onChange(steps: StepRow[]): void
}

/**
 * The numbered steps: add, remove, and move up or down with buttons (keyboard friendly, no dragging).
 * Focus follows the row that moved, or lands somewhere sensible after a removal.
 */
export function StepsEditor({ steps, errors, onChange }: StepsEditorProps) {
  const { containerRef, focusLater: setFocusTarget } = useFocusAfterRender<HTMLDivElement>()

  const add = () => {
    const row = newStepRow()
    onChange([...steps, row])
    setFocusTarget(`${row.key}:text`)
  }
  const remove = (index: number) => {
    const next = steps[index + 1] ?? steps[index - 1]
    onChange(steps.filter((_, i) => i !== index))
    setFocusTarget(next ? `${next.key}:text` : 'add-step')
  }
  const move = (index: number, by: -1 | 1) => {
    const target = index + by
    const row = steps[index]
    if (!row || target < 0 || target >= steps.length) return
    const next = [...steps]
    next.splice(index, 1)
    next.splice(target, 0, row)
    onChange(next)
    // Stay on the same button while it still applies, so pressing it again keeps moving the row.
    const stillApplies = by === -1 ? target > 0 : target < steps.length - 1
    setFocusTarget(`${row.key}:${stillApplies ? (by === -1 ? 'up' : 'down') : (by === -1 ? 'down' : 'up')}`)
  }
  const edit = (index: number, text: string) => onChange(steps.map((row, i) => (i === index ? { ...row, text } : row)))

  return (
    <div className="steps-editor" ref={containerRef}>
      {errors.steps && <p className="field-error">{errors.steps}</p>}
      <ol className="step-rows">
        {steps.map((row, index) => (
          <li key={row.key} className="step-row">
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            <Field label={`Step ${index + 1}`} error={errors[`steps.${index}`]} className="step-text">
              {(control) => (
                <textarea
                  {...control}
                  data-field={`steps.${index}`}
                  data-focus-key={`${row.key}:text`}
                  rows={2}
                  value={row.text}
                  onChange={(e) => edit(index, e.target.value)}
                />
              )}
            </Field>
            <div className="step-buttons">
              <button
                type="button"
                className="button button-small"
                data-focus-key={`${row.key}:up`}
                aria-label={`Move step ${index + 1} up`}
                disabled={index === 0}
                onClick={() => move(index, -1)}
              >
                <span aria-hidden="true">↑</span> Up
              </button>
              <button
                type="button"
                className="button button-small"
                data-focus-key={`${row.key}:down`}
                aria-label={`Move step ${index + 1} down`}
                disabled={index === steps.length - 1}
                onClick={() => move(index, 1)}
              >
                <span aria-hidden="true">↓</span> Down
              </button>
              <button type="button" className="button button-small button-remove" aria-label={`Remove step ${index + 1}`} onClick={() => remove(index)}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" data-focus-key="add-step" data-field="steps" onClick={add}>
        + Add step
      </button>
    </div>
  )
}
