import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { ExerciseSummary } from '../../../../../shared/exercises'
import { call } from '../../../lib/api'
import { keyFor } from '../../../lib/query'

const SHOWN = 8

/**
 * "Add an exercise" for a session done without a plan (or an extra one): type part of a name, Up and
 * Down to choose, Enter adds it. Matches come from the library's own search.
 */
export function ExercisePicker({ onPick, disabled }: { onPick(exercise: ExerciseSummary): void; disabled?: boolean }) {
  const id = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const query = text.trim()
  const found = useQuery({
    queryKey: keyFor('exercises.list', { query, limit: SHOWN }),
    queryFn: () => call('exercises.list', { query, limit: SHOWN }),
    enabled: query !== '',
    placeholderData: keepPreviousData
  })
  const options = query === '' ? [] : (found.data?.items ?? []).filter((e) => !e.archived && !e.hidden)
  const open = options.length > 0
  const pick = (exercise: ExerciseSummary | undefined) => {
    if (!exercise) return
    onPick(exercise)
    setText('')
    setActive(0)
  }
  return (
    <div className="add-exercise log-add-exercise">
      <label htmlFor={`${id}-input`} className="log-add-label">
        Add an exercise
      </label>
      <input
        id={`${id}-input`}
        className="cell add-exercise-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        placeholder="Type a name, then Enter"
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={text}
        onChange={(e) => {
          setText(e.target.value)
          setActive(0)
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && open) {
            e.preventDefault()
            setActive((a) => Math.min(options.length - 1, a + 1))
          } else if (e.key === 'ArrowUp' && open) {
            e.preventDefault()
            setActive((a) => Math.max(0, a - 1))
          } else if (e.key === 'Enter') {
            e.preventDefault()
            pick(options[active])
          } else if (e.key === 'Escape' && text) {
            e.preventDefault()
            setText('')
          }
        }}
      />
      <ul id={`${id}-list`} role="listbox" className="add-exercise-options" hidden={!open} aria-label="Matching exercises">
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${id}-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => {
              e.preventDefault()
              pick(o)
            }}
          >
            {o.name} <span className="option-level">{o.level}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
