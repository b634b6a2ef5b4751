import { useEffect, useRef, useState } from 'react'
import { checkProgram } from '../../../../shared/program-checks'
import type { CheckContext, CheckIssue, ProgramCheck, ProgramDocument } from '../../../../shared/programs'

/** What the checks panel shows of an issue; equal keys render the same entry. */
function issueKey(issue: CheckIssue): string {
  return `${issue.id}\u0000${issue.severity}\u0000${issue.message}\u0000${issue.fix?.label ?? ''}\u0000${issue.targets.map((t) => t.itemId ?? t.sessionId ?? t.weekId ?? '').join(',')}`
}

interface Stable {
  check: ProgramCheck
  byKey: Map<string, CheckIssue>
}

/**
 * The checks build new objects on every run, though typing a note or a number rarely changes what they
 * find. This keeps the previous issue objects (and the whole result) while they read the same, so the
 * memoized panel, its entries and the rows' flags stay as they are.
 */
function keepUnchanged(before: Stable | null, check: ProgramCheck): Stable {
  const byKey = new Map<string, CheckIssue>()
  let changed = !before || before.check.issues.length !== check.issues.length
  const issues = check.issues.map((issue, i) => {
    const key = issueKey(issue)
    const kept = before?.byKey.get(key) ?? issue
    byKey.set(key, kept)
    if (kept !== before?.check.issues[i]) changed = true
    return kept
  })
  const counts = before?.check.counts
  if (!counts || counts.error !== check.counts.error || counts.warning !== check.counts.warning || counts.info !== check.counts.info) changed = true
  return { check: changed || !before ? { ...check, issues } : before.check, byKey }
}

type IdleHandle = { cancel(): void }

/** After the frame that shows an edit, when the page is idle (at most `timeout` ms later). */
function whenIdle(run: () => void, timeout: number): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout })
    return { cancel: () => cancelIdleCallback(handle) }
  }
  const handle = setTimeout(run, 0)
  return { cancel: () => clearTimeout(handle) }
}

/** Checks wait at most this long for an idle moment, so they follow typing even on a busy machine. */
const CHECK_IDLE_TIMEOUT_MS = 150

interface Checked {
  doc: ProgramDocument
  context: CheckContext
  check: ProgramCheck
}

/**
 * The live checks. They first run in the render after the designer's first paint (`ready`), then after
 * every edit in an idle moment after its frame, on the latest document: a keystroke paints first, and
 * several edits between two idle moments are checked once. The result keeps its identity while the
 * findings read the same, so typing a note re-renders nothing for the checks. Null until the first run.
 */
export function useLiveChecks(doc: ProgramDocument, context: CheckContext, ready: boolean): ProgramCheck | null {
  const stable = useRef<Stable | null>(null)
  const [state, setState] = useState<Checked | null>(null)
  let current = state
  if (ready && current === null) {
    stable.current = keepUnchanged(null, checkProgram(doc, context))
    current = { doc, context, check: stable.current.check }
    setState(current)
  }
  useEffect(() => {
    if (!current || (current.doc === doc && current.context === context)) return
    const shown = current.check
    const pending = whenIdle(() => {
      stable.current = keepUnchanged(stable.current, checkProgram(doc, context))
      const check = stable.current.check
      // Same findings: no state update, so typing a note renders nothing more.
      if (check !== shown) setState({ doc, context, check })
    }, CHECK_IDLE_TIMEOUT_MS)
    return () => pending.cancel()
  }, [doc, context, current])
  return current?.check ?? null
}
