import { useEffect, useId, useRef } from 'react'
import { Link, useParams } from 'react-router'
import {
  EXERCISE_CATEGORY_LABELS,
  EXERCISE_SETTING_LABELS,
  LATERALITY_LABELS,
  MEASUREMENT_LABELS,
  MOVEMENT_PATTERN_LABELS,
  type Exercise
} from '../../../../shared/exercises'
import { BODY_AREA_LABELS, TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { usePageTitle } from '../../lib/usePageTitle'
import { BackLink } from '../../components/BackLink'
import { ExerciseActions } from './ExerciseActions'
import { ExerciseMissing } from './ExerciseMissing'
import { ExercisePicture } from './ExercisePicture'
import { equipmentText } from './ExerciseRow'
import { prescriptionText } from './exerciseText'
import { LadderStrip } from './LadderStrip'
import { libraryPath } from './libraryFilters'
import { MuscleList } from './MuscleList'
import { PictureField } from './PictureField'
import { isMissing, useExercise } from './useExercise'
import { useFlashNotice } from '../../lib/useFlashNotice'
import './exercises.css'

export function ExercisePage() {
  const { exerciseId = '' } = useParams()
  const exercise = useExercise(exerciseId)
  usePageTitle(exercise.data?.content.name ?? 'Exercise')
  if (isMissing(exercise.error)) return <ExerciseMissing />
  return (
    <section className="page exercise-page">
      <BackLink to={libraryPath()}>Exercise library</BackLink>
      {exercise.error && <Notice kind="error">This exercise could not be loaded: {exercise.error.message}</Notice>}
      {exercise.data ? <ExerciseSheet key={exercise.data.id} exercise={exercise.data} /> : !exercise.error && <DelayedLoading />}
    </section>
  )
}

function Lines({ title, items, ordered = false, className }: { title: string; items: string[]; ordered?: boolean; className?: string }) {
  const headingId = useId()
  if (items.length === 0) return null
  const List = ordered ? 'ol' : 'ul'
  return (
    <section className={`sheet-section${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <List>
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </List>
    </section>
  )
}

function ExerciseSheet({ exercise }: { exercise: Exercise }) {
  const [notice, setNotice] = useFlashNotice()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // Arriving from another exercise (a ladder step) starts at the top, on the heading, not where the last page was scrolled.
  useEffect(() => {
    window.scrollTo(0, 0)
    const active = document.activeElement
    if (!active || active === document.body || active.id === 'main') headingRef.current?.focus({ preventScroll: true })
  }, [])
  const c = exercise.content
  const mine = !exercise.builtin
  return (
    <>
      <header className="exercise-header">
        <div className="exercise-title">
          <p className="exercise-kicker">
            {EXERCISE_CATEGORY_LABELS[c.category]} · {MOVEMENT_PATTERN_LABELS[c.pattern]}
          </p>
          <h1 ref={headingRef} tabIndex={-1}>
            {c.name}
          </h1>
          {c.aliases.length > 0 && <p className="exercise-aliases">Also called {c.aliases.join(' · ')}</p>}
          <p className="exercise-badges">
            {mine ? <span className="badge badge-info">My exercise</span> : <span className="badge badge-muted">Built-in</span>}
            {exercise.hidden && <span className="badge badge-warning">Hidden from the library</span>}
            {exercise.archivedAt && <span className="badge badge-warning">Archived</span>}
            {exercise.basedOnId && (
              <Link className="based-on" to={`/exercises/${exercise.basedOnId}`}>
                See the original
              </Link>
            )}
          </p>
        </div>
        <ExerciseActions exercise={exercise} onDone={setNotice} />
      </header>
      {notice && <Notice kind="success">{notice}</Notice>}
      {c.needsSpotter && (
        <div className="spotter-callout" role="note">
          <strong>Needs a spotter.</strong> Have someone stand by for every set of this exercise.
        </div>
      )}
      <div className="exercise-layout">
        <article className="exercise-sheet" aria-label="Exercise sheet">
          {c.summary && <p className="exercise-summary">{c.summary}</p>}
          <div className="prescription">
            <span className="prescription-label">Default prescription</span>
            <strong data-testid="prescription">{prescriptionText(c.defaultPrescription, c.measurement)}</strong>
          </div>
          <dl className="exercise-facts">
            <div>
              <dt>Level</dt>
              <dd>{TRAINING_LEVEL_LABELS[c.level]}</dd>
            </div>
            <div>
              <dt>Where</dt>
              <dd>{EXERCISE_SETTING_LABELS[c.setting]}</dd>
            </div>
            <div>
              <dt>Sides</dt>
              <dd>{LATERALITY_LABELS[c.laterality]}</dd>
            </div>
            <div>
              <dt>Measured in</dt>
              <dd>{MEASUREMENT_LABELS[c.measurement]}</dd>
            </div>
            <div className="fact-wide">
              <dt>Equipment</dt>
              <dd>{equipmentText(c.equipment)}</dd>
            </div>
          </dl>
          {c.cautions.length > 0 && (
            <section className="cautions" aria-labelledby="cautions-title">
              <h2 id="cautions-title">Cautions</h2>
              <ul>
                {c.cautions.map((caution, i) => (
                  <li key={i}>
                    <strong>{BODY_AREA_LABELS[caution.area]}:</strong> {caution.note}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <Lines title="How to do it" items={c.steps} ordered className="steps" />
          <Lines title="Coaching cues" items={c.cues} />
          <Lines title="Breathing" items={c.breathing} />
          <Lines title="Safety" items={c.safety} />
          <Lines title="Variations" items={c.variations} />
        </article>
        <aside className="exercise-aside" aria-label="Picture, muscles and progressions">
          {exercise.hasImage && (
            <figure className="exercise-figure">
              <ExercisePicture id={exercise.id} alt={`Picture of ${c.name}`} />
            </figure>
          )}
          {mine && <PictureField exerciseId={exercise.id} hasImage={exercise.hasImage} exerciseName={c.name} />}
          <section className="aside-section" aria-labelledby="muscles-title">
            <h2 id="muscles-title">Muscles worked</h2>
            <MuscleList title="Primary" muscles={c.primaryMuscles} />
            <MuscleList title="Secondary" muscles={c.secondaryMuscles} />
            <p className="aside-note">
              <Link to="/exercises/guide">Open the muscle guide</Link>
            </p>
          </section>
          {exercise.ladders.length > 0 && (
            <section className="aside-section" aria-labelledby="ladders-title">
              <h2 id="ladders-title">Step up or down</h2>
              {exercise.ladders.map((ladder) => (
                <LadderStrip key={ladder.key} ladder={ladder} exercise={exercise} />
              ))}
            </section>
          )}
        </aside>
      </div>
    </>
  )
}
