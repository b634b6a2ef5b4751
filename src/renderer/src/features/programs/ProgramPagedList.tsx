import { useEffect, useRef, type ReactNode } from 'react'
import type { ProgramSummary } from '../../../../shared/programs'
import { once } from '../../lib/once'
import { PROGRAM_PAGE_SIZE, type useProgramPages } from './useProgramPages'

const numberFormat = once(() => new Intl.NumberFormat())
const count = (n: number) => numberFormat().format(n)

/** "2 programs", "3 templates match", or "100 of 20,000 programs" while only some are shown. */
export function listCountText(shown: number, total: number, noun: 'program' | 'template', filtered: boolean): string {
  const nouns = total === 1 ? noun : `${noun}s`
  if (shown < total) return `Showing ${count(shown)} of ${count(total)} ${nouns}${filtered ? ' that match' : ''}`
  return `${count(total)} ${nouns}${filtered ? (total === 1 ? ' matches' : ' match') : ''}`
}

interface ProgramPagedListProps {
  pages: ReturnType<typeof useProgramPages>
  /** id of the section's heading: names the list. */
  labelledBy: string
  noun: 'program' | 'template'
  /** A search, status or client narrows the list: the count says "match". */
  filtered: boolean
  renderRow(program: ProgramSummary): ReactNode
}

/**
 * A list of programs with its count and a "Show more" button for the next page. After more rows
 * arrive, focus moves to the first new one, so the keyboard carries on where the reader was going
 * (the button itself goes once everything is shown).
 */
export function ProgramPagedList({ pages, labelledBy, noun, filtered, renderRow }: ProgramPagedListProps) {
  const { items, total, hasNextPage, isFetchingNextPage, fetchNextPage } = pages
  const listRef = useRef<HTMLUListElement>(null)
  const focusFrom = useRef<number | null>(null)
  useEffect(() => {
    const from = focusFrom.current
    if (from === null || items.length <= from) return
    focusFrom.current = null
    // Only when focus is still where the click left it (the button, or nowhere once it was disabled):
    // a reader who moved on, say back to the search box, keeps their place.
    const here = document.activeElement
    if (here !== null && here !== document.body && !here.closest('.program-more')) return
    listRef.current?.children[from]?.querySelector<HTMLElement>('a')?.focus()
  }, [items.length])
  const rest = total - items.length
  const more = Math.min(PROGRAM_PAGE_SIZE, rest)
  return (
    <>
      <p className="program-count" role="status">
        {listCountText(items.length, total, noun, filtered)}
      </p>
      <ul ref={listRef} className="program-rows" aria-labelledby={labelledBy}>
        {items.map((p) => renderRow(p))}
      </ul>
      {hasNextPage && (
        <div className="program-more">
          <button
            type="button"
            className="button"
            disabled={isFetchingNextPage}
            onClick={() => {
              focusFrom.current = items.length
              void fetchNextPage()
            }}
          >
            {isFetchingNextPage ? 'Loading…' : `Show ${count(more)} more ${more === 1 ? noun : `${noun}s`}`}
          </button>
          <span className="program-more-left">{count(rest)} not shown yet</span>
        </div>
      )}
    </>
  )
}
