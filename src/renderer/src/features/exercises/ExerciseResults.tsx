import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { forwardRef, memo, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react'
import type { ExerciseSummary } from '../../../../shared/exercises'
import { ExerciseRow, EXERCISE_ROW_HEIGHT } from './ExerciseRow'

export interface ExerciseResultsHandle {
  /** Moves keyboard focus to a row (used by ArrowDown in the search box). */
  focusRow(index: number): void
}

interface ExerciseResultsProps {
  items: ExerciseSummary[]
  /** How many match in all; rows not fetched yet show as placeholders until their page arrives. */
  total: number
  /** Changes when the search or a filter changes: the list goes back to the top. */
  resetKey: string
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage(): void
  /** ArrowUp on the first row goes back here (the search box). */
  onLeaveTop(): void
}

/**
 * The virtualized result list: only the rows in view are in the page, so 2,000 exercises scroll as
 * smoothly as 30. One row is in the Tab order (roving tabindex); Up/Down/Home/End/PageUp/PageDown move
 * between rows, Enter opens one, and the focused row is always kept rendered.
 */
export const ExerciseResults = memo(
  forwardRef<ExerciseResultsHandle, ExerciseResultsProps>(function ExerciseResults(props, ref) {
  const { items, total, resetKey, hasNextPage, isFetchingNextPage, fetchNextPage, onLeaveTop } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  const [activeIndex, setActiveIndex] = useState(0)
  const [pendingFocus, setPendingFocus] = useState<number | null>(null)

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (activeIndex < range.count && !indexes.includes(activeIndex)) indexes.push(activeIndex)
      return indexes.sort((a, b) => a - b)
    },
    [activeIndex]
  )
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => EXERCISE_ROW_HEIGHT,
    overscan: 8,
    rangeExtractor
  })
  const virtualRows = virtualizer.getVirtualItems()

  // A new search starts at the top.
  useEffect(() => {
    setActiveIndex(0)
    virtualizer.scrollToOffset(0)
  }, [resetKey])

  // Fetch the next page before the reader reaches the end of what is loaded.
  const lastVisible = virtualRows.at(-1)?.index ?? 0
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastVisible >= items.length - 20) fetchNextPage()
  }, [lastVisible, items.length, hasNextPage, isFetchingNextPage, fetchNextPage])

  useEffect(() => {
    if (pendingFocus === null) return
    const link = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${pendingFocus}"] a`)
    if (link) {
      link.focus({ preventScroll: true })
      setPendingFocus(null)
    }
  })

  const moveTo = useCallback(
    (index: number) => {
      const last = total - 1
      if (last < 0) return
      const target = Math.max(0, Math.min(last, index))
      setActiveIndex(target)
      virtualizer.scrollToIndex(target, { align: 'auto' })
      setPendingFocus(target)
    },
    [total, virtualizer]
  )

  useImperativeHandle(ref, () => ({ focusRow: moveTo }), [moveTo])

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? EXERCISE_ROW_HEIGHT * 5) / EXERCISE_ROW_HEIGHT) - 1)
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, () => number> = {
      ArrowDown: () => activeIndex + 1,
      ArrowUp: () => activeIndex - 1,
      Home: () => 0,
      End: () => total - 1,
      PageDown: () => activeIndex + pageRows,
      PageUp: () => activeIndex - pageRows
    }
    const move = moves[event.key]
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    const next = move()
    if (next < 0 && event.key === 'ArrowUp') onLeaveTop()
    else moveTo(next)
  }

  const safeActive = Math.min(activeIndex, Math.max(0, total - 1))
  return (
    <div ref={scrollRef} className="exercise-results">
      <ul className="exercise-rows" aria-label="Exercises" onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {virtualRows.map((row) => {
          const exercise = items[row.index]
          return (
            <li
              key={exercise?.id ?? `pending-${row.index}`}
              data-index={row.index}
              className="exercise-row-slot"
              aria-setsize={total}
              aria-posinset={row.index + 1}
              style={{ height: EXERCISE_ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
            >
              {exercise ? (
                <ExerciseRow exercise={exercise} index={row.index} tabIndex={row.index === safeActive ? 0 : -1} onFocusRow={setActiveIndex} />
              ) : (
                <div className="exercise-row exercise-row-pending">Loading…</div>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}))
