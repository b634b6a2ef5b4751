import { memo, useMemo, useState } from 'react'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { formatPrescription } from '../../../../shared/program-document'
import { ProgressionRule, type ExerciseFacts, type ProgramDocument } from '../../../../shared/programs'
import { generateWeeks, progressionChanges } from '../../../../shared/progression'
import { makeId } from './documentEdits'
import { plural } from './programText'

const PREVIEW_ITEMS = 3

/**
 * Rule, length and deload; a preview of every week computed here, then one action applies it (one undo
 * step). Memoized: the designer hands it the live document only while it is open.
 */
export const ProgressionDialog = memo(function ProgressionDialog({
  open,
  doc,
  exercises,
  onApply,
  onClose
}: {
  open: boolean
  doc: ProgramDocument
  exercises: ReadonlyMap<string, ExerciseFacts>
  onApply(next: ProgramDocument): void
  onClose(): void
}) {
  const [kind, setKind] = useState<'course' | 'linear'>('linear')
  const [weeks, setWeeks] = useState(String(doc.weeks.length))
  const [deloadEvery, setDeloadEvery] = useState('')
  const rule = useMemo(() => {
    const parsed = ProgressionRule.safeParse({ kind, weeks: Number(weeks), deload: deloadEvery ? { kind: 'every', every: Number(deloadEvery) } : null })
    return parsed.success ? parsed.data : null
  }, [kind, weeks, deloadEvery])
  const preview = useMemo(() => (open && rule ? generateWeeks(doc, rule, makeId) : null), [open, rule, doc])
  const changes = preview ? progressionChanges(doc, preview) : null
  const sample = doc.weeks[0]?.sessions.flatMap((s) => s.items).filter((i) => i.block === 'main').slice(0, PREVIEW_ITEMS) ?? []
  return (
    <Dialog
      open={open}
      title="Progression from week 1"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!preview} onClick={() => preview && onApply(preview)}>
            Apply to weeks 2–{preview?.weeks.length ?? weeks}
          </button>
        </>
      }
    >
      <fieldset className="progression-choice">
        <legend>Rule</legend>
        <label>
          <input type="radio" name="progression-kind" checked={kind === 'linear'} onChange={() => setKind('linear')} /> Linear: reps to the top of the range, then load
        </label>
        <label>
          <input type="radio" name="progression-kind" checked={kind === 'course'} onChange={() => setKind('course')} /> Course: endurance, definition, strength
        </label>
      </fieldset>
      <div className="program-form-pair">
        <Field label="Weeks" error={rule ? undefined : 'Weeks go from 1 to 52'}>
          {(control) => <input {...control} type="number" min={1} max={52} value={weeks} onChange={(e) => setWeeks(e.target.value)} />}
        </Field>
        <Field label="Deload">
          {(control) => (
            <select {...control} value={deloadEvery} onChange={(e) => setDeloadEvery(e.target.value)}>
              <option value="">No deload week</option>
              {[3, 4, 5, 6].map((n) => (
                <option key={n} value={n}>
                  Every {n}th week
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {preview && changes && (
        <div className="progression-preview" data-testid="progression-preview" tabIndex={0} role="region" aria-label="Preview of every week">
          <p role="status">
            {plural(changes.changedItems, 'item changes', 'items change')}
            {changes.addedWeeks > 0 && `, ${plural(changes.addedWeeks, 'week', 'weeks')} added`}
            {changes.removedWeeks > 0 && `, ${plural(changes.removedWeeks, 'week', 'weeks')} removed`}
          </p>
          <table className="preview-table">
            <thead>
              <tr>
                <th scope="col">Week</th>
                {sample.map((item) => (
                  <th key={item.lineageId} scope="col">
                    {exercises.get(item.exerciseId)?.name ?? 'Exercise'}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {preview.weeks.map((week, w) => {
                const items = new Map(week.sessions.flatMap((s) => s.items).map((i) => [i.lineageId, i]))
                return (
                  <tr key={week.id}>
                    <th scope="row">
                      {w + 1}
                      {week.phase && <span className="preview-phase"> {week.phase}</span>}
                    </th>
                    {sample.map((s) => {
                      const item = items.get(s.lineageId)
                      return <td key={s.lineageId}>{item ? formatPrescription(item.prescription) : '—'}</td>
                    })}
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  )
})
