import { useState } from 'react'
import { Link } from 'react-router'
import { Dialog } from '../../components/Dialog'
import { Notice } from '../../components/Notice'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { useFocusReturn } from '../settings/useFocusReturn'
import { BackupTable } from './BackupTable'
import { chooseBackupFile } from './chooseFile'
import { describeCounts, formatWhen, plural } from './dataText'
import { JobProgress } from './JobProgress'
import { RestoreDialog } from './RestoreDialog'
import { useRestore } from './useRestore'

/** Backups: when the last and next are, "Back up now", the list, restore with a preview, and undo. */
export function BackupsCard() {
  const list = useCoreQuery('backups.list', {})
  const settings = useCoreQuery('backups.settings', {})
  const create = useCoreMutation('backups.create')
  const restore = useRestore()
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)
  useFocusReturn(restore.confirming !== null || restore.confirmingUndo)

  function backUpNow() {
    if (create.isPending) return
    setStatus(null)
    create.mutate(
      {},
      {
        onSuccess: (entry) => setStatus({ error: false, text: `Backed up ${entry.counts ? describeCounts(entry.counts) : 'your data'}.` }),
        onError: (error) => setStatus({ error: true, text: `The backup could not be made: ${error.message}` })
      }
    )
  }

  async function restoreFromFile() {
    try {
      const path = await chooseBackupFile()
      if (path) restore.ask(path)
    } catch (error) {
      setStatus({ error: true, text: error instanceof Error ? error.message : String(error) })
    }
  }

  const data = list.data
  const outcome = restore.outcome
  return (
    <section className="card ds-card" aria-labelledby="ds-backups">
      <h2 id="ds-backups">Backups</h2>
      {settings.data && (
        <p className="ds-lead">
          {settings.data.automatic
            ? `Spotter backs up your data when it starts and every ${plural(settings.data.everyHours, 'hour')} while it is open, keeping ${plural(settings.data.keepDaily, 'daily backup')} and ${plural(settings.data.keepWeekly, 'weekly backup')}.`
            : 'Automatic backups are off. Turn them on in Settings, or back up by hand here.'}
        </p>
      )}
      {list.isPending && <p role="status">Looking for backups…</p>}
      {list.isError && <Notice kind="error">The backups could not be listed: {list.error.message}</Notice>}

      {outcome && outcome.kind !== 'error' && (
        <Notice kind="success">
          {outcome.kind === 'restored' ? 'Restored the backup' : 'Undid the restore'}: you now have {describeCounts(outcome.result.counts)}.
          {outcome.kind === 'restored' && ' Your data as it was just before is kept as a backup.'}
        </Notice>
      )}
      {data?.undo && (
        <div className="ds-undo" role="group" aria-label="Undo the last restore">
          <p>
            You restored a backup on {formatWhen(data.undo.restoredAt)}. Undo puts back your data as it was just before.
          </p>
          <button type="button" className="button" onClick={restore.askUndo}>
            Undo restore
          </button>
        </div>
      )}

      {data && (
        <dl className="ds-facts">
          <dt>Last backup</dt>
          <dd>{data.lastBackupAt ? formatWhen(data.lastBackupAt) : 'None yet'}</dd>
          <dt>Next automatic backup</dt>
          <dd>{data.nextBackupAt ? formatWhen(data.nextBackupAt) : 'Automatic backups are off'}</dd>
          <dt>Backup folder</dt>
          <dd>
            <code>{data.folder}</code> <Link to="/settings">Change in Settings</Link>
          </dd>
        </dl>
      )}
      <div className="ds-actions">
        <button type="button" className="button button-primary" onClick={backUpNow}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
        <button type="button" className="button" onClick={() => void restoreFromFile()}>
          Restore from a file…
        </button>
      </div>
      <JobProgress active={create.isPending} label="Backing up" job="backup" />
      <p className={`ds-status${status?.error ? ' ds-status-error' : ''}`} role="status">
        {status?.text}
      </p>
      {data && <BackupTable backups={data.backups} onRestore={restore.ask} />}

      {restore.confirming && (
        <RestoreDialog path={restore.confirming} busy={restore.busy} error={restore.restoreError} onCancel={restore.cancel} onConfirm={restore.confirm} />
      )}
      {restore.confirmingUndo && (
        <Dialog
          open
          title="Undo the restore?"
          onClose={restore.cancel}
          actions={
            <>
              <button type="button" className="button" onClick={restore.cancel}>
                Keep things as they are
              </button>
              <button type="button" className="button button-danger" onClick={restore.confirmUndo}>
                {restore.busy ? 'Undoing…' : 'Undo restore'}
              </button>
            </>
          }
        >
          <p>Your data goes back to how it was just before the restore. Changes made since the restore are kept in a backup first.</p>
          <JobProgress active={restore.busy} label="Undoing the restore" job="restore" />
          {restore.undoError && (
            <p className="field-error" role="alert">
              {restore.undoError}
            </p>
          )}
        </Dialog>
      )}
    </section>
  )
}
