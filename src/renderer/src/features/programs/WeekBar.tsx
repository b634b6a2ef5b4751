import type { ProgramDocument } from '../../../../shared/programs'
import { TextCell } from './cells'

/** Week picker (each with its phase) and what can be done with the shown week. */
export function WeekBar({
  doc,
  shown,
  readOnly,
  onShow,
  onPhase,
  onDuplicate,
  onCopyForward,
  onRemove
}: {
  doc: ProgramDocument
  shown: number
  readOnly: boolean
  onShow(index: number): void
  onPhase(phase: string): void
  onDuplicate(): void
  onCopyForward(): void
  onRemove(): void
}) {
  const week = doc.weeks[shown]
  const last = shown === doc.weeks.length - 1
  return (
    <div className="week-bar">
      <nav aria-label="Weeks">
        <ul className="week-picker">
          {doc.weeks.map((w, i) => (
            <li key={w.id}>
              <button type="button" className={`week-button${i === shown ? ' current' : ''}`} aria-current={i === shown ? 'true' : undefined} onClick={() => onShow(i)}>
                Week {i + 1}
                {w.phase && <span className="week-phase">{w.phase}</span>}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {week && (
        <fieldset className="week-tools" disabled={readOnly}>
          <legend className="visually-hidden">Week {shown + 1}</legend>
          <h2 className="week-title">Week {shown + 1}</h2>
          <label className="detail">
            <span>Phase</span>
            <TextCell label={`Phase of week ${shown + 1}`} value={week.phase} maxLength={60} accept={(t) => t.trim()} onCommit={onPhase} placeholder="e.g. Muscular endurance" />
          </label>
          <button type="button" className="button button-small" onClick={onDuplicate} disabled={doc.weeks.length >= 52}>
            Duplicate week
          </button>
          <button type="button" className="button button-small" onClick={onCopyForward} disabled={last}>
            {last ? 'No weeks after this one' : `Copy onto weeks ${shown + 2}–${doc.weeks.length}`}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onRemove} disabled={doc.weeks.length <= 1}>
            Remove week {shown + 1}
          </button>
        </fieldset>
      )}
    </div>
  )
}
