import { useEffect, useId, useState, type ReactNode } from 'react'
import { Dialog } from './Dialog'
import { Notice } from './Notice'

interface ConfirmDeleteDialogProps {
  /** Defaults to shown: most callers mount the dialog only while it is open. */
  open?: boolean
  title: string
  /** What the trainer reads first: what goes, why it matters, what to do instead. */
  children?: ReactNode
  /** Counted things that go with it, one a line ("2 weeks"). */
  losses?: readonly string[]
  /** Said after the list (the way back, or the gentler choice). */
  note?: ReactNode
  /** When set, data would be lost: this tick ("Yes, erase…") must be given before Delete works. */
  understandLabel?: string
  /** The safe choice; it comes first in the row, so a stray Enter keeps everything. */
  cancelLabel?: string
  deleteLabel: string
  pending: boolean
  /** False while what would be removed is still being worked out. */
  ready?: boolean
  /** Failures to show at the top, falsy ones skipped. */
  errors?: readonly (string | false | null | undefined)[]
  onCancel(): void
  onDelete(): void
}

/**
 * The one way Spotter asks before erasing something: a title naming it, what goes with it, an optional
 * "I understand" tick, then Cancel (first) and the danger button. Focus and Escape are the Dialog's.
 */
export function ConfirmDeleteDialog({
  open = true,
  title,
  children,
  losses,
  note,
  understandLabel,
  cancelLabel = 'Cancel',
  deleteLabel,
  pending,
  ready = true,
  errors = [],
  onCancel,
  onDelete
}: ConfirmDeleteDialogProps) {
  const [understood, setUnderstood] = useState(false)
  const tickId = useId()
  // A dialog kept mounted between uses asks for the tick again each time it opens.
  useEffect(() => {
    if (!open) setUnderstood(false)
  }, [open])
  const blocked = pending || !ready || (understandLabel !== undefined && !understood)
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {cancelLabel}
          </button>
          <button type="button" className="button button-danger" disabled={blocked} onClick={onDelete}>
            {pending ? 'Deleting…' : deleteLabel}
          </button>
        </>
      }
    >
      {errors.map((error, i) => error && <Notice key={i} kind="error">{error}</Notice>)}
      {children}
      {losses && losses.length > 0 && (
        <ul className="delete-list">
          {losses.map((loss) => (
            <li key={loss}>{loss}</li>
          ))}
        </ul>
      )}
      {note}
      {understandLabel !== undefined && (
        <label className="checkbox delete-understood" htmlFor={tickId}>
          <input id={tickId} type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />
          {understandLabel}
        </label>
      )}
    </Dialog>
  )
}
