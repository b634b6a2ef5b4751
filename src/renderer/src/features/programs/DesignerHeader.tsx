import { memo, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { PROGRAM_STATUS_LABELS, PROGRAM_STATUSES, type Program, type ProgramStatus } from '../../../../shared/programs'
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

interface DesignerHeaderProps {
  program: Program
  name: string
  goal: string
  level: TrainingLevel
  description: string
  sessionsPerWeek: number
  weekCount: number
  save: SaveState
  canUndo: boolean
  canRedo: boolean
  edit: ProgramEditor['edit']
  undo(): void
  redo(): void
  flush(): Promise<void>
  readOnly: boolean
  onProgression(): void
}

const acceptName = (t: string) => (t.trim() ? t.trim() : undefined)
// The save status changes twice a save; these parts stay as they are meanwhile.
const MemoExportPlanButton = memo(ExportPlanButton)
const acceptTrimmed = (t: string) => t.trim()

/**
 * Name, goal, level, status and length; the save status; undo, redo and progression. Memoized on the
 * document's own fields (not the document), so a keystroke in an item row does not render it again.
 */
export const DesignerHeader = memo(function DesignerHeader({
  program,
  name,
  goal,
  level,
  description,
  sessionsPerWeek,
  weekCount,
  save,
  canUndo,
  canRedo,
  edit,
  undo,
  redo,
  flush,
  readOnly,
  onProgression
}: DesignerHeaderProps) {
  const { isTemplate, builtin, clientId, clientName, startDate, weekdays } = program
  const kind = useMemo(
    () =>
      isTemplate ? (
        builtin ? 'Built-in template' : 'Template'
      ) : clientId ? (
        <>
          Program for <Link to={`/clients/${clientId}`}>{clientName ?? 'the client'}</Link>
        </>
      ) : (
        'Program'
      ),
    [isTemplate, builtin, clientId, clientName]
  )
  const weeksText = plural(weekCount, 'week', 'weeks')
  // Date formatting is the costly part of the header; it only changes with the schedule.
  const schedule = useMemo(
    () => (startDate && weekdays ? `From ${dateText(startDate)} on ${weekdaysText(weekdays)} · ${weeksText}` : null),
    [startDate, weekdays, weeksText]
  )
  return (
    <header className="designer-header">
      <div className="designer-title-row">
        <div>
          <p className="designer-kind">{kind}</p>
          <h1>{name}</h1>
          {schedule && <p className="designer-schedule">{schedule}</p>}
        </div>
        <div className="designer-tools">
          {!readOnly && (
            <p className={`save-status save-${save.kind}`} role="status" data-testid="save-status">
              {saveText(save)}
            </p>
          )}
          {save.kind === 'error' && (
            <button type="button" className="button button-small" onClick={() => void flush()}>
              Try saving again
            </button>
          )}
          <button type="button" className="button button-small" onClick={undo} disabled={readOnly || !canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button type="button" className="button button-small" onClick={redo} disabled={readOnly || !canRedo} aria-keyshortcuts="Control+Shift+Z" title="Redo (Ctrl+Shift+Z)">
            Redo
          </button>
          <button type="button" className="button button-small" onClick={onProgression} disabled={readOnly}>
            Progression…
          </button>
          <MemoExportPlanButton programId={program.id} className="button-small" />
        </div>
      </div>
      <ProgramActions program={program} flush={flush} readOnly={readOnly} />
      <ProgramDetails
        program={program}
        name={name}
        goal={goal}
        level={level}
        description={description}
        sessionsPerWeek={sessionsPerWeek}
        weeksText={weeksText}
        edit={edit}
        readOnly={readOnly}
      />
    </header>
  )
})

interface ProgramDetailsProps {
  program: Program
  name: string
  goal: string
  level: TrainingLevel
  description: string
  sessionsPerWeek: number
  weeksText: string
  edit: ProgramEditor['edit']
  readOnly: boolean
}

/** Name, goal, level, status, sessions a week, length and description, as editable cells. */
const ProgramDetails = memo(function ProgramDetails({ program, name, goal, level, description, sessionsPerWeek, weeksText, edit, readOnly }: ProgramDetailsProps) {
  const [status, setStatus] = useState<ProgramStatus>(program.status)
  const statusChange = useCoreMutation('programs.setStatus')
  const commits = useMemo(
    () => ({
      name: (v: string) => edit((d) => ({ ...d, name: v }), 'name'),
      goal: (v: string) => edit((d) => ({ ...d, goal: v }), 'goal'),
      sessionsPerWeek: (n: number | null) => n !== null && edit((d) => ({ ...d, sessionsPerWeek: n }), 'sessions-per-week'),
      description: (v: string) => edit((d) => ({ ...d, description: v }), 'description')
    }),
    [edit]
  )
  return (
      <fieldset className="designer-details" disabled={readOnly}>
        <legend className="visually-hidden">Program details</legend>
        <label className="detail">
          <span>Name</span>
          <TextCell label="Program name" value={name} maxLength={120} accept={acceptName} onCommit={commits.name} />
        </label>
        <label className="detail detail-wide">
          <span>Goal</span>
          <TextCell label="Goal" value={goal} maxLength={300} accept={acceptTrimmed} onCommit={commits.goal} />
        </label>
        <label className="detail">
          <span>Level</span>
          <select className="cell" value={level} onChange={(e) => edit((d) => ({ ...d, level: e.target.value as TrainingLevel }))}>
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
          <NumberCell label="Sessions a week" value={sessionsPerWeek} min={1} max={7} onCommit={commits.sessionsPerWeek} />
        </label>
        <p className="detail detail-fact" title="Add weeks with + Add week or Duplicate week; remove the shown week with Remove week">
          <span>Length</span>
          {weeksText}
        </p>
        <label className="detail designer-description">
          <span>Description</span>
          <AreaCell label="Description" value={description} maxLength={4000} onCommit={commits.description} />
        </label>
      </fieldset>
  )
})
