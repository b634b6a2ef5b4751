import { useState } from 'react'
import { Notice } from '../../../components/Notice'
import { call } from '../../../lib/api'

type Kind = 'logs' | 'measurements'

const TITLES: Record<Kind, string> = { logs: 'Export session logs', measurements: 'Export measurements' }

/** "Client name - logs.csv": no characters a file system refuses. */
function fileName(clientName: string, kind: Kind): string {
  const safe = clientName.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim() || 'client'
  return `${safe} - ${kind === 'logs' ? 'session logs' : 'measurements'}.csv`
}

/** CSV of the client's logs or measurements: the trainer picks where, the core writes, then it can be opened. */
export function ExportButtons({ clientId, clientName }: { clientId: string; clientName: string }) {
  const [busy, setBusy] = useState<Kind | null>(null)
  const [done, setDone] = useState<{ path: string; rows: number; kind: Kind } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const exportCsv = async (kind: Kind) => {
    setBusy(kind)
    setProblem(null)
    setDone(null)
    try {
      const chosen = await call('host.chooseSavePath', { title: TITLES[kind], defaultName: fileName(clientName, kind), filters: [{ name: 'CSV (spreadsheet)', extensions: ['csv'] }] })
      if (chosen.path === null) return
      const path = chosen.path.toLowerCase().endsWith('.csv') ? chosen.path : `${chosen.path}.csv`
      const written = await call('progress.exportCsv', { kind, clientId, path })
      setDone({ path: written.path, rows: written.rows, kind })
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    } finally {
      setBusy(null)
    }
  }
  return (
    <div className="export-bar">
      <button type="button" className="button" disabled={busy !== null} onClick={() => void exportCsv('logs')}>
        {busy === 'logs' ? 'Exporting…' : 'Export logs (CSV)'}
      </button>
      <button type="button" className="button" disabled={busy !== null} onClick={() => void exportCsv('measurements')}>
        {busy === 'measurements' ? 'Exporting…' : 'Export measurements (CSV)'}
      </button>
      {done && (
        <Notice kind="success">
          Wrote {done.rows} {done.rows === 1 ? 'row' : 'rows'} to {done.path}.{' '}
          <button type="button" className="button button-small" onClick={() => void call('host.openPath', { path: done.path }).catch((e: Error) => setProblem(e.message))}>
            Open it
          </button>
        </Notice>
      )}
      {problem && <Notice kind="error">The export did not work: {problem}</Notice>}
    </div>
  )
}
