import { useEffect, useRef } from 'react'
import { Link, useParams } from 'react-router'
import { MUSCLE_GROUP_LABELS, MUSCLE_LABELS, type MuscleGroup } from '../../../../shared/exercises'
import { BackLink } from '../../components/BackLink'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { useCoreQuery } from '../../lib/query'
import { usePageTitle } from '../../lib/usePageTitle'
import { libraryPath } from './libraryFilters'
import './exercises.css'

/**
 * The muscle guide: each display group with its muscles, then the reading sections. The hash router owns
 * the URL fragment, so a group is addressed as /exercises/guide/<group> and scrolled to and focused.
 */
export function MuscleGuidePage() {
  usePageTitle('Muscle guide')
  const { section } = useParams()
  const guide = useCoreQuery('exercises.muscleGuide', {})
  const pageRef = useRef<HTMLElement>(null)

  useEffect(() => {
    if (!guide.data || !section) return
    const target = pageRef.current?.querySelector<HTMLElement>(`[data-section="${CSS.escape(section)}"]`)
    target?.scrollIntoView({ block: 'start' })
    target?.focus({ preventScroll: true })
  }, [guide.data, section])

  const groups = guide.data?.groups ?? []
  const sections = guide.data?.sections ?? []
  return (
    <section ref={pageRef} className="page guide-page" aria-labelledby="guide-title">
      <BackLink to={libraryPath()}>Exercise library</BackLink>
      <h1 id="guide-title">Muscle guide</h1>
      <p className="page-lead">The muscles at the back of the legs and around them: what each does and why training them matters.</p>
      {guide.error && <Notice kind="error">The muscle guide could not be loaded: {guide.error.message}</Notice>}
      {guide.isPending && <DelayedLoading />}
      {guide.data && (
        <div className="guide-layout">
          <nav className="guide-contents" aria-label="In this guide">
            <h2>Contents</h2>
            <ul>
              {groups.map((g) => (
                <li key={g.group}>
                  <Link to={`/exercises/guide/${g.group}`} replace aria-current={section === g.group ? 'location' : undefined}>
                    {MUSCLE_GROUP_LABELS[g.group]}
                  </Link>
                </li>
              ))}
              {sections.map((s) => (
                <li key={s.id}>
                  <Link to={`/exercises/guide/${s.id}`} replace aria-current={section === s.id ? 'location' : undefined}>
                    {s.title}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="guide-text">
            {groups.map((g) => (
              <section
                key={g.group}
                className={`guide-section${section === g.group ? ' guide-section-target' : ''}`}
                data-section={g.group}
                tabIndex={-1}
                aria-labelledby={`guide-${g.group}`}
              >
                <h2 id={`guide-${g.group}`}>{g.title}</h2>
                <ul className="guide-muscles" aria-label={`Muscles in the ${MUSCLE_GROUP_LABELS[g.group].toLowerCase()}`}>
                  {g.muscles.map((m) => (
                    <li key={m} className={`muscle-chip muscle-chip-${g.group}`}>
                      {MUSCLE_LABELS[m]}
                    </li>
                  ))}
                </ul>
                {g.paragraphs.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
                <p className="guide-find">
                  <Link to={`/exercises?group=${g.group satisfies MuscleGroup}`}>Exercises for the {MUSCLE_GROUP_LABELS[g.group].toLowerCase()}</Link>
                </p>
              </section>
            ))}
            {sections.map((s) => (
              <section
                key={s.id}
                className={`guide-section${section === s.id ? ' guide-section-target' : ''}`}
                data-section={s.id}
                tabIndex={-1}
                aria-labelledby={`guide-${s.id}`}
              >
                <h2 id={`guide-${s.id}`}>{s.title}</h2>
                {s.paragraphs.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </section>
            ))}
          </div>
        </div>
      )}
    </section>
  )
}
