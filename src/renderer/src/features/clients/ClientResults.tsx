import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual'
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'react-router'
import type { ClientSummary } from '../../../../shared/clients'
import { GOAL_TAG_LABELS, TRAINING_LEVEL_LABELS, TRAINING_LOCATION_LABELS } from '../../../../shared/vocabulary'

const ROW_HEIGHT = 68
const TAGS_SHOWN = 3

export interface ClientResultsHandle {
  /** Moves keyboard focus to a row (used by ArrowDown in the search box). */
  focusRow(index: number): void
}

interface ClientResultsProps {
  items: ClientSummary[]
  /** How many match in all; rows not fetched yet show as placeholders until their page arrives. */
  total: number
  /** Changes when the search, filter or sort changes: the list goes back to the top. */
  resetKey: string
  showArchived: boolean
  hasNextPage: boolean
  isFetchingNextPage: boolean
  fetchNextPage(): void
  /** ArrowUp on the first row goes back here. */
  onLeaveTop(): void
}

/**
 * The virtualized client list: only the rows in view are in the page, so thousands stay smooth. One
 * row is in the Tab order (roving tabindex); Up/Down/Home/End/PageUp/PageDown move between rows and
 * the focused row is always kept rendered.
 */
export const ClientResults = forwardRef<ClientResultsHandle, ClientResultsProps>(function ClientResults(props, ref) {
  const { items, total, resetKey, showArchived, hasNextPage, isFetchingNextPage, fetchNextPage, onLeaveTop } = props
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
    estimateSize: () => ROW_HEIGHT,
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

  const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 5) / ROW_HEIGHT) - 1)
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
    <div ref={scrollRef} className="client-results">
      <ul
        className="client-rows"
        aria-label="Clients"
        onKeyDown={onKeyDown}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualRows.map((row) => {
          const client = items[row.index]
          return (
            <li
              key={client?.id ?? `pending-${row.index}`}
              data-index={row.index}
              className="client-row-slot"
              aria-setsize={total}
              aria-posinset={row.index + 1}
              style={{ height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}
            >
              {client ? (
                <ClientRow
                  client={client}
                  showArchived={showArchived}
                  tabIndex={row.index === safeActive ? 0 : -1}
                  onFocus={() => setActiveIndex(row.index)}
                />
              ) : (
                <div className="client-row client-row-pending">Loading…</div>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
})

function ClientRow({ client, showArchived, tabIndex, onFocus }: { client: ClientSummary; showArchived: boolean; tabIndex: number; onFocus(): void }) {
  const tags = [...client.goalTags.map((t) => GOAL_TAG_LABELS[t]), ...client.tags]
  return (
    <Link to={`/clients/${client.id}`} className="client-row" data-testid="client-row" tabIndex={tabIndex} onFocus={onFocus}>
      <span className="client-row-main">
        <span className="client-row-title">
          <span className="client-row-name">{client.name}</span>
          {client.medicalClearanceNeeded && <span className="badge badge-warning">Medical clearance needed</span>}
          {showArchived && client.archivedAt && <span className="badge badge-muted">Archived</span>}
        </span>
        <span className="client-row-meta">
          <span>{TRAINING_LEVEL_LABELS[client.level]}</span>
          <span aria-hidden="true"> · </span>
          <span>{TRAINING_LOCATION_LABELS[client.trainingLocation]}</span>
          {tags.slice(0, TAGS_SHOWN).map((tag) => (
            <span key={tag} className="tag tag-small">
              {tag}
            </span>
          ))}
          {tags.length > TAGS_SHOWN && <span className="client-row-more">+{tags.length - TAGS_SHOWN}</span>}
        </span>
      </span>
      <span className="client-row-contact">
        {client.email && <span>{client.email}</span>}
        {client.phone && <span>{client.phone}</span>}
      </span>
    </Link>
  )
}
