import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { Notice } from '../../components/Notice'
import { call } from '../../lib/api'
import { useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'
import { ExportStatus, PaperAndUnits } from './ExportFormParts'
import { useExportJob, useOpenSavedFile } from './useExportJob'

type Scope = 'program' | 'session'
type Paper = 'A4' | 'Letter'
type Units = 'kg' | 'lb'

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** The options of the printed plan, the save dialog, progress, and what to do with the file. */
export function ExportPlanDialog({ programId, sessionId, onClose }: { programId: string; sessionId?: string; onClose(): void }) {
  const program = useCoreQuery('programs.get', { id: programId })
  const settings = useCoreQuery('settings.get', {})
  // Asked now (not only on save): the core starts its PDF worker while the trainer chooses options.
  useCoreQuery('plans.suggestedName', { programId })
  const { state, run, reset } = useExportJob()
  const weeks = program.data?.document.weeks ?? []

  const [scope, setScope] = useState<Scope>(sessionId ? 'session' : 'program')
  const [paper, setPaper] = useState<Paper | null>(null)
  const [units, setUnits] = useState<Units | null>(null)
  const [instructions, setInstructions] = useState(!sessionId)
  const [logCells, setLogCells] = useState(true)
  const [withProgress, setWithProgress] = useState(false)
  const [week, setWeek] = useState(0)
  const [session, setSession] = useState(sessionId ?? '')

  // The week running today (for a scheduled program) is the card's first guess.
  useEffect(() => {
    const data = program.data
    if (!data) return
    const given = data.document.weeks.findIndex((w) => w.sessions.some((s) => s.id === sessionId))
    const running = data.startDate ? Math.floor(daysBetween(data.startDate, todayIso()) / 7) : 0
    const w = given >= 0 ? given : Math.min(Math.max(0, running), data.document.weeks.length - 1)
    setWeek(w)
    setSession(sessionId && given >= 0 ? sessionId : (data.document.weeks[w]?.sessions[0]?.id ?? ''))
  }, [program.data, sessionId])

  const chosenPaper = paper ?? settings.data?.paperSize ?? 'A4'
  const chosenUnits = units ?? settings.data?.units.weight ?? 'kg'
  const sessions = weeks[week]?.sessions ?? []
  const busy = state.kind === 'choosing' || state.kind === 'working'
  const openButton = useRef<HTMLButtonElement>(null)
  const fieldId = useId()
  useEffect(() => {
    if (state.kind === 'saved') openButton.current?.focus()
  }, [state.kind])

  const submit = () => {
    const card = scope === 'session' && session ? session : null
    void run({
      title: 'Save the printed plan',
      defaultName: async () => (await call('plans.suggestedName', { programId, sessionId: card })).name,
      job: 'plans.export',
      write: (path) => call('plans.export', { programId, sessionId: card, paper: chosenPaper, units: chosenUnits, instructions, logCells, progress: withProgress && !card && !!program.data?.clientId, path })
    })
  }

  const title = useMemo(() => (program.data ? `Export “${program.data.document.name}” as PDF` : 'Export as PDF'), [program.data])
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
      <button type="button" className="button" onClick={onClose} disabled={state.kind === 'working'}>
        Cancel
      </button>
      <button type="submit" form="export-plan-form" className="button button-primary" disabled={busy || !program.data || (scope === 'session' && !session)}>
        {busy ? 'Exporting…' : 'Choose where to save…'}
      </button>
    </>
  )

  return (
    <Dialog open title={title} onClose={busy ? () => {} : onClose} actions={actions}>
      {program.error && <Notice kind="error">{program.error.message}</Notice>}
      {saved ? (
        <div className="export-done">
          <Notice kind="success">
            Saved {saved.pages} {saved.pages === 1 ? 'page' : 'pages'} to <span className="export-path">{saved.path}</span>
          </Notice>
          {openError && <Notice kind="error">{openError}</Notice>}
          <p>
            <button type="button" className="button button-quiet" onClick={reset}>
              Export again with other options
            </button>
          </p>
        </div>
      ) : (
        <form
          id="export-plan-form"
          className="export-form"
          onSubmit={(e) => {
            e.preventDefault()
            submit()
          }}
        >
          {state.kind === 'failed' && <Notice kind="error">The plan was not saved: {state.message}</Notice>}
          <fieldset className="export-choice" disabled={busy}>
            <legend>What to print</legend>
            <label>
              <input type="radio" name="export-scope" checked={scope === 'program'} onChange={() => setScope('program')} /> The whole program, every week
            </label>
            <label>
              <input type="radio" name="export-scope" checked={scope === 'session'} onChange={() => setScope('session')} /> One session as a one-page card
            </label>
          </fieldset>
          {scope === 'session' && (
            <div className="export-session">
              <div className="field">
                <label htmlFor={`${fieldId}-week`}>Week</label>
                <select
                  id={`${fieldId}-week`}
                  value={week}
                  disabled={busy}
                  onChange={(e) => {
                    const w = Number(e.target.value)
                    setWeek(w)
                    setSession(weeks[w]?.sessions[0]?.id ?? '')
                  }}
                >
                  {weeks.map((w, i) => (
                    <option key={w.id} value={i}>
                      Week {i + 1}
                      {w.phase ? ` · ${w.phase}` : ''}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${fieldId}-session`}>Session</label>
                <select id={`${fieldId}-session`} value={session} disabled={busy} onChange={(e) => setSession(e.target.value)}>
                  {sessions.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          )}
          <PaperAndUnits name="export" busy={busy} paper={chosenPaper} units={chosenUnits} onPaper={setPaper} onUnits={setUnits} />
          <fieldset className="export-choice" disabled={busy}>
            <legend>Include</legend>
            <label>
              <input type="checkbox" checked={instructions} onChange={(e) => setInstructions(e.target.checked)} /> How to do each exercise (steps, cues, safety, pictures)
            </label>
            <label>
              <input type="checkbox" checked={logCells} onChange={(e) => setLogCells(e.target.checked)} /> Boxes to write down reps and load
            </label>
            {/* Not on the one-session card: that stays one page to take to the gym. */}
            {scope === 'program' && program.data?.clientId && (
              <label>
                <input type="checkbox" checked={withProgress} onChange={(e) => setWithProgress(e.target.checked)} /> Include progress so far (bests, adherence, measurements)
              </label>
            )}
          </fieldset>
          <ExportStatus state={state} busy={busy} />
        </form>
      )}
    </Dialog>
  )
}
