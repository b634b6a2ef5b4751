import { keepPreviousData } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import type { ExerciseListQuery, ExerciseSummary } from '../../../shared/exercises'
import { useCoreQuery } from '../lib/query'

/** What a screen may offer: the core's own filters, applied before paging so no match is lost to a short page. */
export type ExerciseSource = Omit<ExerciseListQuery, 'query' | 'limit' | 'offset'>

/** Enough to scroll through (about eight rows show at once); past this the list says to type more. */
const PAGE = 40
/** Rows the list shows before it scrolls (see .combobox-options in components.css). */
const ROWS_SHOWN = 8

interface ExerciseComboboxProps {
  label: string
  /** The label is read out but not shown (a row of the designer, where the placeholder says it). */
  hideLabel?: boolean
  placeholder: string
  source: ExerciseSource
  disabled?: boolean
  /** Return false when the exercise cannot be taken now: the text stays for another try. */
  onPick(exercise: ExerciseSummary): boolean | void
  className?: string
}

/**
 * Type part of an exercise's name, choose with the arrows (Home and End once in the list) or the mouse,
 * Enter takes it. The ARIA 1.2 combobox pattern: focus stays in the box and the chosen option is its
 * active descendant. Escape closes the list, a second Escape clears the box.
 */
export function ExerciseCombobox({ label, hideLabel, placeholder, source, disabled, onPick, className }: ExerciseComboboxProps) {
  const id = useId()
  const [text, setText] = useState('')
  const [active, setActive] = useState(0)
  // Home and End move the caret until the trainer has stepped into the list with the arrows.
  const [inList, setInList] = useState(false)
  const [dismissed, setDismissed] = useState(false)
  // Enter pressed while the matches shown are still those of the text before (the new ones on their
  // way): the first of the new matches is taken when they come, never an option of the old list.
  const [pickWhenFound, setPickWhenFound] = useState(false)
  const query = text.trim()
  const found = useCoreQuery('exercises.list', { ...source, query, limit: PAGE }, { enabled: query !== '', placeholderData: keepPreviousData })
  const options = query === '' ? [] : (found.data?.items ?? [])
  const stale = found.isPlaceholderData || (query !== '' && found.data === undefined)
  const total = query === '' ? 0 : (found.data?.total ?? 0)
  const open = options.length > 0 && !dismissed
  const listRef = useRef<HTMLUListElement>(null)

  useEffect(() => {
    if (open && inList) listRef.current?.children[active]?.scrollIntoView({ block: 'nearest' })
  }, [open, inList, active])

  const reset = (next: string) => {
    setText(next)
    setActive(0)
    setInList(false)
    setDismissed(false)
    setPickWhenFound(false)
  }
  const pick = (exercise: ExerciseSummary | undefined) => {
    if (!exercise || onPick(exercise) === false) return
    reset('')
  }
  const move = (to: number) => {
    setActive(Math.max(0, Math.min(options.length - 1, to)))
    setInList(true)
  }
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const handled = () => e.preventDefault()
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (options.length === 0) return
      handled()
      if (!open) return setDismissed(false)
      if (e.altKey) return
      move(e.key === 'ArrowDown' ? active + 1 : active - 1)
    } else if ((e.key === 'Home' || e.key === 'End') && open && inList) {
      handled()
      move(e.key === 'Home' ? 0 : options.length - 1)
    } else if (e.key === 'Enter') {
      handled()
      if (stale && query !== '') setPickWhenFound(true)
      else if (open) pick(options[active])
    } else if (e.key === 'Escape') {
      if (open) {
        handled()
        setDismissed(true)
        setInList(false)
      } else if (text) {
        handled()
        reset('')
      }
    }
  }

  useEffect(() => {
    if (!pickWhenFound || stale) return
    setPickWhenFound(false)
    pick(options[0])
  })

  const more = total - options.length
  const hint =
    query !== '' && found.data && !found.isPlaceholderData && total === 0
      ? `No exercise matches “${query}”.`
      : !open
        ? ''
        : more > 0
          ? `${options.length} of ${total} shown: type more of the name to narrow them.`
          : options.length > ROWS_SHOWN
            ? `${total} matches: scroll, or type more of the name.`
            : ''
  return (
    <div className={className ? `combobox ${className}` : 'combobox'}>
      <label className={hideLabel ? 'visually-hidden' : 'combobox-label'} htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        id={`${id}-input`}
        className="cell combobox-input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        value={text}
        onChange={(e) => reset(e.target.value)}
        onKeyDown={onKeyDown}
        // Leaving the box closes the list (it would cover the rows below); the text stays, ArrowDown reopens it.
        onBlur={() => {
          setActive(0)
          setInList(false)
          setDismissed(true)
        }}
      />
      {/* The hint rides under the options, where the eye already is; it is also the live region that reads it out. */}
      <div className="combobox-popup" hidden={!open && !hint}>
        <ul ref={listRef} id={`${id}-list`} role="listbox" className="combobox-options" hidden={!open} aria-label="Matching exercises">
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${id}-option-${i}`}
              role="option"
              aria-selected={open && i === active}
              className={i === active ? 'active' : undefined}
              // mousedown, not click: the box keeps focus, so the list does not close before the pick lands.
              onMouseDown={(e) => {
                e.preventDefault()
                pick(o)
              }}
              onMouseMove={() => i !== active && setActive(i)}
            >
              {o.name} <span className="option-level">{o.level}</span>
            </li>
          ))}
        </ul>
        <p id={`${id}-hint`} className="combobox-hint" role="status">
          {hint}
        </p>
      </div>
    </div>
  )
}
