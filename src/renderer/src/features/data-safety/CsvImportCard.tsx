import { useState } from 'react'
import { Link } from 'react-router'
import type { CsvImportResult, CsvMapping, CsvPreview } from '../../../../shared/data-safety'
import { Notice } from '../../components/Notice'
import { call } from '../../lib/api'
import { queryClient } from '../../lib/query'
import { chooseCsvFile } from './chooseFile'
import { CsvMappingTable, type Mapping } from './CsvMappingTable'
import { CsvRowErrors } from './CsvRowErrors'
import { plural } from './dataText'
import { JobProgress } from './JobProgress'

type Loaded = { path: string; preview: CsvPreview; mapping: Mapping }

const sameMapping = (a: Mapping, b: Mapping) => Object.keys({ ...a, ...b }).every((k) => (a[k] ?? null) === (b[k] ?? null))

/** A client list from a spreadsheet: choose the file, match its columns, import the good rows, read the report. */
export function CsvImportCard() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [result, setResult] = useState<CsvImportResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [nameError, setNameError] = useState<string | undefined>()
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null)
  // The report outlives the preview it was made from: it keeps the fields' names.
  const [labels, setLabels] = useState<Record<string, string>>({})

  async function chooseFile() {
    if (busy) return
    setError(null)
    setResult(null)
    try {
      const path = await chooseCsvFile()
      if (!path) return
      setBusy('reading')
      const preview = await call('transfer.previewClientsCsv', { path })
      setLoaded({ path, preview, mapping: { ...preview.suggestedMapping } })
      setNameError(undefined)
    } catch (failure) {
      setLoaded(null)
      setError(`This file cannot be read as a client list: ${failure instanceof Error ? failure.message : String(failure)}`)
    } finally {
      setBusy(null)
    }
  }

  async function runImport() {
    if (!loaded || busy) return
    const { name, ...others } = loaded.mapping
    if (!name) {
      setNameError('Choose the column with the client names')
      document.getElementById('csv-col-0')?.focus()
      return
    }
    setNameError(undefined)
    setBusy('importing')
    setError(null)
    try {
      const mapping: CsvMapping = { name, ...others }
      setLabels(Object.fromEntries(loaded.preview.fields.map((f) => [f.field, f.label])))
      setResult(await call('transfer.importClientsCsv', { path: loaded.path, mapping }))
      setLoaded(null)
      void queryClient.invalidateQueries({ queryKey: ['clients'] })
    } catch (failure) {
      setError(`Nothing was imported: ${failure instanceof Error ? failure.message : String(failure)}`)
    } finally {
      setBusy(null)
    }
  }

  const preview = loaded?.preview
  const fieldLabel = (field: string) => preview?.fields.find((f) => f.field === field)?.label ?? labels[field] ?? field
  const suggested = preview ? sameMapping(loaded.mapping, preview.suggestedMapping) : false
  return (
    <section className="card ds-card" aria-labelledby="ds-csv">
      <h2 id="ds-csv">Import clients from a spreadsheet</h2>
      <p className="ds-lead">
        Save your client list as CSV (comma-separated values) with a header row. You choose which column fills which field; rows with a
        problem are left out and listed, the others are added.
      </p>
      <div className="ds-actions">
        <button type="button" className="button" onClick={() => void chooseFile()}>
          {busy === 'reading' ? 'Reading…' : loaded ? 'Choose another file…' : 'Choose a CSV file…'}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {result && (
        <div className="ds-result">
          <Notice kind={result.imported > 0 ? 'success' : 'info'}>
            Imported {plural(result.imported, 'client')}.
            {result.skipped > 0 ? ` ${plural(result.skipped, 'row was', 'rows were')} left out; the problems are listed below.` : ' Every row was imported.'}
            {result.imported > 0 && (
              <>
                {' '}
                <Link to="/clients">See your clients</Link>
              </>
            )}
          </Notice>
          <CsvRowErrors errors={result.errors} total={result.errorCount} caption="Rows left out, and why" fieldLabel={fieldLabel} />
        </div>
      )}
      {loaded && preview && (
        <div className="ds-csv-preview">
          <p>
            <code>{loaded.path}</code>: {plural(preview.totalRows, 'row')} of clients, {plural(preview.columns.length, 'column')}.
          </p>
          <CsvMappingTable preview={preview} mapping={loaded.mapping} onChange={(mapping) => setLoaded({ ...loaded, mapping })} nameError={nameError} />
          {suggested ? (
            preview.errorCount > 0 ? (
              <CsvRowErrors errors={preview.errors} total={preview.errorCount} caption={`${plural(preview.errorCount, 'problem')} found (these rows will be left out)`} fieldLabel={fieldLabel} />
            ) : (
              <p className="ds-ok">No problems found in the rows.</p>
            )
          ) : (
            <p className="field-hint">The rows are checked again with your choice of columns when you import.</p>
          )}
          <div className="ds-actions">
            <button type="button" className="button button-primary" onClick={() => void runImport()}>
              {busy === 'importing' ? 'Importing…' : 'Import the clients'}
            </button>
            <button type="button" className="button" onClick={() => setLoaded(null)}>
              Cancel
            </button>
          </div>
          <JobProgress active={busy === 'importing'} label="Importing clients" job="csv-import" />
        </div>
      )}
    </section>
  )
}
