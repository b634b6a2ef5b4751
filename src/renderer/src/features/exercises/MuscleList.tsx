import { Fragment } from 'react'
import { Link } from 'react-router'
import { MUSCLE_GROUP_LABELS, MUSCLE_GROUP_OF, MUSCLE_LABELS, type Muscle, type MuscleGroup } from '../../../../shared/exercises'

/** Muscles by their anatomical names under their display group, each linking to that group in the muscle guide. */
export function MuscleList({ title, muscles }: { title: string; muscles: readonly Muscle[] }) {
  if (muscles.length === 0) return null
  const groups: { group: MuscleGroup; muscles: Muscle[] }[] = []
  for (const m of muscles) {
    const group = MUSCLE_GROUP_OF[m]
    const entry = groups.find((g) => g.group === group)
    if (entry) entry.muscles.push(m)
    else groups.push({ group, muscles: [m] })
  }
  return (
    <div className="muscle-list">
      <h3>{title}</h3>
      <ul>
        {groups.map(({ group, muscles: inGroup }) => (
          <li key={group}>
            <span className={`muscle-chip muscle-chip-${group}`}>{MUSCLE_GROUP_LABELS[group]}</span>{' '}
            {inGroup.map((m, i) => (
              <Fragment key={m}>
                {i > 0 && ', '}
                <Link to={`/exercises/guide/${group}`} title={`Read about the ${MUSCLE_GROUP_LABELS[group].toLowerCase()} in the muscle guide`}>
                  {MUSCLE_LABELS[m]}
                </Link>
              </Fragment>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}
