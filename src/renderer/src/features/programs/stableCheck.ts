import { useRef } from 'react'
import type { CheckIssue, ProgramCheck } from '../../../../shared/programs'

/** What the checks panel shows of an issue; equal keys render the same entry. */
function issueKey(issue: CheckIssue): string {
  return `${issue.id}\u0000${issue.severity}\u0000${issue.message}\u0000${issue.fix?.label ?? ''}\u0000${issue.targets.map((t) => t.itemId ?? t.sessionId ?? t.weekId ?? '').join(',')}`
}

/**
 * The checks rerun on every edit and build new objects each time, though typing a note or a number
 * rarely changes what they find. This keeps the previous issue objects (and the whole result) while
 * they read the same, so the memoized panel and its entries skip the render.
 */
export function useStableCheck(check: ProgramCheck): ProgramCheck {
  const previous = useRef<{ raw: ProgramCheck; check: ProgramCheck; byKey: Map<string, CheckIssue> } | null>(null)
  const before = previous.current
  if (before?.raw === check) return before.check
  const byKey = new Map<string, CheckIssue>()
  let changed = !before || before.check.issues.length !== check.issues.length
  const issues = check.issues.map((issue, i) => {
    const key = issueKey(issue)
    const kept = before?.byKey.get(key) ?? issue
    byKey.set(key, kept)
    if (kept !== before?.check.issues[i]) changed = true
    return kept
  })
  const result = changed || !before ? { ...check, issues } : before.check
  previous.current = { raw: check, check: result, byKey }
  return result
}
