import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { memo, useId, useMemo, useState } from 'react'
import type { Block, ExerciseFacts } from '../../../../shared/programs'
import { BLOCK_LABELS } from '../../../../shared/programs'
import { call } from '../../lib/api'
import { keyFor } from '../../lib/query'

const SHOWN = 8

/** The library's own search (names, aliases, muscles, cues), as the exercise library screen uses it. */
function useMatches(text: string, exercises: ReadonlyMap<string, ExerciseFacts>): ExerciseFacts[] {
  const query = text.trim()
  const found = useQuery({
    queryKey: keyFor('exercises.list', { query, limit: SHOWN }),
    queryFn: () => call('exercises.list', { query, limit: SHOWN }),
    enabled: query !== '',
    placeholderData: keepPreviousData
  })
  return useMemo(
    () => (query === '' ? [] : (found.data?.items ?? []).map((e) => exercises.get(e.id)).filter((e): e is ExerciseFacts => e !== undefined && !e.retired)),
    [query, found.data, exercises]
  )
}

/**
 * "Add an exercise" combobox: type part of a name, Down/Up to choose, Enter adds it with the exercise's
 * default prescription. Matches come from exercises.list; what an added item starts with comes from the checks' context.
 */
export const AddExercise = memo(function AddExercise({
  sessionId,
  sessionName,
  block,
  exercises,
  onAdd
}: {
  sessionId: string
  sessionName: string
  block: Block
  exercises: ReadonlyMap<string, ExerciseFacts>
  onAdd(sessionId: string, block: Block, exercise: ExerciseFacts): void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const options = useMatches(text, exercises)
  const open = options.length > 0
  const add = (exercise: ExerciseFacts | undefined) => {
    if (!exercise) return
    onAdd(sessionId, block, exercise)
    setText('')
    setActive(0)
  }
  return (
    <div className="add-exercise">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        Add an exercise to {BLOCK_LABELS[block].toLowerCase()}, {sessionName}
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
        placeholder={`+ Add to ${BLOCK_LABELS[block].toLowerCase()}: type a name`}
        autoComplete="off"
        spellCheck={false}
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
            add(options[active])
          } else if (e.key === 'Escape' && text) {
            e.preventDefault()
            setText('')
          }
        }}
        onBlur={() => setActive(0)}
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
              add(o)
            }}
          >
            {o.name} <span className="option-level">{o.level}</span>
          </li>
        ))}
      </ul>
    </div>
  )
})
