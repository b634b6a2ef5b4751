import { Link } from 'react-router'
import type { Exercise } from '../../../../shared/exercises'
import { TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'

type Ladder = Exercise['ladders'][number]

/**
 * One progression ladder, easiest first, with this exercise marked and its neighbours as links: the
 * trainer's "step down" and "step up". A duplicate sits where its original does.
 */
export function LadderStrip({ ladder, exercise }: { ladder: Ladder; exercise: Exercise }) {
  const here = ladder.steps[ladder.position]
  const isOriginal = here?.id === exercise.id
  const down = ladder.steps[ladder.position - 1]
  const up = ladder.steps[ladder.position + 1]
  const headingId = `ladder-${ladder.key}`
  return (
    <section className="ladder" aria-labelledby={headingId}>
      <h3 id={headingId}>{ladder.name}</h3>
      <p className="ladder-end-label" aria-hidden="true">
        Easier
      </p>
      <ol className="ladder-steps" aria-label={`${ladder.name}, easiest first`}>
        {ladder.steps.map((step, index) => {
          const current = index === ladder.position
          return (
            <li key={step.id} className={`ladder-step${current ? ' ladder-step-current' : ''}`} aria-current={current ? 'step' : undefined}>
              {current && isOriginal ? (
                <span className="ladder-step-name">{step.name}</span>
              ) : (
                <Link className="ladder-step-name" to={`/exercises/${step.id}`}>
                  {step.name}
                </Link>
              )}
              <span className="ladder-step-level">
                {TRAINING_LEVEL_LABELS[step.level]}
                {current && (isOriginal ? ' · this exercise' : ' · your version is based on this')}
              </span>
            </li>
          )
        })}
      </ol>
      <p className="ladder-end-label" aria-hidden="true">
        Harder
      </p>
      <p className="ladder-moves">
        {down ? (
          <Link to={`/exercises/${down.id}`} className="ladder-move">
            Step down: {down.name}
          </Link>
        ) : (
          <span className="ladder-end">The easiest step</span>
        )}
        {up ? (
          <Link to={`/exercises/${up.id}`} className="ladder-move">
            Step up: {up.name}
          </Link>
        ) : (
          <span className="ladder-end">The hardest step</span>
        )}
      </p>
    </section>
  )
}
