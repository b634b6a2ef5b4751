import { useEffect, useId, useRef, useState } from 'react'
import { safeFileName } from '../../../../shared/plans'
import { Dialog } from '../../components/Dialog'
import { Notice } from '../../components/Notice'
import { call } from '../../lib/api'
import { useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'
import { ExportStatus, PaperAndUnits } from './ExportFormParts'
import { useExportJob, useOpenSavedFile } from './useExportJob'
import './plans.css'

// The client's progress as a PDF for a review: period, paper and units, then the save dialog.

type Period = 'all' | '4' | '12' | 'custom'
function daysBefore(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)
}

export function ProgressReportButton({ clientId, clientName }: { clientId: string; clientName: string }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button progress-report-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Progress report (PDF)…
      </button>
      {open && <ProgressReportDialog clientId={clientId} clientName={clientName} onClose={() => setOpen(false)} />}
    </>
  )
}

function ProgressReportDialog({ clientId, clientName, onClose }: { clientId: string; clientName: string; onClose(): void }) {
  const settings = useCoreQuery('settings.get', {})
  const [period, setPeriod] = useState<Period>('all')
  const [from, setFrom] = useState(() => daysBefore(todayIso(), 27))
  const [to, setTo] = useState(todayIso)
  const [paper, setPaper] = useState<'A4' | 'Letter' | null>(null)
  const [units, setUnits] = useState<'kg' | 'lb' | null>(null)
  const { state, run } = useExportJob()
  const openButton = useRef<HTMLButtonElement>(null)
  const fieldId = useId()
  const chosenPaper = paper ?? settings.data?.paperSize ?? 'A4'
  const chosenUnits = units ?? settings.data?.units.weight ?? 'kg'
  const busy = state.kind === 'choosing' || state.kind === 'working'
  const badDates = period === 'custom' && (!from || !to || from > to)
  useEffect(() => {
    if (state.kind === 'saved') openButton.current?.focus()
  }, [state.kind])

  const submit = () => {
    const today = todayIso()
    const range = period === 'all' ? { to: today } : period === 'custom' ? { from, to } : { from: daysBefore(today, Number(period) * 7 - 1), to: today }
    void run({
      title: 'Save the progress report',
      defaultName: () => `${safeFileName(`${clientName} - Progress report ${range.to}`)}.pdf`,
      job: 'plans.progressReport',
      write: (path) => call('plans.progressReport', { clientId, path, ...range, paper: chosenPaper, units: chosenUnits })
    })
  }

  const saved = state.kind === 'saved' ? state.result : null
  const { openError, openFile } = useOpenSavedFile(saved)

  const actions = saved ? (
    <>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
      <button type="button" className="button" onClick={() => void openFile('host.showInFolder')}>
        Show in folder
      </button>
      <button ref={openButton} type="button" className="button button-primary" onClick={() => void openFile('host.openPath')}>
        Open
      </button>
    </>
  ) : (
    <>
      <button type="button" className="button" onClick={onClose} disabled={busy}>
        Cancel
      </button>
      <button type="submit" form="progress-report-form" className="button button-primary" disabled={busy || badDates}>
        {busy ? 'Exporting…' : 'Choose where to save…'}
      </button>
    </>
  )

  return (
    <Dialog open title={`Progress report for ${clientName}`} onClose={busy ? () => {} : onClose} actions={actions}>
      {saved ? (
        <div className="export-done">
          <Notice kind="success">
            Saved {saved.pages} {saved.pages === 1 ? 'page' : 'pages'} to <span className="export-path">{saved.path}</span>
          </Notice>
          {openError && <Notice kind="error">{openError}</Notice>}
        </div>
      ) : (
        <form
          id="progress-report-form"
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (!badDates) submit()
          }}
        >
          {state.kind === 'failed' && <Notice kind="error">The report was not saved: {state.message}</Notice>}
          <div className="field">
            <label htmlFor={`${fieldId}-period`}>Period</label>
            <select id={`${fieldId}-period`} value={period} disabled={busy} onChange={(e) => setPeriod(e.target.value as Period)}>
              <option value="all">Everything so far</option>
              <option value="4">The last 4 weeks</option>
              <option value="12">The last 12 weeks</option>
              <option value="custom">Dates I choose</option>
            </select>
          </div>
          {period === 'custom' && (
            <div className="export-pair">
              <div className="field">
                <label htmlFor={`${fieldId}-from`}>From</label>
                <input id={`${fieldId}-from`} type="date" value={from} max={to} disabled={busy} onChange={(e) => setFrom(e.target.value)} aria-invalid={badDates} aria-describedby={badDates ? `${fieldId}-dates` : undefined} />
              </div>
              <div className="field">
                <label htmlFor={`${fieldId}-to`}>To</label>
                <input id={`${fieldId}-to`} type="date" value={to} min={from} disabled={busy} onChange={(e) => setTo(e.target.value)} aria-invalid={badDates} />
              </div>
              {badDates && (
                <p id={`${fieldId}-dates`} className="field-error" role="alert" style={{ gridColumn: "1 / -1" }}>
                  Choose both dates, the first on or before the last.
                </p>
              )}
            </div>
          )}
          <PaperAndUnits name="report" busy={busy} paper={chosenPaper} units={chosenUnits} onPaper={setPaper} onUnits={setUnits} />
          <ExportStatus state={state} busy={busy} />
        </form>
      )}
    </Dialog>
  )
}
