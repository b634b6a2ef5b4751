import { memo } from 'react'
import { CHECK_RULE_INFO } from '../../../../shared/program-checks'
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

/** The live checks, worst first: each says what is wrong, shows where, and offers its fix when there is one. */
export const ChecksPanel = memo(function ChecksPanel({
  check,
  readOnly,
  onShow,
  onFix
}: {
  check: ProgramCheck
  readOnly: boolean
  onShow(target: CheckTarget): void
  onFix(issue: CheckIssue): void
}) {
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
                <li key={issue.id} className={`check-issue severity-${severity}`} data-testid="check-issue" data-rule={issue.ruleId}>
                  <strong>{CHECK_RULE_INFO[issue.ruleId].title}</strong>
                  <p>{issue.message}</p>
                  <div className="check-actions">
                    {(issue.target.itemId || issue.target.sessionId || issue.target.weekId) && (
                      <button type="button" className="button button-small" onClick={() => onShow(issue.target)}>
                        Show<span className="visually-hidden">: {CHECK_RULE_INFO[issue.ruleId].title}</span>
                      </button>
                    )}
                    {issue.fix && !readOnly && (
                      <button type="button" className="button button-small button-primary" onClick={() => onFix(issue)}>
                        {issue.fix.label}
                      </button>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
    </aside>
  )
})
