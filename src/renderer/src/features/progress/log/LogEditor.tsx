import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { ExerciseSummary } from '../../../../../shared/exercises'
import { PAIN_GUIDANCE, type SessionLog } from '../../../../../shared/logs'
import { BLOCK_LABELS, BLOCKS, type Block } from '../../../../../shared/programs'
import type { Units } from '../../../../../shared/settings'
import { Notice } from '../../../components/Notice'
import { useUnsavedChangesGuard } from '../../../components/UnsavedChangesGuard'
import { call, issuesByPath } from '../../../lib/api'
import { useCoreMutation } from '../../../lib/query'
import { EntryCard, type EntryActions } from './EntryCard'
import { ExercisePicker } from './ExercisePicker'
import { HowFields, WhenFields } from './SessionFields'
import * as edits from './sheet'
import type { Sheet, SheetEntry } from './sheet'
import { sheetPath, toLogSave, type SheetErrors, type SheetMeta } from './sheetMapping'
import { useSheetKeys } from './useSheetKeys'
import { useSheetBackup } from './useSheetBackup'
import { formatTimestamp } from '../progressText'

interface LogEditorProps {
  initial: Sheet
  meta: SheetMeta
  units: Units
  /** Reached after a save, with the saved log (the page moves on and says what was recorded). */
  onSaved(log: SessionLog): void
  /** Extra buttons in the action bar (Delete when editing). */
  extraActions?: React.ReactNode
  onCancel(): void
}

/** Messages of one entry, keyed by the path inside it. */
function entryErrors(errors: SheetErrors, index: number): SheetErrors {
  const prefix = `entries.${index}.`
  const found: SheetErrors = {}
  for (const [path, message] of Object.entries(errors)) if (path.startsWith(prefix)) found[path.slice(prefix.length)] = message
  return found
}

/** The sheet grouped as printed: warm-up, main, cool-down (a saved log keeps one list in its order). */
function byBlock(entries: readonly SheetEntry[]): { block: Block | null; items: { entry: SheetEntry; index: number }[] }[] {
  const indexed = entries.map((entry, index) => ({ entry, index }))
  if (entries.every((e) => e.block === null)) return [{ block: null, items: indexed }]
  const groups: { block: Block | null; items: { entry: SheetEntry; index: number }[] }[] = BLOCKS.map((block) => ({ block, items: indexed.filter((x) => x.entry.block === block) }))
  groups.push({ block: null, items: indexed.filter((x) => x.entry.block === null) })
  return groups.filter((g) => g.items.length > 0)
}

export function LogEditor({ initial, meta, units, onSaved, extraActions, onCancel }: LogEditorProps) {
  const [sheet, setSheet] = useState(initial)
  const [errors, setErrors] = useState<SheetErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const dirty = sheet !== initial
  const guard = useUnsavedChangesGuard(dirty)
  const save = useCoreMutation('logs.save')
  const backup = useSheetBackup(`${meta.clientId}:${meta.id ?? meta.scheduledSessionId ?? 'new'}`, sheet, dirty)
  const formRef = useRef<HTMLFormElement>(null)
  const focusNewEntry = useRef(false)
  const sheetRef = useRef(sheet)
  sheetRef.current = sheet

  const actions: EntryActions = useMemo(
    () => ({
      change: (entryKey, setKey, patch) => setSheet((s) => edits.updateSet(s, entryKey, setKey, patch)),
      copyPrevious: (entryKey, setKey) => setSheet((s) => edits.copyPreviousSet(s, entryKey, setKey)),
      remove: (entryKey, setKey) => setSheet((s) => edits.removeSet(s, entryKey, setKey)),
      addSet: (entryKey) => setSheet((s) => edits.addSet(s, entryKey)),
      removeEntry: (entryKey) => setSheet((s) => edits.removeEntry(s, entryKey)),
      skipAll: (entryKey, skipped) => setSheet((s) => edits.skipAll(s, entryKey, skipped)),
      notes: (entryKey, notes) => setSheet((s) => edits.updateEntryNotes(s, entryKey, notes))
    }),
    []
  )

  const focusFirstProblem = (found: SheetErrors) => {
    const first = Object.keys(found)[0]
    requestAnimationFrame(() => {
      const box = first ? formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(first)}"]`) : null
      box?.focus()
    })
  }

  const submit = useCallback(() => {
    if (save.isPending) return
    const built = toLogSave(sheetRef.current, meta, units)
    if (!built.ok) {
      setErrors(built.errors)
      setProblem(`Check ${Object.keys(built.errors).length === 1 ? 'the marked box' : `the ${Object.keys(built.errors).length} marked boxes`}; nothing was saved yet.`)
      focusFirstProblem(built.errors)
      return
    }
    setErrors({})
    setProblem(null)
    save.mutate(built.value, {
      onSuccess: (log) => {
        backup.clear()
        guard.allowNextNavigation()
        onSaved(log)
      },
      onError: (error) => {
        const byPath: SheetErrors = {}
        for (const [path, message] of Object.entries(issuesByPath(error))) byPath[sheetPath(path)] = message
        setErrors(byPath)
        setProblem(`The log was not saved: ${error.message}`)
        focusFirstProblem(byPath)
      }
    })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reads the sheet through its ref
  }, [meta, units, save, guard, onSaved])
  const keys = useSheetKeys(submit)

  const addExercise = async (summary: ExerciseSummary) => {
    const { id, content } = await call('exercises.get', { id: summary.id })
    setSheet((s) =>
      edits.appendEntry(s, { exerciseId: id, name: content.name, measurement: content.measurement, block: null, label: null, prescription: '', instructions: '', itemId: null, notes: '' }, content.defaultPrescription.sets)
    )
    focusNewEntry.current = true
  }
  // The added exercise's first box takes focus once it is on screen (the fetch makes this later than the key).
  useEffect(() => {
    if (!focusNewEntry.current) return
    focusNewEntry.current = false
    const entries = formRef.current?.querySelectorAll('[data-testid="log-entry"]')
    entries?.[entries.length - 1]?.querySelector<HTMLElement>('[data-enter-nav]')?.focus()
  }, [sheet.entries.length])

  const flagged = edits.painCount(sheet)
  return (
    <form
      ref={formRef}
      className="log-sheet"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      onKeyDown={keys.onKeyDown}
      onFocus={keys.onFocus}
    >
      {problem && <Notice kind="error">{problem}</Notice>}
      {backup.offered && !dirty && (
        <div className="notice notice-info backup-offer" role="status">
          <span>This log has unsaved typing from {formatTimestamp(backup.offered.savedAt)}.</span>
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => {
              const restored = backup.offered?.sheet()
              if (restored) setSheet(restored)
              backup.dismiss()
            }}
          >
            Restore it
          </button>
          <button type="button" className="button button-small" onClick={backup.clear}>
            Discard it
          </button>
        </div>
      )}
      <WhenFields sheet={sheet} errors={errors} onChange={(patch) => setSheet((s) => ({ ...s, ...patch }))} />
      <p className="log-keys" id="log-keys">
        <kbd>Enter</kbd> next box · <kbd>Ctrl</kbd>+<kbd>D</kbd> same as the set above · <kbd>Ctrl</kbd>+<kbd>S</kbd> save
      </p>
      {sheet.entries.length === 0 && <p className="empty-note">No exercises yet. Add what the client did below, or just note the session.</p>}
      {byBlock(sheet.entries).map((group) => (
        <section key={group.block ?? 'other'} className="log-block" aria-label={group.block ? BLOCK_LABELS[group.block] : 'Exercises'}>
          {group.block && <h3 className="block-title">{BLOCK_LABELS[group.block]}</h3>}
          <ol className="entry-list">
            {group.items.map(({ entry, index }) => (
              <EntryCard key={entry.key} entry={entry} index={index} units={units} errors={entryErrors(errors, index)} actions={actions} />
            ))}
          </ol>
        </section>
      ))}
      {errors.entries && <p className="field-error">{errors.entries}</p>}
      <ExercisePicker onPick={(e) => void addExercise(e)} />
      <HowFields sheet={sheet} errors={errors} onChange={(patch) => setSheet((s) => ({ ...s, ...patch }))} />
      {flagged > 0 && (
        <div className="pain-guidance" role="note">
          <strong>Pain flagged {flagged === 1 ? 'once' : `${flagged} times`}.</strong> {PAIN_GUIDANCE}
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-save="" disabled={save.isPending} aria-keyshortcuts="Control+S Meta+S">
          {save.isPending ? 'Saving…' : 'Save log'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        {extraActions}
        {dirty && <span className="form-dirty">Unsaved changes</span>}
      </div>
      {guard.dialog}
    </form>
  )
}
