import { Dialog } from '../../../components/Dialog'
import { Notice } from '../../../components/Notice'
import { useCoreMutation } from '../../../lib/query'
import { formatDay } from '../progressText'

interface DeleteLogDialogProps {
  open: boolean
  logId: string
  date: string
  sets: number
  onClose(): void
  onDeleted(): void
}

/** Deleting a log is for good: the trainer confirms, and is told what goes with it. */
export function DeleteLogDialog({ open, logId, date, sets, onClose, onDeleted }: DeleteLogDialogProps) {
  const remove = useCoreMutation('logs.delete')
  return (
    <Dialog
      open={open}
      title="Delete this session log?"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep the log
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: logId, confirm: true }, { onSuccess: onDeleted })}
          >
            {remove.isPending ? 'Deleting…' : 'Delete log'}
          </button>
        </>
      }
    >
      <p>
        The session of {formatDay(date)} and its {sets} {sets === 1 ? 'set' : 'sets'} will be erased, with any pain flags on it. Records and charts are worked out
        again without it. This cannot be undone.
      </p>
      {remove.error && <Notice kind="error">{remove.error.message}</Notice>}
    </Dialog>
  )
}
