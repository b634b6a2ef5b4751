import { EXERCISE_CATEGORIES, EXERCISE_CATEGORY_LABELS, MUSCLE_GROUPS, MUSCLE_GROUP_LABELS } from '../../../../shared/exercises'
import { EQUIPMENT, EQUIPMENT_LABELS, TRAINING_LEVELS, TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import { memo, useState, type Ref } from 'react'
import type { LibraryFilter } from './libraryFilters'

interface Option {
  value: string
  label: string
}

const options = <T extends string>(ids: readonly T[], labels: Record<T, string>): Option[] => ids.map((id) => ({ value: id, label: labels[id] }))

const SELECTS: { key: 'muscleGroup' | 'equipment' | 'level' | 'setting' | 'category' | 'source'; label: string; any: string; options: Option[] }[] = [
  { key: 'muscleGroup', label: 'Muscle group', any: 'Any', options: options(MUSCLE_GROUPS, MUSCLE_GROUP_LABELS) },
  { key: 'equipment', label: 'Equipment', any: 'Any', options: [{ value: 'none', label: 'No equipment' }, ...options(EQUIPMENT, EQUIPMENT_LABELS)] },
  { key: 'level', label: 'Level', any: 'Any', options: options(TRAINING_LEVELS, TRAINING_LEVEL_LABELS) },
  { key: 'setting', label: 'Home or gym', any: 'Either', options: [{ value: 'home', label: 'At home' }, { value: 'gym', label: 'In a gym' }] },
  { key: 'category', label: 'Category', any: 'Any', options: options(EXERCISE_CATEGORIES, EXERCISE_CATEGORY_LABELS) },
  { key: 'source', label: 'Source', any: '', options: [{ value: 'all', label: 'All' }, { value: 'builtin', label: 'Built-in' }, { value: 'custom', label: 'My own' }] }
]

interface LibraryFiltersProps {
  filter: LibraryFilter
  onChange(change: Partial<LibraryFilter>): void
}

/** Same props but for the search text, which these controls do not show: typing skips their render. */
const sameButQuery = (a: LibraryFiltersProps, b: LibraryFiltersProps) =>
  a.onChange === b.onChange && (Object.keys(a.filter) as (keyof LibraryFilter)[]).every((key) => key === 'query' || a.filter[key] === b.filter[key])

/** The row of filter selects; every change applies at once. */
export const LibraryFilters = memo(function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
  return (
    <div className="library-filters" role="group" aria-label="Filters">
      {SELECTS.map((s) => (
        <div key={s.key} className={`field library-filter${filter[s.key] && filter[s.key] !== 'all' ? ' library-filter-on' : ''}`}>
          <label htmlFor={`filter-${s.key}`}>{s.label}</label>
          <select id={`filter-${s.key}`} value={filter[s.key]} onChange={(e) => onChange({ [s.key]: e.target.value })}>
            {s.any && <option value="">{s.any}</option>}
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
  )
}, sameButQuery)

/** "Show hidden" (built-ins the trainer hid) and "Show archived" (their own, put away). */
export const LibrarySwitches = memo(function LibrarySwitches({ filter, onChange }: LibraryFiltersProps) {
  return (
    <div className="library-switches">
      <label className="checkbox">
        <input type="checkbox" checked={filter.showHidden} onChange={(e) => onChange({ showHidden: e.target.checked })} />
        <span>Show hidden</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={filter.showArchived} onChange={(e) => onChange({ showArchived: e.target.checked })} />
        <span>Show archived</span>
      </label>
    </div>
  )
}, sameButQuery)

interface LibrarySearchProps {
  inputRef: Ref<HTMLInputElement>
  /** The search the list shows. */
  query: string
  /** Bumps when the search is set from outside (Clear filters, the address): the box then shows `query`. */
  revision: number
  /** Every edit; the page shows the list for it once it has arrived. */
  onQuery(text: string): void
  /** Down in the box: true when it moved into the results. */
  onArrowDown(): boolean
}

/**
 * The search box keeps what is typed in its own state, so the echo of a key re-renders this box
 * alone, not the page; the page follows when the list for the new text is ready.
 */
export const LibrarySearch = memo(function LibrarySearch({ inputRef, query, revision, onQuery, onArrowDown }: LibrarySearchProps) {
  const [text, setText] = useState(query)
  const [seenRevision, setSeenRevision] = useState(revision)
  if (seenRevision !== revision) {
    setSeenRevision(revision)
    setText(query)
  }
  return (
    <div className="field search-field" role="search">
      <label htmlFor="exercise-search">Search exercises</label>
      <input
        id="exercise-search"
        ref={inputRef}
        type="search"
        value={text}
        placeholder="Name, muscle (e.g. semitendinosus) or cue"
        autoComplete="off"
        spellCheck={false}
        maxLength={200}
        onChange={(e) => {
          setText(e.target.value)
          onQuery(e.target.value)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && onArrowDown()) e.preventDefault()
        }}
        aria-describedby="exercise-search-hint"
      />
      <span id="exercise-search-hint" className="visually-hidden">
        Results update as you type. Press Down to move into the results.
      </span>
    </div>
  )
})
