import { memo, useId, useMemo, useState } from 'react'
import type { Block, ExerciseFacts } from '../../../../shared/programs'
import { BLOCK_LABELS } from '../../../../shared/programs'
import { foldText } from '../../../../shared/text'

const SHOWN = 8

export interface Searchable {
  facts: ExerciseFacts
  key: string
}

/** Every exercise that can be added, with its folded name for accent-free matching; built once per context. */
export function searchableExercises(exercises: readonly ExerciseFacts[]): Searchable[] {
  return exercises.filter((e) => !e.retired).map((facts) => ({ facts, key: foldText(facts.name) }))
}

/** Names that start with the words typed first, then names containing them. */
function matches(all: readonly Searchable[], text: string): ExerciseFacts[] {
  const words = foldText(text).split(/\s+/).filter(Boolean)
  if (words.length === 0) return []
  const hits = all.filter((s) => words.every((w) => s.key.includes(w)))
  const first = words[0] ?? ''
  hits.sort((a, b) => Number(!a.key.startsWith(first)) - Number(!b.key.startsWith(first)) || a.key.localeCompare(b.key))
  return hits.slice(0, SHOWN).map((s) => s.facts)
}

/**
 * "Add an exercise" combobox: type part of a name, Down/Up to choose, Enter adds it with the exercise's
 * default prescription. The library comes from the checks' context, so the list follows every keystroke.
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
  exercises: readonly Searchable[]
  onAdd(sessionId: string, block: Block, exercise: ExerciseFacts): void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  const options = useMemo(() => matches(exercises, text), [exercises, text])
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
