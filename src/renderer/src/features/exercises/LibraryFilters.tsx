import { EXERCISE_CATEGORIES, EXERCISE_CATEGORY_LABELS, MUSCLE_GROUPS, MUSCLE_GROUP_LABELS } from '../../../../shared/exercises'
import { EQUIPMENT, EQUIPMENT_LABELS, TRAINING_LEVELS, TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
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

/** The row of filter selects; every change applies at once. */
export function LibraryFilters({ filter, onChange }: LibraryFiltersProps) {
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
}

/** "Show hidden" (built-ins the trainer hid) and "Show archived" (their own, put away). */
export function LibrarySwitches({ filter, onChange }: LibraryFiltersProps) {
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
}
