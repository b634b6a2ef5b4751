import { useState } from 'react'
import { Link } from 'react-router'
import type { BackupSettingsUpdate } from '../../../../shared/data-safety'
import { Notice } from '../../components/Notice'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { chooseFolder } from './chooseFile'
import { describeCounts, formatWhen } from './dataText'
import { NumberSetting } from './NumberSetting'
import './data-safety.css'

/** In settings: where backups go, how often, how many are kept, the last one, and "Back up now". */
export function BackupSection() {
  const settings = useCoreQuery('backups.settings', {})
  const list = useCoreQuery('backups.list', {})
  const update = useCoreMutation('backups.updateSettings')
  const create = useCoreMutation('backups.create')
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null)

  function save(change: BackupSettingsUpdate, said: string) {
    setStatus(null)
    update.mutate(change, {
      onSuccess: () => setStatus({ error: false, text: said }),
      onError: (error) => setStatus({ error: true, text: `Not saved: ${error.message}` })
    })
  }

  async function changeFolder() {
    try {
      const folder = await chooseFolder('Choose the folder for your backups')
      if (folder) save({ folder }, `Backups now go to ${folder}.`)
    } catch (error) {
      setStatus({ error: true, text: error instanceof Error ? error.message : String(error) })
    }
  }

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

  const s = settings.data
  return (
    <section className="card settings-card" aria-labelledby="settings-backups" id="backups">
      <h2 id="settings-backups">Backups</h2>
      <p className="settings-lead">
        Spotter copies your data file while you work, so a broken disk or a mistake costs you hours, not years. Keep the backup folder on
        another drive if you can.
      </p>
      {settings.isError && <Notice kind="error">The backup settings could not be read: {settings.error.message}</Notice>}
      {s && (
        <>
          <dl className="ds-facts">
            <dt>Backup folder</dt>
            <dd>
              <code>{s.folder}</code>
              {s.folder === s.defaultFolder && ' (inside your data folder)'}
            </dd>
            <dt>Last backup</dt>
            <dd>{list.data?.lastBackupAt ? formatWhen(list.data.lastBackupAt) : 'None yet'}</dd>
          </dl>
          <div className="settings-actions">
            <button type="button" className="button" onClick={() => void changeFolder()}>
              Change folder…
            </button>
            {s.folder !== s.defaultFolder && (
              <button type="button" className="button" onClick={() => save({ folder: null }, 'Backups go to the data folder again.')}>
                Use the default folder
              </button>
            )}
          </div>
          <label className="checkbox ds-auto">
            <input type="checkbox" checked={s.automatic} onChange={(e) => save({ automatic: e.target.checked }, e.target.checked ? 'Automatic backups are on.' : 'Automatic backups are off.')} />
            Back up automatically, when Spotter starts and while it is open
          </label>
          <div className="ds-schedule">
            {s.automatic && (
              <>
                <NumberSetting name="everyHours" label="Back up every" unit="hours" value={s.everyHours} onSave={(n) => save({ everyHours: n }, `Backing up every ${n} hours.`)} />
                <NumberSetting name="keepDaily" label="Keep daily backups" unit="days" value={s.keepDaily} onSave={(n) => save({ keepDaily: n }, `Keeping ${n} daily backups.`)} />
                <NumberSetting name="keepWeekly" label="Keep weekly backups" unit="weeks" value={s.keepWeekly} onSave={(n) => save({ keepWeekly: n }, `Keeping ${n} weekly backups.`)} />
              </>
            )}
            <NumberSetting name="keepManual" label="Keep your own backups" unit="latest" value={s.keepManual} onSave={(n) => save({ keepManual: n }, `Keeping your ${n} latest backups.`)} />
          </div>
        </>
      )}
      <div className="settings-actions">
        <button type="button" className="button button-primary" onClick={backUpNow}>
          {create.isPending ? 'Backing up…' : 'Back up now'}
        </button>
        <Link to="/data">See all backups, restore, export and import</Link>
      </div>
      <p className={`settings-status${status?.error ? ' settings-status-error' : ''}`} role="status">
        {status?.text}
      </p>
    </section>
  )
}
