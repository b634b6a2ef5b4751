import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { ExportResult } from '../../../../shared/data-safety'
import { Notice } from '../../components/Notice'
import { call } from '../../lib/api'
import { useFocusReturn } from '../settings/useFocusReturn'
import { chooseExportFile, chooseExportTarget } from './chooseFile'
import { ClientPicker } from './ClientPicker'
import { describeCounts, exportFileName, formatBytes } from './dataText'
import { ExportDialog } from './ExportDialog'
import { ImportDialog } from './ImportDialog'

type Open = { kind: 'export-all' } | { kind: 'export-client' } | { kind: 'import'; path: string } | null
type Outcome = { kind: 'exported'; result: ExportResult } | { kind: 'imported'; text: string } | { kind: 'error'; text: string }

/** Export everything or one client to a JSON file (optionally with a password); import such a file. */
export function TransferCard() {
  const [params] = useSearchParams()
  // /data?client=<id> opens the one-client export for that client (a link from elsewhere).
  const [open, setOpen] = useState<Open>(params.get('client') ? { kind: 'export-client' } : null)
  const [client, setClient] = useState<{ id: string; name: string }>({ id: params.get('client') ?? '', name: '' })
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  useFocusReturn(open !== null)

  const exported = (result: ExportResult) => {
    setOpen(null)
    setOutcome({ kind: 'exported', result })
  }

  async function exportAll(password: string | undefined) {
    const path = await chooseExportTarget('Export all your Spotter data', exportFileName('Spotter export'))
    return path ? call('transfer.exportStore', { path, ...(password ? { password } : {}) }) : null
  }

  async function exportClient(password: string | undefined) {
    // Opened from a link, the picker has the id but not yet the name the file is named after.
    const name = client.name || (await call('clients.get', { id: client.id })).name
    const path = await chooseExportTarget(`Export ${name}`, exportFileName(`${name} - Spotter client`))
    return path ? call('transfer.exportClient', { clientId: client.id, path, ...(password ? { password } : {}) }) : null
  }

  async function startImport() {
    setOutcome(null)
    try {
      const path = await chooseExportFile('Import a Spotter export file')
      if (path) setOpen({ kind: 'import', path })
    } catch (error) {
      setOutcome({ kind: 'error', text: error instanceof Error ? error.message : String(error) })
    }
  }

  return (
    <section className="card ds-card" aria-labelledby="ds-transfer">
      <h2 id="ds-transfer">Export and import</h2>
      <p className="ds-lead">
        An export is one JSON file you can keep, move to another computer or hand to another trainer. A whole export replaces everything
        when imported; a one-client export adds that client with their programs and logs.
      </p>
      <div className="ds-actions">
        <button type="button" className="button" onClick={() => (setOutcome(null), setOpen({ kind: 'export-all' }))}>
          Export all data…
        </button>
        <button type="button" className="button" onClick={() => (setOutcome(null), setOpen({ kind: 'export-client' }))}>
          Export one client…
        </button>
        <button type="button" className="button" onClick={() => void startImport()}>
          Import from a file…
        </button>
      </div>
      {outcome?.kind === 'exported' && (
        <Notice kind="success">
          Exported {describeCounts(outcome.result.counts)} to <code>{outcome.result.path}</code> ({formatBytes(outcome.result.sizeBytes)}
          {outcome.result.encrypted ? ', password protected' : ''}).{' '}
          <button type="button" className="button button-quiet" onClick={() => void call('host.showInFolder', { path: outcome.result.path })}>
            Show in folder
          </button>
        </Notice>
      )}
      {outcome?.kind === 'imported' && <Notice kind="success">{outcome.text}</Notice>}
      {outcome?.kind === 'error' && <Notice kind="error">{outcome.text}</Notice>}

      {open?.kind === 'export-all' && (
        <ExportDialog
          title="Export all data"
          intro="Every client, program, log, exercise and setting goes into one file."
          run={exportAll}
          onClose={() => setOpen(null)}
          onDone={exported}
        />
      )}
      {open?.kind === 'export-client' && (
        <ExportDialog
          title="Export one client"
          intro="The client's profile, programs and logs go into one file that another Spotter can import."
          check={() => (client.id ? null : 'Choose the client to export')}
          run={exportClient}
          onClose={() => setOpen(null)}
          onDone={exported}
        >
          <ClientPicker value={client.id} onChange={(id, name) => setClient({ id, name })} />
        </ExportDialog>
      )}
      {open?.kind === 'import' && (
        <ImportDialog
          path={open.path}
          onClose={() => setOpen(null)}
          onDone={(text) => {
            setOpen(null)
            setOutcome({ kind: 'imported', text })
          }}
        />
      )}
    </section>
  )
}
