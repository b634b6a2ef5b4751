import { Dialog } from '../../components/Dialog'
import { useCoreQuery } from '../../lib/query'
import { describeCounts, formatBytes, formatWhen } from './dataText'
import { JobProgress } from './JobProgress'

interface RestoreDialogProps {
  path: string
  busy: boolean
  error: string | null
  onCancel(): void
  onConfirm(): void
}

/** What a backup holds, checked before anything is replaced, and the explicit choice to restore it. */
export function RestoreDialog({ path, busy, error, onCancel, onConfirm }: RestoreDialogProps) {
  const preview = useCoreQuery('backups.preview', { path }, { gcTime: 0 })
  const ready = preview.data !== undefined
  return (
    <Dialog
      open
      title="Restore this backup?"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Keep my data
          </button>
          {ready && (
            <button type="button" className="button button-danger" onClick={() => !busy && onConfirm()}>
              {busy ? 'Restoring…' : 'Replace my data'}
            </button>
          )}
        </>
      }
    >
      {preview.isPending && <p role="status">Checking the backup…</p>}
      {preview.isError && (
        <p className="field-error" role="alert">
          This backup cannot be restored: {preview.error.message}
        </p>
      )}
      {preview.data && (
        <>
          <dl className="ds-facts">
            <dt>Made</dt>
            <dd>{formatWhen(preview.data.createdAt)}</dd>
            <dt>Clients</dt>
            <dd>{preview.data.counts.clients.toLocaleString()}</dd>
            <dt>Programs</dt>
            <dd>{preview.data.counts.programs.toLocaleString()}</dd>
            <dt>Logs</dt>
            <dd>{preview.data.counts.logs.toLocaleString()}</dd>
            <dt>Size</dt>
            <dd>{formatBytes(preview.data.sizeBytes)}</dd>
          </dl>
          {preview.data.needsUpgrade && <p>It was made by an earlier version of Spotter; it will be brought up to date as it is restored.</p>}
          <p>
            All your current data will be replaced by this backup ({describeCounts(preview.data.counts)}). Spotter first keeps a copy of your
            data as it is now, so you can undo the restore.
          </p>
        </>
      )}
      {/* A big store takes seconds: the copy kept for undo, then the backup's pages (job 'restore'). */}
      <JobProgress active={busy} label="Restoring your data" job="restore" />
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
