import { useCallback, useEffect, useRef, useState } from 'react'
import type { ProgramDocument } from '../../../../shared/programs'
import { ApiError, call } from '../../lib/api'

// The designer's document lives here: every edit is a new snapshot (undo/redo walk them), and the
// latest one is autosaved with the revision it was loaded at. Typing in one field within a moment
// merges into one snapshot, so Ctrl+Z takes back a word, not a letter.

export const SAVE_DELAY_MS = 400
/** After the delay, a save waits for an idle moment (at most this long), so it starts after a frame, not before one. */
const SAVE_IDLE_TIMEOUT_MS = 200
const MERGE_MS = 1000
const HISTORY_LIMIT = 200

export type SaveState = { kind: 'saved' } | { kind: 'saving' } | { kind: 'unsaved' } | { kind: 'error'; message: string } | { kind: 'conflict'; message: string }

interface History {
  past: ProgramDocument[]
  present: ProgramDocument
  future: ProgramDocument[]
}

export interface ProgramEditor {
  doc: ProgramDocument
  canUndo: boolean
  canRedo: boolean
  save: SaveState
  /** Applies an edit; edits sharing a mergeKey in quick succession make one undo step. */
  edit(change: (doc: ProgramDocument) => ProgramDocument, mergeKey?: string): void
  undo(): void
  redo(): void
  /** Saves now if anything is waiting (leaving the page, before a core call that reads the stored program). */
  flush(): Promise<void>
}

/** Runs `fn` after `delay` ms, in the first idle moment from then on; returns a cancel function. */
function afterDelayWhenIdle(fn: () => void, delay: number): () => void {
  let idle: number | null = null
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(fn, { timeout: SAVE_IDLE_TIMEOUT_MS })
    else fn()
  }, delay)
  return () => {
    clearTimeout(timer)
    if (idle !== null) cancelIdleCallback(idle)
  }
}

export function useProgramEditor(programId: string, initial: ProgramDocument, initialRevision: number, onConflict: (message: string) => void): ProgramEditor {
  const [history, setHistory] = useState<History>({ past: [], present: initial, future: [] })
  const [save, setSave] = useState<SaveState>({ kind: 'saved' })
  const lastMerge = useRef<{ key: string; at: number } | null>(null)
  const revision = useRef(initialRevision)
  const savedDoc = useRef(initial)
  const latest = useRef(initial)
  const inFlight = useRef<Promise<void> | null>(null)
  /** Cancels the save that is waiting, if any. */
  const timer = useRef<(() => void) | null>(null)
  const stopped = useRef(false)
  latest.current = history.present
  const saveKind = useRef(save.kind)
  saveKind.current = save.kind

  const runSave = useCallback(async (): Promise<void> => {
    timer.current?.()
    timer.current = null
    if (inFlight.current) await inFlight.current
    const doc = latest.current
    if (stopped.current) return
    if (doc === savedDoc.current) return setSave({ kind: 'saved' })
    setSave({ kind: 'saving' })
    const attempt = (async () => {
      try {
        const saved = await call('programs.save', { id: programId, revision: revision.current, document: doc })
        revision.current = saved.revision
        savedDoc.current = doc
        setSave(latest.current === doc ? { kind: 'saved' } : { kind: 'unsaved' })
      } catch (error) {
        if (error instanceof ApiError && error.code === 'conflict') {
          stopped.current = true
          setSave({ kind: 'conflict', message: error.message })
          onConflict(error.message)
        } else setSave({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
      }
    })()
    inFlight.current = attempt
    await attempt
    inFlight.current = null
    // Typing went on while saving: save the newer document too.
    if (latest.current !== savedDoc.current && !stopped.current && !timer.current) timer.current = afterDelayWhenIdle(() => void runSave(), SAVE_DELAY_MS)
  }, [programId, onConflict])

  // Debounced, but never more than one delay behind: a save starts SAVE_DELAY_MS after the first unsaved edit.
  useEffect(() => {
    if (stopped.current) return
    // Undo back to what is stored: nothing to save.
    if (history.present === savedDoc.current) return setSave((s) => (s.kind === 'unsaved' ? { kind: 'saved' } : s))
    // Already saving or unsaved: no state update at all, so a keystroke renders the designer once.
    if (saveKind.current !== 'saving' && saveKind.current !== 'unsaved') setSave({ kind: 'unsaved' })
    if (!timer.current) timer.current = afterDelayWhenIdle(() => void runSave(), SAVE_DELAY_MS)
  }, [history.present, runSave])

  // Hiding or closing the window saves what is waiting without waiting for the delay.
  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden' && latest.current !== savedDoc.current) void runSave()
    }
    document.addEventListener('visibilitychange', onHide)
    return () => document.removeEventListener('visibilitychange', onHide)
  }, [runSave])

  // Leaving the designer saves what is waiting.
  useEffect(
    () => () => {
      if (latest.current !== savedDoc.current) void runSave()
    },
    [runSave]
  )

  const edit = useCallback((change: (doc: ProgramDocument) => ProgramDocument, mergeKey?: string) => {
    setHistory((h) => {
      const next = change(h.present)
      if (next === h.present) return h
      const now = Date.now()
      const merge = mergeKey !== undefined && lastMerge.current?.key === mergeKey && now - lastMerge.current.at < MERGE_MS
      lastMerge.current = mergeKey === undefined ? null : { key: mergeKey, at: now }
      const past = merge ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT)
      return { past, present: next, future: [] }
    })
  }, [])
  const undo = useCallback(() => {
    lastMerge.current = null
    setHistory((h) => {
      const previous = h.past.at(-1)
      return previous ? { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future] } : h
    })
  }, [])
  const redo = useCallback(() => {
    lastMerge.current = null
    setHistory((h) => {
      const [next, ...rest] = h.future
      return next ? { past: [...h.past, h.present], present: next, future: rest } : h
    })
  }, [])
  return { doc: history.present, canUndo: history.past.length > 0, canRedo: history.future.length > 0, save, edit, undo, redo, flush: runSave }
}
