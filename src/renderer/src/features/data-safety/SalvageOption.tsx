import { useState } from 'react'
import type { SalvageResult } from '../../../../shared/data-safety'
import { Notice } from '../../components/Notice'
import { call } from '../../lib/api'
import { chooseExportTarget } from './chooseFile'
import { describeCounts, exportFileName } from './dataText'
import { recordKinds } from './recoveryText'

/** Save whatever rows of the damaged file can still be read, as an export file. */
export function SalvageOption() {
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<SalvageResult | null>(null)
  const [error, setError] = useState<string | null>(null)

  async function salvage() {
    if (busy) return
    setError(null)
    try {
      const path = await chooseExportTarget('Save what can be read', exportFileName('Spotter - what could be saved'))
      if (!path) return
      setBusy(true)
      setResult(await call('recovery.salvage', { path }))
    } catch (failure) {
      setError(`Nothing could be saved: ${failure instanceof Error ? failure.message : String(failure)}`)
    } finally {
      setBusy(false)
    }
  }

  const incomplete = result?.tables.filter((t) => !t.complete) ?? []
  return (
    <section className="card ds-card recovery-option" aria-labelledby="recovery-salvage">
      <h2 id="recovery-salvage">Save what can still be read</h2>
      <p className="ds-lead">Spotter reads every record it still can from the file (without changing it) and saves them in an export file.</p>
      <div className="ds-actions">
        <button type="button" className="button" onClick={() => void salvage()}>
          {busy ? 'Saving…' : 'Save what can be read…'}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {result && (
        <Notice kind={result.complete ? 'success' : 'info'}>
          Saved {describeCounts(result.counts)} to <code>{result.path}</code>.
          {incomplete.length > 0 && ` Some records could not be read (${recordKinds(incomplete.map((t) => t.name))}).`}{' '}
          <button type="button" className="button button-quiet" onClick={() => void call('host.showInFolder', { path: result.path })}>
            Show in folder
          </button>
        </Notice>
      )}
    </section>
  )
}
