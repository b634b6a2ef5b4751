import type { ExportState } from './useExportJob'

type Paper = 'A4' | 'Letter'
type Units = 'kg' | 'lb'

/** Paper size and weight units of a PDF, side by side; `name` keeps each dialog's radio groups apart. */
export function PaperAndUnits({ name, busy, paper, units, onPaper, onUnits }: { name: string; busy: boolean; paper: Paper; units: Units; onPaper(p: Paper): void; onUnits(u: Units): void }) {
  return (
    <div className="export-pair">
      <fieldset className="export-choice" disabled={busy}>
        <legend>Paper</legend>
        {(['A4', 'Letter'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name={`${name}-paper`} checked={paper === p} onChange={() => onPaper(p)} /> {p}
          </label>
        ))}
      </fieldset>
      <fieldset className="export-choice" disabled={busy}>
        <legend>Weights in</legend>
        {(['kg', 'lb'] as const).map((u) => (
          <label key={u}>
            <input type="radio" name={`${name}-units`} checked={units === u} onChange={() => onUnits(u)} /> {u}
          </label>
        ))}
      </fieldset>
    </div>
  )
}

/** The job's progress once it has taken 300 ms, and where the browser harness puts the file. */
export function ExportStatus({ state, busy }: { state: ExportState; busy: boolean }) {
  return (
    <>
      {state.kind === 'working' && state.visible && (
        <div className="export-progress" role="status">
          <label>
            {state.label}…
            <progress max={state.total} value={state.done} />
          </label>
        </div>
      )}
      {!busy && window.api.host === 'browser' && <p className="field-hint">In the browser, the file is saved in the data folder's exports folder.</p>}
    </>
  )
}
