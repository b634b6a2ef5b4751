import { memo } from 'react'
import { EXERCISE_CATEGORY_LABELS, EXERCISE_SETTING_LABELS, MUSCLE_GROUP_LABELS, type ExerciseSummary } from '../../../../shared/exercises'
import { EQUIPMENT_LABELS, TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import { ExercisePicture } from './ExercisePicture'

export const EXERCISE_ROW_HEIGHT = 68
/** Primary muscles' groups come first, so the first three say what the move is for. */
const CHIPS_SHOWN = 3
const CHIP_PLACES = Array.from({ length: CHIPS_SHOWN }, (_, place) => place)

export function equipmentText(equipment: ExerciseSummary['equipment']): string {
  return equipment.length === 0 ? 'No equipment' : equipment.map((e) => EQUIPMENT_LABELS[e]).join(', ')
}

/** Kind, level, where and kit: the row's second line, and part of its label. */
function metaParts(exercise: ExerciseSummary): string[] {
  return [EXERCISE_CATEGORY_LABELS[exercise.category], TRAINING_LEVEL_LABELS[exercise.level], EXERCISE_SETTING_LABELS[exercise.setting], equipmentText(exercise.equipment)]
}

/** The row's second line, as the trainer reads it. */
export function metaText(exercise: ExerciseSummary): string {
  return metaParts(exercise).join(' · ')
}

/** One library row: what a trainer scans for (name, kind, level, where, muscles, kit) and whose it is. */
interface ExerciseRowProps {
  exercise: ExerciseSummary
  index: number
  tabIndex: number
  /** Stable across renders, so a keystroke in the search box does not re-render every row. */
  onFocusRow(index: number): void
}

/**
 * What a screen reader says for the row: everything it shows, the muscles in full. Given as the link's
 * label rather than as hidden text inside the row: each row had two visually hidden (absolutely placed)
 * spans in its muscle column, and laying those out again cost about 0.3 ms a keystroke.
 */
export function rowLabel(exercise: ExerciseSummary): string {
  const parts = [exercise.name]
  if (!exercise.builtin) parts.push('my exercise')
  if (exercise.hidden) parts.push('hidden')
  if (exercise.archived) parts.push('archived')
  // The second line's parts between commas: a screen reader may read its middle dots aloud.
  parts.push(...metaParts(exercise))
  if (exercise.muscleGroups.length > 0) parts.push(`works ${exercise.muscleGroups.map((g) => MUSCLE_GROUP_LABELS[g].toLowerCase()).join(', ')}`)
  return parts.join(', ')
}

const sameList = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((item, i) => item === b[i])

/** Every search brings new objects; a row whose exercise reads the same skips its render (and its DOM work). */
function sameExercise(a: ExerciseSummary, b: ExerciseSummary): boolean {
  return (
    a === b ||
    (a.id === b.id &&
      a.name === b.name &&
      a.category === b.category &&
      a.level === b.level &&
      a.setting === b.setting &&
      a.builtin === b.builtin &&
      a.hidden === b.hidden &&
      a.archived === b.archived &&
      a.hasImage === b.hasImage &&
      sameList(a.muscleGroups, b.muscleGroups) &&
      sameList(a.equipment, b.equipment))
  )
}

const sameRow = (a: ExerciseRowProps, b: ExerciseRowProps) =>
  a.index === b.index && a.tabIndex === b.tabIndex && a.onFocusRow === b.onFocusRow && sameExercise(a.exercise, b.exercise)

export const ExerciseRow = memo(function ExerciseRow({ exercise, index, tabIndex, onFocusRow }: ExerciseRowProps) {
  const moreText = exercise.muscleGroups
    .slice(CHIPS_SHOWN)
    .map((g) => MUSCLE_GROUP_LABELS[g])
    .join(', ')
  return (
    // A plain link, not the router's <Link>: the hash router follows the address change all the same, and
    // each row skips useHref's work (a keystroke replaces up to ~25 rows; it showed in the profile).
    <a
      href={`#/exercises/${exercise.id}`}
      className="exercise-row"
      data-testid="exercise-row"
      aria-label={rowLabel(exercise)}
      tabIndex={tabIndex}
      onFocus={() => onFocusRow(index)}
    >
      <span className="exercise-row-main">
        <span className="exercise-row-title">
          <span className="exercise-row-name">{exercise.name}</span>
          {/* Always in the row, shown or hidden: a search that gives this row another exercise then
              flips an attribute instead of removing or creating elements (see the chips below). */}
          <span className="badge badge-info" hidden={exercise.builtin}>
            My exercise
          </span>
          <span className="badge badge-muted" hidden={!exercise.hidden}>
            Hidden
          </span>
          <span className="badge badge-muted" hidden={!exercise.archived}>
            Archived
          </span>
        </span>
        {/* One text node, not a span per part: a search that replaces every row patches one string per
            row instead of seven elements (fewer nodes to update, lay out and paint on each keystroke). */}
        <span className="exercise-row-meta">{metaText(exercise)}</span>
      </span>
      <span className="exercise-row-muscles">
        {/* A fixed set of chip places, unused ones hidden: a row given another exercise by a search
            patches their text and colour rather than removing and creating them. */}
        {CHIP_PLACES.map((place) => {
          const group = exercise.muscleGroups[place]
          return (
            <span key={place} className={group ? `muscle-chip muscle-chip-${group}` : 'muscle-chip'} hidden={!group}>
              {group ? MUSCLE_GROUP_LABELS[group] : ''}
            </span>
          )
        })}
        <span className="muscle-chip-more" title={moreText} hidden={moreText === ''}>
          {`+${exercise.muscleGroups.length - CHIPS_SHOWN}`}
        </span>
      </span>
      <span className="exercise-row-thumb">{exercise.hasImage && <ExercisePicture id={exercise.id} alt="" className="thumb" />}</span>
    </a>
  )
}, sameRow)
