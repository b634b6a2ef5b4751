import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { Notice } from '../../components/Notice'
import { useWarnBeforeUnload } from '../../components/UnsavedChangesGuard'
import { applyFix } from '../../../../shared/program-checks'
import { copyWeekOnto, duplicateSession, duplicateWeek, findItem, swapExercise } from '../../../../shared/program-document'
import type { CheckIssue, CheckContext, CheckTarget, Program, ProgramDocument, Severity } from '../../../../shared/programs'
import { useCoreMutation } from '../../lib/query'
import { ChecksPanel } from './ChecksPanel'
import { DesignerHeader } from './DesignerHeader'
import {
  addItem,
  appendWeek,
  makeId,
  moveItem,
  moveItemTo,
  moveItemToSession,
  moveItemToWeek,
  removeItem,
  setGroupKind,
  toggleGroupWithAbove,
  updatePrescription,
  updateSession,
  updateWeek,
  weekOfItem
} from './documentEdits'
import { ProgressionDialog } from './ProgressionDialog'
import { SessionCard, type SessionActions } from './SessionCard'
import { useLiveChecks } from './stableCheck'
import { SwapDialog } from './SwapDialog'
import { useProgramEditor } from './useProgramEditor'
import { WeekBar } from './WeekBar'

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/** The worst issue on each item, worked out when the findings change (not on every render). */
function itemFlags(issues: readonly CheckIssue[]): ReadonlyMap<string, Severity> {
  const flags = new Map<string, Severity>()
  for (const issue of issues) {
    if (issue.severity === 'info') continue
    for (const t of issue.targets) {
      const current = t.itemId ? flags.get(t.itemId) : undefined
      if (t.itemId && (!current || SEVERITY_RANK[issue.severity] < SEVERITY_RANK[current])) flags.set(t.itemId, issue.severity)
    }
  }
  return flags
}

interface FocusRequest {
  itemId?: string
  sessionId?: string
  /** The control that had focus (its aria-label), to land on it again after a move. */
  control?: string | null
  /** Only bring the place into view (stepping through a check's places keeps focus in the panel). */
  reveal?: boolean
}

function placeOf(request: FocusRequest): HTMLElement | null {
  return request.itemId ? document.getElementById(`item-${request.itemId}`) : request.sessionId ? document.getElementById(`session-${request.sessionId}`) : null
}

function flash(place: HTMLElement): void {
  place.classList.add('flash')
  setTimeout(() => place.classList.remove('flash'), 1200)
}

/** Shows a check's place: focus in it, or (reveal) just scrolled into view and flashed. */
function arrive(request: FocusRequest): void {
  const place = placeOf(request)
  if (!place) return
  if (request.reveal) {
    place.scrollIntoView({ block: 'nearest' })
    flash(place)
  } else place.querySelector<HTMLElement>('input, select, button')?.focus()
}

/** False for the first frame of a component, true from the render right after that frame is painted. */
function useAfterFirstFrame(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // A task queued from a frame callback runs once that frame is painted.
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}

function isUndoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

export function Designer({ program, context, onConflict }: { program: Program; context: CheckContext; onConflict(message: string): void }) {
  const readOnly = program.builtin
  const navigate = useNavigate()
  const editor = useProgramEditor(program.id, program.document, program.revision, onConflict)
  const { doc, edit, undo, redo } = editor
  const [weekIndex, setWeekIndex] = useState(0)
  const shownWeek = Math.min(weekIndex, doc.weeks.length - 1)
  const week = doc.weeks[shownWeek]
  const [swapItemId, setSwapItemId] = useState<string | null>(null)
  const [progressionOpen, setProgressionOpen] = useState(false)
  const focusRequest = useRef<FocusRequest | null>(null)
  // The latest document for actions that must know where an item is now (they stay memoized on edit alone).
  const docRef = useRef(doc)
  docRef.current = doc
  const shownWeekRef = useRef(shownWeek)
  shownWeekRef.current = shownWeek
  const duplicate = useCoreMutation('programs.duplicate')
  useWarnBeforeUnload(editor.save.kind === 'unsaved' || editor.save.kind === 'saving')

  // What the week bar shows (ids and phases), the same array while they stay the same.
  const weeksKey = doc.weeks.map((w) => `${w.id}\u0000${w.phase}`).join('\u0001')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the key is the summaries' content
  const weekSummaries = useMemo(() => doc.weeks.map((w) => ({ id: w.id, phase: w.phase })), [weeksKey])
  const exercises = useMemo(() => new Map(context.exercises.map((e) => [e.id, e])), [context])
  // Opening paints the week first; the checks' findings follow in a render right after that frame.
  const checksReady = useAfterFirstFrame()
  // Checks run in an idle moment after an edit's frame, so a keystroke paints first.
  const check = useLiveChecks(doc, context, checksReady)
  const issues = check?.issues
  const shownFlags = useRef<ReadonlyMap<string, Severity>>(new Map())
  // The same map while the flags read the same, so the session cards skip a change of findings elsewhere.
  const flags = useMemo(() => {
    const next = itemFlags(issues ?? [])
    const before = shownFlags.current
    if (next.size !== before.size || [...next].some(([id, severity]) => before.get(id) !== severity)) shownFlags.current = next
    return shownFlags.current
  }, [issues])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const which = isUndoKey(event)
      if (!which || readOnly || document.querySelector('dialog[open]')) return
      event.preventDefault()
      if (which === 'undo') undo()
      else redo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo, redo, readOnly])

  // After a move or "Show", put focus where the trainer expects it once the rows are in place.
  useEffect(() => {
    const request = focusRequest.current
    if (!request) return
    focusRequest.current = null
    if (request.reveal) return arrive(request)
    const place = placeOf(request)
    if (!place) return
    const same = request.control ? place.querySelector<HTMLElement>(`[aria-label="${CSS.escape(request.control)}"]`) : null
    const target = same ?? place.querySelector<HTMLElement>('input, select, button')
    target?.focus()
    if (!request.control) flash(place)
  })

  const actions: SessionActions = useMemo(
    () => ({
      prescribe: (itemId, patch, field) => edit((d) => updatePrescription(d, itemId, patch), `${itemId}:${field}`),
      move: (itemId, direction) => {
        focusRequest.current = { itemId, control: document.activeElement?.getAttribute('aria-label') }
        edit((d) => moveItem(d, itemId, direction))
      },
      moveToSession: (itemId, direction) => {
        const next = moveItemToSession(docRef.current, itemId, direction)
        if (next === docRef.current) return
        focusRequest.current = { itemId, control: document.activeElement?.getAttribute('aria-label') }
        setWeekIndex(weekOfItem(next, itemId))
        edit((d) => moveItemToSession(d, itemId, direction))
      },
      moveToWeek: (itemId, direction) => {
        const to = weekOfItem(docRef.current, itemId) + direction
        if (moveItemToWeek(docRef.current, itemId, to) === docRef.current) return
        focusRequest.current = { itemId, control: document.activeElement?.getAttribute('aria-label') }
        setWeekIndex(to)
        edit((d) => moveItemToWeek(d, itemId, to))
      },
      group: (itemId) => edit((d) => toggleGroupWithAbove(d, itemId)),
      setGroupKind: (itemId, kind) => edit((d) => setGroupKind(d, itemId, kind)),
      remove: (itemId) => edit((d) => removeItem(d, itemId)),
      openSwap: (itemId) => setSwapItemId(itemId),
      rename: (sessionId, name) => edit((d) => updateSession(d, sessionId, (s) => ({ ...s, name })), `${sessionId}:name`),
      setWeekday: (sessionId, weekday) => edit((d) => updateSession(d, sessionId, (s) => ({ ...s, weekday }))),
      duplicate: (sessionId) =>
        edit((d) => {
          const w = d.weeks.findIndex((wk) => wk.sessions.some((s) => s.id === sessionId))
          const s = d.weeks[w]?.sessions.findIndex((x) => x.id === sessionId) ?? -1
          return w < 0 || s < 0 ? d : duplicateSession(d, w, s, makeId)
        }),
      dropBefore: (draggedId, itemId) =>
        edit((d) => {
          const target = findItem(d, itemId)
          return target ? moveItemTo(d, draggedId, target.session.id, target.item.block, itemId) : d
        }),
      dropInBlock: (draggedId, sessionId, block) => edit((d) => moveItemTo(d, draggedId, sessionId, block, null)),
      add: (sessionId, block, exercise) => edit((d) => addItem(d, sessionId, block, exercise.id, exercise.defaultPrescription).doc)
    }),
    [edit]
  )

  // Stable (reads the latest document and week through refs), so the checks panel skips a keystroke's render.
  const showTarget = useCallback(
    (target: CheckTarget, reveal = false) => {
      const w = target.weekId ? docRef.current.weeks.findIndex((wk) => wk.id === target.weekId) : -1
      if (w >= 0) setWeekIndex(w)
      focusRequest.current = { itemId: target.itemId, sessionId: target.sessionId, reveal }
      if (!target.itemId && !target.sessionId) focusRequest.current = null
      // Same week: nothing re-renders by itself, so nudge the focus now.
      if (w < 0 || w === shownWeekRef.current) {
        const request = focusRequest.current
        focusRequest.current = null
        if (request) arrive(request)
      }
    },
    []
  )
  const fix = useCallback((issue: CheckIssue) => edit((d) => applyFix(d, issue, makeId)), [edit])
  const openProgression = useCallback(() => setProgressionOpen(true), [])
  const weekId = week?.id
  // The week bar's actions, stable while the shown week stays, so typing in a row leaves the bar alone.
  const weekActions = useMemo(
    () => ({
      onPhase: (phase: string) => weekId && edit((d) => updateWeek(d, weekId, (w) => ({ ...w, phase })), `${weekId}:phase`),
      onDuplicate: () => {
        edit((d) => duplicateWeek(d, shownWeek, makeId))
        setWeekIndex(shownWeek + 1)
      },
      onRemove: () => {
        edit((d) => (d.weeks.length > 1 ? { ...d, weeks: d.weeks.filter((_, i) => i !== shownWeek) } : d))
        setWeekIndex(Math.max(0, shownWeek - 1))
      },
      onCopyForward: () => edit((d) => copyWeekOnto(d, shownWeek, d.weeks.map((_, i) => i).filter((i) => i > shownWeek), makeId)),
      onAppend: () => {
        setWeekIndex(docRef.current.weeks.length)
        edit(appendWeek)
      },
      onDropItem: (itemId: string, to: number) => {
        focusRequest.current = { itemId }
        setWeekIndex(to)
        edit((d) => moveItemToWeek(d, itemId, to))
      }
    }),
    [edit, shownWeek, weekId]
  )
  const swapItem = swapItemId ? findItemExercise(doc, swapItemId) : null
  // Stable, so the closed dialogs (memoized) skip the renders of typing.
  const closeSwap = useCallback(() => setSwapItemId(null), [])
  const swap = useCallback(
    (exerciseId: string) => {
      setSwapItemId(null)
      if (swapItemId) {
        focusRequest.current = { itemId: swapItemId }
        edit((d) => swapExercise(d, swapItemId, exerciseId, true).document)
      }
    },
    [swapItemId, edit]
  )
  const closeProgression = useCallback(() => setProgressionOpen(false), [])
  const applyProgression = useCallback(
    (next: ProgramDocument) => {
      setProgressionOpen(false)
      edit(() => next)
    },
    [edit]
  )

  return (
    <div className="designer">
      <DesignerHeader
        program={program}
        name={doc.name}
        goal={doc.goal}
        level={doc.level}
        description={doc.description}
        sessionsPerWeek={doc.sessionsPerWeek}
        weekCount={doc.weeks.length}
        save={editor.save}
        canUndo={editor.canUndo}
        canRedo={editor.canRedo}
        edit={edit}
        undo={undo}
        redo={redo}
        flush={editor.flush}
        readOnly={readOnly}
        onProgression={openProgression}
      />
      {readOnly && (
        <Notice kind="info">
          Built-in templates stay as they are. Assign this one to a client from the programs list, or{' '}
          <button
            type="button"
            className="button button-quiet"
            disabled={duplicate.isPending}
            onClick={() => duplicate.mutate({ id: program.id }, { onSuccess: (copy) => void navigate(`/programs/${copy.id}`) })}
          >
            make your own copy
          </button>{' '}
          to change it.
        </Notice>
      )}
      <div className="designer-body">
        <div className="designer-weeks">
          <WeekBar weeks={weekSummaries} shown={shownWeek} onShow={setWeekIndex} readOnly={readOnly} {...weekActions} />
          {!readOnly && (
            <p className="designer-keys" id="designer-keys">
              Move an exercise by dragging its handle onto a row, a block or a week, or with Alt+↑/↓ (Alt+Shift+↑/↓: another session; Alt+Page Up/Down: another
              week). Ctrl+Z undoes.
            </p>
          )}
          <fieldset className="designer-sessions" disabled={readOnly}>
            <legend className="visually-hidden">Sessions of week {shownWeek + 1}</legend>
            {week?.sessions.length === 0 && <p className="empty-note">This week has no sessions.</p>}
            {week?.sessions.map((session) => (
              <SessionCard key={session.id} session={session} exercises={exercises} flags={flags} readOnly={readOnly} actions={actions} />
            ))}
          </fieldset>
        </div>
        <ChecksPanel check={check} readOnly={readOnly} onShow={showTarget} onFix={fix} />
      </div>
      <SwapDialog exercise={swapItem} context={context} onClose={closeSwap} onSwap={swap} />
      <ProgressionDialog open={progressionOpen} doc={progressionOpen ? doc : program.document} exercises={exercises} onClose={closeProgression} onApply={applyProgression} />
    </div>
  )

  function findItemExercise(d: ProgramDocument, itemId: string) {
    for (const w of d.weeks) for (const s of w.sessions) for (const i of s.items) if (i.id === itemId) return exercises.get(i.exerciseId) ?? null
    return null
  }
}
