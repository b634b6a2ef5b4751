import { Link } from 'react-router'
import { EXERCISE_CATEGORY_LABELS, MUSCLE_GROUP_LABELS } from '../../../../shared/exercises'
import { EQUIPMENT_LABELS, TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import { listInWords } from './exerciseText'
import type { LibraryFilter } from './libraryFilters'

/** What the filters ask for, in words: "“curl”, hamstrings, beginner, at home". */
function filterWords(filter: LibraryFilter, clientName: string | undefined): string[] {
  const words: string[] = []
  if (filter.query.trim()) words.push(`“${filter.query.trim()}”`)
  if (filter.muscleGroup) words.push(MUSCLE_GROUP_LABELS[filter.muscleGroup].toLowerCase())
  if (filter.equipment) words.push(filter.equipment === 'none' ? 'no equipment' : EQUIPMENT_LABELS[filter.equipment].toLowerCase())
  if (filter.level) words.push(TRAINING_LEVEL_LABELS[filter.level].toLowerCase())
  if (filter.setting) words.push(filter.setting === 'home' ? 'at home' : 'in a gym')
  if (filter.category) words.push(EXERCISE_CATEGORY_LABELS[filter.category].toLowerCase())
  if (filter.source !== 'all') words.push(filter.source === 'builtin' ? 'built-in' : 'your own')
  if (filter.fits && clientName) words.push(`fits ${clientName}`)
  return words
}

interface NoMatchesProps {
  filter: LibraryFilter
  clientName: string | undefined
  onClear(): void
  onShowHidden(): void
}

/** The empty list explains itself and offers the way out. */
export function NoMatches({ filter, clientName, onClear, onShowHidden }: NoMatchesProps) {
  const words = filterWords(filter, clientName)
  if (words.length === 1 && filter.source === 'custom') {
    return (
      <div className="card empty-state">
        <h2>You have not made any exercises yet</h2>
        <p>Write your own, or open a built-in exercise and choose “Duplicate to adapt” to start from it.</p>
        <div className="empty-actions">
          <Link className="button button-primary" to="/exercises/new">
            New exercise
          </Link>
          <button type="button" className="button" onClick={onClear}>
            Show the whole library
          </button>
        </div>
      </div>
    )
  }
  return (
    <div className="card empty-state" data-testid="no-matches">
      <p>{words.length > 0 ? `No exercise matches ${listInWords(words)}.` : 'No exercises to show: every exercise is hidden or archived.'}</p>
      <div className="empty-actions">
        {words.length > 0 && (
          <button type="button" className="button" onClick={onClear}>
            Clear filters
          </button>
        )}
        {!filter.showHidden && (
          <button type="button" className="button button-quiet" onClick={onShowHidden}>
            Include hidden exercises
          </button>
        )}
      </div>
    </div>
  )
}
