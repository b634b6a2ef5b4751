import { useState } from 'react'
import { UNIT_KIND_LABELS, UNIT_KINDS, valueProblem, type MeasurementType, type UnitKind } from '../../../../../shared/measurements'
import type { Units } from '../../../../../shared/settings'
import { Notice } from '../../../components/Notice'
import { issuesByPath } from '../../../lib/api'
import { useCoreMutation, useCoreQuery } from '../../../lib/query'
import { todayIso } from '../../../lib/todayIso'
import { formatDay } from '../progressText'
import { fromShown, shownUnit } from './measurementUnits'
import { OwnMeasurementTypes } from './OwnMeasurementTypes'

/** A check-in: the day, a box per measurement type (fill only what was taken), and a note. */
export function MeasurementForm({ clientId, units, onDone }: { clientId: string; units: Units; onDone(): void }) {
  const types = useCoreQuery('measurements.types', {})
  const record = useCoreMutation('measurements.record')
  const [date, setDate] = useState(todayIso())
  const [values, setValues] = useState<Record<string, string>>({})
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [saved, setSaved] = useState<string | null>(null)

  const submit = () => {
    const found: Record<string, string> = {}
    const filled: { typeId: string; value: number }[] = []
    for (const type of types.data?.items ?? []) {
      const raw = (values[type.id] ?? '').trim().replace(',', '.')
      if (raw === '') continue
      const shown = Number(raw)
      if (!Number.isFinite(shown)) {
        found[type.id] = 'Must be a number'
        continue
      }
      const value = fromShown(type.unitKind, shown, units)
      const problem = valueProblem(type.unitKind, value)
      if (problem) found[type.id] = type.unitKind === 'mass' || type.unitKind === 'length' ? `${problem} (${shown} ${shownUnit(type.unitKind, type.unit, units)} is out of range)` : problem
      else filled.push({ typeId: type.id, value })
    }
    if (filled.length === 0 && Object.keys(found).length === 0) found.form = 'Enter at least one value'
    setErrors(found)
    if (Object.keys(found).length > 0) return
    record.mutate(
      { clientId, date, values: filled, note: note.trim() },
      {
        onSuccess: (result) => {
          setSaved(`Recorded ${result.items.length} ${result.items.length === 1 ? 'measurement' : 'measurements'} for ${formatDay(date)}.`)
          setValues({})
          setNote('')
        },
        onError: (error) => {
          const byPath = issuesByPath(error)
          const mapped: Record<string, string> = { form: error.message }
          for (const [path, message] of Object.entries(byPath)) {
            const index = /^values\.(\d+)/.exec(path)?.[1]
            const typeId = index === undefined ? undefined : filled[Number(index)]?.typeId
            if (typeId) mapped[typeId] = message
          }
          setErrors(mapped)
        }
      }
    )
  }

  return (
    <form
      className="card measurement-form"
      aria-labelledby="measure-title"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
    >
      <h3 id="measure-title">Record measurements</h3>
      <p className="chart-note">Fill in what you measured today; leave the rest empty. Weights in {units.weight}, lengths in {units.length} (change in Settings).</p>
      {saved && <Notice kind="success">{saved}</Notice>}
      {errors.form && <Notice kind="error">{errors.form}</Notice>}
      {types.error && <Notice kind="error">{types.error.message}</Notice>}
      <div className="field measure-date">
        <label htmlFor="measure-date">Date</label>
        <input id="measure-date" className="input" type="date" value={date} max="2199-12-31" onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="measure-grid">
        {(types.data?.items ?? []).map((type) => (
          <ValueBox key={type.id} type={type} units={units} value={values[type.id] ?? ''} error={errors[type.id]} onChange={(v) => setValues((all) => ({ ...all, [type.id]: v }))} />
        ))}
      </div>
      <div className="field">
        <label htmlFor="measure-note">Note</label>
        <input id="measure-note" className="input" type="text" maxLength={300} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. after a week off, different scale" />
      </div>
      <div className="measure-actions">
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {record.isPending ? 'Saving…' : 'Save measurements'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Close
        </button>
      </div>
      <OwnMeasurementTypes clientId={clientId} types={types.data?.items ?? []} />
      <NewTypeForm />
    </form>
  )
}

function ValueBox({ type, units, value, error, onChange }: { type: MeasurementType; units: Units; value: string; error?: string; onChange(v: string): void }) {
  const id = `measure-${type.id}`
  const unit = shownUnit(type.unitKind, type.unit, units)
  return (
    <div className={`field measure-box${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>
        {type.name}
        {unit && <span className="visually-hidden"> in {unit}</span>}
      </label>
      <span className="input-with-suffix">
        <input id={id} type="text" inputMode="decimal" autoComplete="off" value={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : type.hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.value)} />
        <span className="input-suffix" aria-hidden="true">
          {unit}
        </span>
      </span>
      {type.hint && !error && (
        <p className="field-hint" id={`${id}-hint`}>
          {type.hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** The trainer's own measurement type (e.g. "Single-leg balance"), added to every client's form. */
function NewTypeForm() {
  const create = useCoreMutation('measurements.createType')
  const [name, setName] = useState('')
  const [kind, setKind] = useState<UnitKind>('length')
  const [open, setOpen] = useState(false)
  if (!open) {
    return (
      <button type="button" className="button button-quiet new-type-toggle" onClick={() => setOpen(true)}>
        + Add your own measurement type
      </button>
    )
  }
  return (
    <div className="new-type" role="group" aria-label="Your own measurement type">
      <div className="field">
        <label htmlFor="new-type-name">Name</label>
        <input id="new-type-name" className="input" type="text" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} autoFocus />
      </div>
      <div className="field">
        <label htmlFor="new-type-kind">Measured in</label>
        <select id="new-type-kind" className="input" value={kind} onChange={(e) => setKind(e.target.value as UnitKind)}>
          {UNIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {UNIT_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button"
        disabled={create.isPending}
        onClick={() => create.mutate({ name: name.trim(), unitKind: kind }, { onSuccess: () => (setName(''), setOpen(false)) })}
      >
        Add type
      </button>
      {create.error && <p className="field-error">{create.error.message}</p>}
    </div>
  )
}
