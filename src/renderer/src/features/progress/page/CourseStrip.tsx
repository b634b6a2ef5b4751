import { Link } from 'react-router'
import type { ProgramCourse } from '../../../../../shared/progress'
import { formatDay, shortDay } from '../progressText'

/**
 * The articles' expected course along the program: endurance, then definition, then strength, with
 * today's week marked, so the trainer can tell the client what to expect now and next.
 */
export function CourseStrip({ course }: { course: ProgramCourse }) {
  const marker = course.currentWeek === null ? null : ((course.currentWeek - 0.5) / course.weeks) * 100
  return (
    <section className="card course-card" aria-labelledby="course-title">
      <header className="chart-card-header">
        <h3 id="course-title">Expected course</h3>
        <Link to={`/programs/${course.programId}`} className="course-program">
          {course.programName}
        </Link>
      </header>
      <p className="chart-note">
        {formatDay(course.startDate)} to {formatDay(course.endDate)}, {course.weeks} weeks.{' '}
        {course.currentWeek === null ? 'Today is outside the program’s dates.' : `This is week ${course.currentWeek}.`}
      </p>
      <div className="course-track" aria-hidden="true">
        {course.phases.map((p) => (
          <span
            key={`${p.fromWeek}-${p.name}`}
            className={`course-band course-${p.name.toLowerCase().replace(/[^a-z]+/g, '-')}${p.current ? ' current' : ''}`}
            style={{ flexGrow: p.toWeek - p.fromWeek + 1 }}
          >
            {p.name}
          </span>
        ))}
        {marker !== null && <span className="course-today" style={{ left: `${marker}%` }} />}
      </div>
      <ol className="course-phases">
        {course.phases.map((p) => (
          <li key={`${p.fromWeek}-${p.name}`} className={p.current ? 'current' : undefined} aria-current={p.current ? 'step' : undefined}>
            <strong>
              Weeks {p.fromWeek}-{p.toWeek}: {p.name}
            </strong>{' '}
            <span className="muted">
              ({shortDay(p.startDate)} – {shortDay(p.endDate)})
            </span>
            {p.current && <span className="badge badge-info">Now</span>}
            <br />
            {p.expect}
          </li>
        ))}
      </ol>
    </section>
  )
}
