import { useState } from 'react'
import type { Measurement } from '../../../../../shared/measurements'
import { valueProblem } from '../../../../../shared/measurements'
import type { Units } from '../../../../../shared/settings'
import { Dialog } from '../../../components/Dialog'
import { Notice } from '../../../components/Notice'
import { useCoreMutation, useCoreQuery } from '../../../lib/query'
import { DataTable, type Column } from '../charts/DataTable'
import { formatDay } from '../progressText'
import { formatMeasurement, fromShown, shownUnit, toShown } from './measurementUnits'

/** One measurement type's values as a table, each one correctable or removable (a mistyped weigh-in happens). */
export function MeasurementRows({ clientId, typeId, name, units }: { clientId: string; typeId: string; name: string; units: Units }) {
  const list = useCoreQuery('measurements.list', { clientId, typeId })
  const [editing, setEditing] = useState<Measurement | null>(null)
  const [deleting, setDeleting] = useState<Measurement | null>(null)
  const columns: Column<Measurement>[] = [
    { key: 'date', label: 'Date', nowrap: true, render: (m) => formatDay(m.date) },
    { key: 'value', label: name, numeric: true, render: (m) => formatMeasurement(m.unitKind, m.value, m.unit, units) },
    { key: 'note', label: 'Note', render: (m) => m.note },
    {
      key: 'actions',
      label: 'Change',
      render: (m) => (
        <span className="row-actions">
          <button type="button" className="button button-small" onClick={() => setEditing(m)} aria-label={`Correct ${name} of ${formatDay(m.date)}`}>
            Correct
          </button>
          <button type="button" className="button button-small button-quiet" onClick={() => setDeleting(m)} aria-label={`Delete ${name} of ${formatDay(m.date)}`}>
            Delete
          </button>
        </span>
      )
    }
  ]
  return (
    <>
      {list.error && <p className="field-error">{list.error.message}</p>}
      <DataTable caption={name} columns={columns} rows={list.data?.items ?? []} rowKey={(m) => m.id} empty={list.isPending ? 'Loading…' : 'None recorded.'} />
      {editing && <CorrectDialog measurement={editing} units={units} onClose={() => setEditing(null)} />}
      {deleting && <DeleteDialog measurement={deleting} units={units} onClose={() => setDeleting(null)} />}
    </>
  )
}

function CorrectDialog({ measurement, units, onClose }: { measurement: Measurement; units: Units; onClose(): void }) {
  const update = useCoreMutation('measurements.update')
  const unit = shownUnit(measurement.unitKind, measurement.unit, units)
  const [date, setDate] = useState(measurement.date)
  const [value, setValue] = useState(String(toShown(measurement.unitKind, measurement.value, units)))
  const [note, setNote] = useState(measurement.note)
  const [problem, setProblem] = useState<string | null>(null)
  const save = () => {
    const shown = Number(value.trim().replace(',', '.'))
    if (value.trim() === '' || !Number.isFinite(shown)) return setProblem('The value must be a number')
    const stored = fromShown(measurement.unitKind, shown, units)
    const wrong = valueProblem(measurement.unitKind, stored)
    if (wrong) return setProblem(wrong)
    update.mutate({ id: measurement.id, date, value: stored, note: note.trim() }, { onSuccess: onClose, onError: (e) => setProblem(e.message) })
  }
  return (
    <Dialog
      open
      title={`Correct ${measurement.typeName}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={update.isPending} onClick={save}>
            Save
          </button>
        </>
      }
    >
      {problem && <Notice kind="error">{problem}</Notice>}
      <div className="field">
        <label htmlFor="correct-date">Date</label>
        <input id="correct-date" type="date" className="input" value={date} onChange={(e) => setDate(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="correct-value">
          {measurement.typeName}
          {unit && ` (${unit})`}
        </label>
        <input id="correct-value" type="text" inputMode="decimal" className="input" value={value} onChange={(e) => setValue(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="correct-note">Note</label>
        <input id="correct-note" type="text" maxLength={300} className="input" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
    </Dialog>
  )
}

function DeleteDialog({ measurement, units, onClose }: { measurement: Measurement; units: Units; onClose(): void }) {
  const remove = useCoreMutation('measurements.delete')
  return (
    <Dialog
      open
      title={`Delete this ${measurement.typeName.toLowerCase()}?`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep it
          </button>
          <button type="button" className="button button-danger" disabled={remove.isPending} onClick={() => remove.mutate({ id: measurement.id }, { onSuccess: onClose })}>
            Delete
          </button>
        </>
      }
    >
      <p>
        {formatMeasurement(measurement.unitKind, measurement.value, measurement.unit, units)} on {formatDay(measurement.date)} will be erased. Charts are drawn again
        without it.
      </p>
      {remove.error && <Notice kind="error">{remove.error.message}</Notice>}
    </Dialog>
  )
}
