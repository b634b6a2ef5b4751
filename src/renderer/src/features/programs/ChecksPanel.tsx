import { memo, useState } from 'react'
import { CHECK_RULE_INFO } from '../../../../shared/program-checks'
import { weeksText } from '../../../../shared/program-document'
import { SEVERITIES, type CheckIssue, type CheckTarget, type ProgramCheck, type Severity } from '../../../../shared/programs'
import { plural } from './programText'

const SEVERITY_HEADINGS: Record<Severity, string> = { error: 'Problems', warning: 'Warnings', info: 'Notes' }

function countsText(check: ProgramCheck): string {
  const { error, warning, info } = check.counts
  if (error + warning + info === 0) return 'No issues: the program follows every rule we check.'
  return [error && plural(error, 'problem', 'problems'), warning && plural(warning, 'warning', 'warnings'), info && plural(info, 'note', 'notes')]
    .filter(Boolean)
    .join(', ')
}

/** "Week 3", "Weeks 1–12", "Weeks 1–4, 6 and 9–12": the weeks a grouped finding holds in. */
export function weeksLabel(weeks: readonly number[]): string {
  return weeksText(weeks).replace(/^w/, 'W').replace(/(\d)-(\d)/g, '$1–$2')
}

/**
 * One finding. A finding that repeats over weeks is one entry: "Show" goes to its first place and
 * Previous/Next step through the others, so a trainer can check each week without 12 copies.
 */
const CheckIssueRow = memo(function CheckIssueRow({
  issue,
  readOnly,
  onShow,
  onFix
}: {
  issue: CheckIssue
  readOnly: boolean
  /** Goes to a place; `reveal` brings it into view and leaves focus here (stepping through places). */
  onShow(target: CheckTarget, reveal?: boolean): void
  onFix(issue: CheckIssue): void
}) {
  const [place, setPlace] = useState(0)
  const places = issue.targets.filter((t) => t.itemId || t.sessionId || t.weekId)
  const count = places.length
  const at = Math.min(place, Math.max(0, count - 1))
  const title = CHECK_RULE_INFO[issue.ruleId].title
  const go = (index: number, reveal: boolean) => {
    const next = (index + count) % count
    setPlace(next)
    const target = places[next]
    if (target) onShow(target, reveal)
  }
  return (
    <li className={`check-issue severity-${issue.severity}`} data-testid="check-issue" data-rule={issue.ruleId}>
      <strong>{title}</strong>
      {issue.weeks.length > 1 && <span className="check-weeks">{weeksLabel(issue.weeks)}</span>}
      <p>{issue.message}</p>
      <div className="check-actions">
        {count > 0 && (
          <button type="button" className="button button-small" onClick={() => go(0, false)}>
            Show<span className="visually-hidden">: {title}</span>
          </button>
        )}
        {count > 1 && (
          <span className="check-places" role="group" aria-label={`Places of ${title}`}>
            <button type="button" className="button button-small button-quiet" onClick={() => go(at - 1, true)} aria-label={`Previous place: ${title}`} title="Previous place">
              ‹
            </button>
            <span className="check-place-count" aria-live="polite">
              {at + 1} of {count}
            </span>
            <button type="button" className="button button-small button-quiet" onClick={() => go(at + 1, true)} aria-label={`Next place: ${title}`} title="Next place">
              ›
            </button>
          </span>
        )}
        {issue.fix && !readOnly && (
          <button type="button" className="button button-small button-primary" onClick={() => onFix(issue)} title={count > 1 ? `Applies to all ${count} places` : undefined}>
            {issue.fix.label}
            {count > 1 && issue.fix.kind !== 'progression' && <span className="check-fix-scope"> (all {count})</span>}
          </button>
        )}
      </div>
    </li>
  )
})

/** The live checks, worst first: each says what is wrong, shows where, and offers its fix when there is one. */
export const ChecksPanel = memo(function ChecksPanel({
  check,
  readOnly,
  onShow,
  onFix
}: {
  /** Null while the first run is pending (the frame that opens the designer). */
  check: ProgramCheck | null
  readOnly: boolean
  /** Goes to a place; `reveal` brings it into view and leaves focus here (stepping through places). */
  onShow(target: CheckTarget, reveal?: boolean): void
  onFix(issue: CheckIssue): void
}) {
  if (!check) {
    return (
      <aside className="checks-panel card" aria-labelledby="checks-title" data-testid="checks-panel" aria-busy="true">
        <h2 id="checks-title">Checks</h2>
        <p className="checks-count" role="status">
          Checking the program…
        </p>
      </aside>
    )
  }
  return (
    <aside className="checks-panel card" aria-labelledby="checks-title" data-testid="checks-panel">
      <h2 id="checks-title">Checks</h2>
      <p className="checks-count" role="status">
        {countsText(check)}
      </p>
      {SEVERITIES.map((severity) => {
        const issues = check.issues.filter((i) => i.severity === severity)
        if (issues.length === 0) return null
        return (
          <section key={severity} aria-label={SEVERITY_HEADINGS[severity]}>
            <h3 className={`checks-heading severity-${severity}`}>{SEVERITY_HEADINGS[severity]}</h3>
            <ul className="check-issues">
              {issues.map((issue) => (
                <CheckIssueRow key={issue.id} issue={issue} readOnly={readOnly} onShow={onShow} onFix={onFix} />
              ))}
            </ul>
          </section>
        )
      })}
    </aside>
  )
})
