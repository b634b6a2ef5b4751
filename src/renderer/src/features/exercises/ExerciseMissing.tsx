import { Link } from 'react-router'
import { usePageTitle } from '../../lib/usePageTitle'

/** Shown where an address points at no exercise (a stale link): say so, and offer the way back. */
export function ExerciseMissing() {
  usePageTitle('Exercise not found')
  return (
    <section className="page">
      <div className="card exercise-missing">
        <h1>This exercise does not exist</h1>
        <p>The link may be out of date. Everything in your library is where you left it.</p>
        <p>
          <Link to="/exercises">Back to the exercise library</Link>
        </p>
      </div>
    </section>
  )
}
