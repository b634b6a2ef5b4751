import { ConfirmDeleteDialog } from '../../../components/ConfirmDeleteDialog'
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
    <ConfirmDeleteDialog
      open={open}
      title="Delete this session log?"
      cancelLabel="Keep the log"
      deleteLabel="Delete log"
      pending={remove.isPending}
      errors={[remove.error?.message]}
      onCancel={onClose}
      onDelete={() => remove.mutate({ id: logId, confirm: true }, { onSuccess: onDeleted })}
    >
      <p>
        The session of {formatDay(date)} and its {sets} {sets === 1 ? 'set' : 'sets'} will be erased, with any pain flags on it. Records and charts are worked out
        again without it. This cannot be undone.
      </p>
    </ConfirmDeleteDialog>
  )
}
