import { useEffect, useRef, useState } from 'react'
import type { BackupEntry, RecoveryStatus } from '../../../../shared/data-safety'
import { Notice } from '../../components/Notice'
import { call } from '../../lib/api'
import { useCoreQuery } from '../../lib/query'
import { usePageTitle } from '../../lib/usePageTitle'
import { BackupTable } from './BackupTable'
import { chooseBackupFile, chooseFolder } from './chooseFile'
import { RecoveryRestoreDialog } from './RecoveryRestoreDialog'
import { PROBLEM_EXPLAINED } from './recoveryText'
import { SalvageOption } from './SalvageOption'
import './data-safety.css'

type Restoring = { path: string; entry: BackupEntry | null }

/** Opens the data again after a restore or another folder: the core has switched, the page starts over. */
function reopen(): void {
  window.location.reload()
}

/**
 * Shown instead of the app when the data file cannot be opened: what is wrong, that nothing was
 * changed, and three ways on: put back a backup, open another data folder, save what can be read.
 */
export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  usePageTitle(status.title)
  const heading = useRef<HTMLHeadingElement>(null)
  const backups = useCoreQuery('recovery.backups', {})
  const [restoring, setRestoring] = useState<Restoring | null>(null)
  const [notice, setNotice] = useState<{ kind: 'error' | 'success'; text: string } | null>(null)
  useEffect(() => heading.current?.focus(), [])

  async function pickFile() {
    setNotice(null)
    try {
      const path = await chooseBackupFile()
      if (path) setRestoring({ path, entry: null })
    } catch (error) {
      setNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
  }

  async function openFolder() {
    setNotice(null)
    try {
      const path = await chooseFolder('Choose the folder that holds your Spotter data')
      if (!path) return
      const { dataDir } = await call('recovery.openFolder', { path })
      setNotice({ kind: 'success', text: `Opening your data in ${dataDir}…` })
      reopen()
    } catch (error) {
      setNotice({ kind: 'error', text: `That folder cannot be used: ${error instanceof Error ? error.message : String(error)}` })
    }
  }

  return (
    <main className="recovery" id="main">
      <div className="recovery-panel">
        <h1 ref={heading} tabIndex={-1}>
          {status.title}
        </h1>
        <section className="card ds-card recovery-what" aria-labelledby="recovery-what">
          <h2 id="recovery-what">What happened</h2>
          <p>{status.problem ? PROBLEM_EXPLAINED[status.problem] : status.message}</p>
          <p>
            <strong>Spotter has not changed, moved or deleted this file.</strong> Nothing is lost by trying the choices below: a file that
            cannot be opened is only ever moved aside, never overwritten.
          </p>
          <dl className="ds-facts">
            <dt>Data file</dt>
            <dd>
              <code>{status.file}</code>
            </dd>
          </dl>
          <details className="recovery-details">
            <summary>Technical details</summary>
            <p>{status.message}</p>
          </details>
        </section>
        {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}

        <div className="recovery-options">
          <section className="card ds-card recovery-option" aria-labelledby="recovery-restore">
            <h2 id="recovery-restore">Put back a backup</h2>
            <p className="ds-lead">The backup takes the place of the file that cannot be opened; that file is kept beside it.</p>
            {status.problem === 'newer_version' && (
              <p className="ds-warning">
                A backup holds your data as it was when it was made: what the newer Spotter saved since then is only in the file that is kept
                aside. Installing the newer version is usually the better way.
              </p>
            )}
            {backups.isPending && <p role="status">Looking for backups…</p>}
            {backups.isError && <Notice kind="error">The backups could not be listed: {backups.error.message}</Notice>}
            {backups.data && (
              <BackupTable
                backups={backups.data.backups}
                onRestore={(path) => setRestoring({ path, entry: backups.data.backups.find((b) => b.path === path) ?? null })}
              />
            )}
            <div className="ds-actions">
              <button type="button" className="button" onClick={() => void pickFile()}>
                Restore from another file…
              </button>
            </div>
          </section>

          <section className="card ds-card recovery-option" aria-labelledby="recovery-folder">
            <h2 id="recovery-folder">Open another data folder</h2>
            <p className="ds-lead">
              If your data is kept somewhere else (a USB drive, a synced folder, a copy), choose that folder. Spotter remembers it for next time.
              An empty folder starts afresh.
            </p>
            <div className="ds-actions">
              <button type="button" className="button" onClick={() => void openFolder()}>
                Choose a folder…
              </button>
            </div>
          </section>

          {status.canSalvage && <SalvageOption />}
        </div>
        <p className="ds-lead">
          If none of these helps, keep the file above safe (copy it somewhere): it may still be repaired. Your data folder is{' '}
          <code>{status.dataDir}</code>.
        </p>
      </div>
      {restoring && (
        <RecoveryRestoreDialog
          path={restoring.path}
          entry={restoring.entry}
          onCancel={() => setRestoring(null)}
          onRestored={(movedTo) => {
            setRestoring(null)
            setNotice({ kind: 'success', text: `Restored${movedTo ? `; the damaged file was kept as ${movedTo}` : ''}. Opening your data…` })
            reopen()
          }}
        />
      )}
    </main>
  )
}
