import { useState } from 'react'
import type { BackupEntry } from '../../../../shared/data-safety'
import { Dialog } from '../../components/Dialog'
import { call } from '../../lib/api'
import { describeCounts, formatWhen } from './dataText'

/** The explicit choice to put a backup in place of the file that cannot be opened. */
export function RecoveryRestoreDialog({ path, entry, onCancel, onRestored }: { path: string; entry: BackupEntry | null; onCancel(): void; onRestored(movedTo: string | null): void }) {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function restore() {
    if (busy) return
    setBusy(true)
    setError(null)
    try {
      const result = await call('recovery.restore', { path, confirm: true })
      onRestored(result.damagedFileMovedTo)
    } catch (failure) {
      setError(`Nothing was changed: ${failure instanceof Error ? failure.message : String(failure)}`)
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      title="Put this backup in place?"
      onClose={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Not now
          </button>
          <button type="button" className="button button-primary" onClick={() => void restore()}>
            {busy ? 'Restoring…' : 'Restore this backup'}
          </button>
        </>
      }
    >
      {entry ? (
        <p>
          The backup from <strong>{formatWhen(entry.createdAt)}</strong>
          {entry.counts ? ` holds ${describeCounts(entry.counts)}` : ''}.
        </p>
      ) : (
        <p className="ds-path">
          <code>{path}</code>
        </p>
      )}
      <p>It is checked first. Then the file that cannot be opened is moved aside (not deleted) and the backup takes its place.</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
