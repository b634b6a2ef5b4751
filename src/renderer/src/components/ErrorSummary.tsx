import { forwardRef } from 'react'
import { Notice } from './Notice'

export interface SummaryProblem {
  /** What the link focuses, e.g. the data-field of a form control. */
  key: string
  message: string
}

interface ErrorSummaryProps {
  problems: SummaryProblem[]
  onSelect(key: string): void
}

/**
 * The list of what stops a form from saving, at the top of the form. Each problem is a link that
 * moves focus to its field (the hash router owns the URL fragment, so the link does not navigate).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary({ problems, onSelect }, ref) {
  if (problems.length === 0) return null
  const title = problems.length === 1 ? 'There is a problem to fix before saving' : `There are ${problems.length} problems to fix before saving`
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{title}</h2>
      <ul>
        {problems.map((p) => (
          <li key={p.key}>
            <a
              href={`#field-${p.key}`}
              onClick={(event) => {
                event.preventDefault()
                onSelect(p.key)
              }}
            >
              {p.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
})

/** The top of a form after a failed save: the core's message, then the summary of field problems. */
export function FormProblems({ formError, problems, onSelect }: { formError: string | undefined; problems: SummaryProblem[]; onSelect(key: string): void }) {
  return (
    <>
      {formError && (
        <Notice kind="error">
          <strong>Not saved.</strong> {formError}
        </Notice>
      )}
      <ErrorSummary problems={problems} onSelect={onSelect} />
    </>
  )
}
