import { Notice } from '../../components/Notice'
import { useCoreQuery } from '../../lib/query'

/** Where the trainer's data lives on this computer, and how to keep it somewhere else. */
export function DataLocationSection() {
  const info = useCoreQuery('app.info', {})
  return (
    <section className="card settings-card" aria-labelledby="settings-data">
      <h2 id="settings-data">Your data</h2>
      <p className="settings-lead">Everything stays on this computer, in one file you own. Include the data folder in your backups.</p>
      {info.isPending && <p>Looking up where your data is kept…</p>}
      {info.isError && <Notice kind="error">Could not read where the data is kept: {info.error.message}</Notice>}
      {info.data && (
        <dl className="data-facts">
          <dt>Data folder</dt>
          <dd>
            <code>{info.data.dataDir}</code>
          </dd>
          <dt>Database file</dt>
          <dd>
            <code>{info.data.databaseFile}</code>
          </dd>
          <dt>Spotter version</dt>
          <dd>{info.data.version}</dd>
          <dt>Data format version</dt>
          <dd>{info.data.schemaVersion}</dd>
        </dl>
      )}
      <p className="settings-note">
        To keep your data in another folder (for example on a USB stick), start Spotter with <code>--data-dir DIR</code>, or
        set the <code>SPOTTER_DATA_DIR</code> environment variable to that folder. Spotter creates the folder if needed.
      </p>
    </section>
  )
}
