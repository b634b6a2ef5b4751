import { Link } from 'react-router'
import { MUSCLE_GROUP_LABELS, MUSCLE_GROUP_OF, MUSCLE_LABELS, type Muscle } from '../../../../shared/exercises'

/** Muscles by their anatomical names, each linking to its group in the muscle guide. */
export function MuscleList({ title, muscles }: { title: string; muscles: readonly Muscle[] }) {
  if (muscles.length === 0) return null
  return (
    <div className="muscle-list">
      <h3>{title}</h3>
      <ul>
        {muscles.map((m) => {
          const group = MUSCLE_GROUP_OF[m]
          return (
            <li key={m}>
              <Link to={`/exercises/guide/${group}`} title={`Read about the ${MUSCLE_GROUP_LABELS[group].toLowerCase()} in the muscle guide`}>
                {MUSCLE_LABELS[m]}
              </Link>
              <span className={`muscle-chip muscle-chip-${group}`}>{MUSCLE_GROUP_LABELS[group]}</span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
