import { useState } from 'react'
import { Link } from 'react-router'
import { PROGRAM_STATUS_LABELS, PROGRAM_STATUSES, type Program, type ProgramDocument, type ProgramStatus } from '../../../../shared/programs'
import { TRAINING_LEVEL_LABELS, TRAINING_LEVELS, type TrainingLevel } from '../../../../shared/vocabulary'
import { useCoreMutation } from '../../lib/query'
import { ExportPlanButton } from '../plans/ExportPlanButton'
import { AreaCell, NumberCell, TextCell } from './cells'
import { ProgramActions } from './ProgramActions'
import { dateText, plural, weekdaysText } from './programText'
import type { ProgramEditor, SaveState } from './useProgramEditor'

function saveText(save: SaveState): string {
  switch (save.kind) {
    case 'saved':
      return 'Saved'
    case 'saving':
    case 'unsaved':
      return 'Saving…'
    case 'error':
      return `Not saved: ${save.message}`
    case 'conflict':
      return 'Changed elsewhere: reloading'
  }
}

/** Name, goal, level, status and length; the save status; undo, redo and progression. */
export function DesignerHeader({
  program,
  doc,
  editor,
  readOnly,
  onProgression
}: {
  program: Program
  doc: ProgramDocument
  editor: ProgramEditor
  readOnly: boolean
  onProgression(): void
}) {
  const { edit } = editor
  const [status, setStatus] = useState<ProgramStatus>(program.status)
  const statusChange = useCoreMutation('programs.setStatus')
  const kind = program.isTemplate ? (
    program.builtin ? 'Built-in template' : 'Template'
  ) : program.clientId ? (
    <>
      Program for <Link to={`/clients/${program.clientId}`}>{program.clientName ?? 'the client'}</Link>
    </>
  ) : (
    'Program'
  )
  return (
    <header className="designer-header">
      <div className="designer-title-row">
        <div>
          <p className="designer-kind">{kind}</p>
          <h1>{doc.name}</h1>
          {program.startDate && program.weekdays && (
            <p className="designer-schedule">
              From {dateText(program.startDate)} on {weekdaysText(program.weekdays)} · {plural(doc.weeks.length, 'week', 'weeks')}
            </p>
          )}
        </div>
        <div className="designer-tools">
          {!readOnly && (
            <p className={`save-status save-${editor.save.kind}`} role="status" data-testid="save-status">
              {saveText(editor.save)}
            </p>
          )}
          {editor.save.kind === 'error' && (
            <button type="button" className="button button-small" onClick={() => void editor.flush()}>
              Try saving again
            </button>
          )}
          <button type="button" className="button button-small" onClick={editor.undo} disabled={readOnly || !editor.canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button type="button" className="button button-small" onClick={editor.redo} disabled={readOnly || !editor.canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
            Redo
          </button>
          <button type="button" className="button button-small" onClick={onProgression} disabled={readOnly}>
            Progression…
          </button>
          <ExportPlanButton programId={program.id} className="button-small" />
        </div>
      </div>
      <ProgramActions program={program} flush={editor.flush} readOnly={readOnly} />
      <fieldset className="designer-details" disabled={readOnly}>
        <legend className="visually-hidden">Program details</legend>
        <label className="detail">
          <span>Name</span>
          <TextCell label="Program name" value={doc.name} maxLength={120} accept={(t) => (t.trim() ? t.trim() : undefined)} onCommit={(name) => edit((d) => ({ ...d, name }), 'name')} />
        </label>
        <label className="detail detail-wide">
          <span>Goal</span>
          <TextCell label="Goal" value={doc.goal} maxLength={300} accept={(t) => t.trim()} onCommit={(goal) => edit((d) => ({ ...d, goal }), 'goal')} />
        </label>
        <label className="detail">
          <span>Level</span>
          <select className="cell" value={doc.level} onChange={(e) => edit((d) => ({ ...d, level: e.target.value as TrainingLevel }))}>
            {TRAINING_LEVELS.map((l) => (
              <option key={l} value={l}>
                {TRAINING_LEVEL_LABELS[l]}
              </option>
            ))}
          </select>
        </label>
        {!program.isTemplate && (
          <label className="detail">
            <span>Status</span>
            <select
              className="cell"
              value={status}
              onChange={(e) => {
                const next = e.target.value as ProgramStatus
                setStatus(next)
                statusChange.mutate({ id: program.id, status: next }, { onError: () => setStatus(program.status) })
              }}
            >
              {PROGRAM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {PROGRAM_STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="detail">
          <span>Sessions a week</span>
          <NumberCell label="Sessions a week" value={doc.sessionsPerWeek} min={1} max={7} onCommit={(n) => n !== null && edit((d) => ({ ...d, sessionsPerWeek: n }), 'sessions-per-week')} />
        </label>
        <p className="detail detail-fact" title="Add weeks with + Add week or Duplicate week; remove the shown week with Remove week">
          <span>Length</span>
          {plural(doc.weeks.length, 'week', 'weeks')}
        </p>
        <label className="detail designer-description">
          <span>Description</span>
          <AreaCell label="Description" value={doc.description} maxLength={4000} onCommit={(description) => edit((d) => ({ ...d, description }), 'description')} />
        </label>
      </fieldset>
    </header>
  )
}
