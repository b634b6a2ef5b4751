import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { memo, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent, type ReactNode, type Ref } from 'react'

export interface VirtualResultListHandle {
  /** Moves keyboard focus to a row (used by ArrowDown in the search box). */
  focusRow(index: number): void
}

interface VirtualResultListProps<T> {
  ref?: Ref<VirtualResultListHandle>
  items: T[]
  /** How many match in all; rows not fetched yet show as placeholders until their page arrives. */
  total: number
  /** Changes when the search, filter or sort changes: the list goes back to the top. */
  resetKey: string
  /** Accessible name of the list, e.g. "Clients". */
  label: string
  rowHeight: number
  /** Class of the row links; the "Loading…" placeholder takes it too so it has the row's layout. */
  rowClassName: string
  /** No longer read: rows are keyed by position (see the list below). Still accepted so callers need not change at once. */
  itemKey?(item: T): string
  /** The row: a link whose tabIndex and onFocus(index) must be applied (roving tabindex). */
  renderRow(item: T, index: number, tabIndex: number, onFocusRow: (index: number) => void): ReactNode
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage(): void
  /** ArrowUp on the first row goes back here (the search box). */
  onLeaveTop(): void
}

/**
 * A virtualized result list: only the rows in view are in the page, so thousands stay smooth. One
 * row is in the Tab order (roving tabindex); Up/Down/Home/End/PageUp/PageDown move between rows and
 * the focused row is always kept rendered. Memoized: with stable props a keystroke in the search box
 * does not re-render it.
 */
function VirtualResultListInner<T>(props: VirtualResultListProps<T>) {
  const { ref, items, total, resetKey, label, rowHeight, rowClassName, renderRow, hasNextPage, isFetchingNextPage, fetchNextPage, onLeaveTop } = props
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
    estimateSize: () => rowHeight,
    // Rows past the view cost the same as those in it on every keystroke (each is about a tenth of what
    // a search that replaces every row costs); two each way (136 px at the library's row height) still
    // cover a wheel notch, which the compositor scrolls before the next render. PageDown moves focus,
    // and the list renders the new rows before that frame.
    overscan: 2,
    rangeExtractor
  })
  const virtualRows = virtualizer.getVirtualItems()

  // A new search starts at the top. Already there (the usual case while typing), scrolling would only
  // cost a forced layout on every keystroke; the virtualizer's own offset (kept from scroll events)
  // says so without asking the DOM. Likewise the first row is usually the active one already: setting
  // it again would still render the list once more, a few ms after the keystroke's own render.
  useEffect(() => {
    if (activeIndex !== 0) setActiveIndex(0)
    if ((virtualizer.scrollOffset ?? 0) !== 0) virtualizer.scrollToOffset(0)
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
      // Rows past the loaded pages are fine: their page is fetched and focus lands when it arrives.
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

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 5) / rowHeight) - 1)
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
    <div ref={scrollRef} className="result-list">
      <ul className="result-rows" aria-label={label} onKeyDown={onKeyDown} style={{ height: virtualizer.getTotalSize() }}>
        {/* Keyed by position, not by item: a new search patches the text of the rows already there
            (a memoized row whose item reads the same does nothing) instead of removing every row and
            creating new ones, whose style must all be worked out again. Each slot has a fixed size, so
            `contain: strict` keeps its layout and paint from reaching the rest of the page. */}
        {virtualRows.map((row) => {
          const item = items[row.index]
          return (
            <li
              key={row.index}
              data-index={row.index}
              className="result-row-slot"
              aria-setsize={total}
              aria-posinset={row.index + 1}
              style={{ height: rowHeight, transform: `translateY(${row.start}px)`, contain: 'strict' }}
            >
              {item === undefined ? (
                <div className={`${rowClassName} result-row-pending`}>Loading…</div>
              ) : (
                renderRow(item, row.index, row.index === safeActive ? 0 : -1, setActiveIndex)
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

// memo() loses the type parameter; the cast gives it back.
export const VirtualResultList = memo(VirtualResultListInner) as typeof VirtualResultListInner
