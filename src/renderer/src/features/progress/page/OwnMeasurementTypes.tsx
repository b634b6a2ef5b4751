import { useState } from 'react'
import { UNIT_KIND_LABELS, type MeasurementType } from '../../../../../shared/measurements'
import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog'
import { Notice } from '../../../components/Notice'
import { useCoreMutation, useCoreQuery } from '../../../lib/query'
import { plural } from '../progressText'

/**
 * The trainer's own measurement types, each removable. A type is shared by every client, so deleting
 * one erases its values for all of them: the dialog says how many and asks for an explicit yes.
 */
export function OwnMeasurementTypes({ clientId, types }: { clientId: string; types: readonly MeasurementType[] }) {
  const own = types.filter((t) => !t.builtin)
  const [deleting, setDeleting] = useState<MeasurementType | null>(null)
  const [done, setDone] = useState<string | null>(null)
  if (own.length === 0 && !done) return null
  return (
    <section className="own-types" aria-labelledby="own-types-title">
      <h4 id="own-types-title">Your own measurement types</h4>
      {done && <Notice kind="success">{done}</Notice>}
      {own.length > 0 && (
        <ul className="own-type-rows">
          {own.map((type) => (
            <li key={type.id}>
              <span>
                <strong>{type.name}</strong>{' '}
                <span className="muted">
                  {UNIT_KIND_LABELS[type.unitKind]} · {type.values === 0 ? 'no values yet' : `${plural(type.values, 'value', 'values')} recorded`}
                </span>
              </span>
              <button
                type="button"
                className="button button-small button-quiet"
                aria-label={`Delete the type ${type.name}`}
                onClick={() => {
                  setDone(null)
                  setDeleting(type)
                }}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {deleting && (
        <DeleteTypeDialog
          clientId={clientId}
          type={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(values) => {
            setDeleting(null)
            setDone(`Deleted “${deleting.name}”${values > 0 ? ` and its ${plural(values, 'value', 'values')}` : ''}.`)
          }}
        />
      )}
    </section>
  )
}

function DeleteTypeDialog({ clientId, type, onClose, onDeleted }: { clientId: string; type: MeasurementType; onClose(): void; onDeleted(values: number): void }) {
  const remove = useCoreMutation('measurements.deleteType')
  // This client's share of the values, to put the total in proportion.
  const mine = useCoreQuery('measurements.list', { clientId, typeId: type.id, limit: 1 })
  const hasValues = type.values > 0
  const valueCount = plural(type.values, 'value', 'values')
  return (
    <ConfirmDeleteDialog
      title={`Delete the type “${type.name}”?`}
      understandLabel={hasValues ? `Yes, erase “${type.name}” and its ${valueCount}` : undefined}
      cancelLabel="Keep it"
      deleteLabel={hasValues ? `Delete type and ${valueCount}` : 'Delete type'}
      pending={remove.isPending}
      errors={[remove.error?.message]}
      onCancel={onClose}
      onDelete={() => remove.mutate({ id: type.id, confirm: true }, { onSuccess: (result) => onDeleted(result.values) })}
    >
      {hasValues ? (
        <p className="notice notice-error type-delete-warning">
          {plural(type.values, 'value is', 'values are')} recorded of “{type.name}”, all clients together
          {mine.data ? ` (${mine.data.total === 0 ? 'none' : mine.data.total} for this client)` : ''}. Deleting the type erases every one of them; charts, tables and
          CSV exports lose them. This cannot be undone, except by restoring a backup made before.
        </p>
      ) : (
        <p>No values are recorded of it. It goes from every client’s measurement form.</p>
      )}
    </ConfirmDeleteDialog>
  )
}
