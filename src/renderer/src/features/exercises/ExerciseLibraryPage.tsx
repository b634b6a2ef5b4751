import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { Link, useSearchParams } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { VirtualResultList, type VirtualResultListHandle } from '../../components/VirtualResultList'
import type { ExerciseSummary } from '../../../../shared/exercises'
import { queryClient, useCoreQuery } from '../../lib/query'
import { useNewShortcut } from '../../lib/useNewShortcut'
import { usePageTitle } from '../../lib/usePageTitle'
import { ExerciseRow, EXERCISE_ROW_HEIGHT } from './ExerciseRow'
import { plural } from './exerciseText'
import { FitsClientPicker, fitsDescription } from './FitsClient'
import { LibraryFilters, LibrarySearch, LibrarySwitches } from './LibraryFilters'
import { NoMatches } from './NoMatches'
import { filterFromParams, isFiltered, listQueryOf, NO_FILTER, paramsFromFilter, rememberLibrarySearch, type LibraryFilter } from './libraryFilters'
import { exercisePagesOptions, useExercisePages } from './useExercisePages'
import { useExerciseCatalogue, useLocalList } from './useExerciseCatalogue'
import { isNotFound } from './useExercise'
import './exercises.css'

// The address follows the search and filters a moment after they stop changing: rewriting it
// re-renders the route, which a keystroke or a new filter should not wait for (written at once, it
// doubled the time a filter change took to show). Leaving any control of the page writes it at once,
// so Back from an exercise opened from here finds the same list.
const ADDRESS_DELAY_MS = 250

/**
 * Search and filters live in the address as well as in state: state so a keystroke shows at once, the
 * address so Back from an exercise, or a link such as /exercises?fits=<client>, opens the same list.
 */
function useLibraryFilter() {
  const [params, setParams] = useSearchParams()
  const [filter, setFilter] = useState(() => filterFromParams(params))
  // Counts changes to the search made from outside the search box, which then shows them.
  const [searchRevision, setSearchRevision] = useState(0)
  // Searches typed (asked) and the latest one applied (shown); see onQuery in the page.
  const searches = useRef({ asked: 0, shown: 0 })
  const resetSearch = () => {
    // A search still on its way must not overwrite what was set.
    searches.current.shown = searches.current.asked
    setSearchRevision((n) => n + 1)
  }
  const written = useRef(params.toString())
  const pendingWrite = useRef<(() => void) | null>(null)

  // The address changed from outside (the navigation link, Back, a link): it wins.
  useEffect(() => {
    const now = params.toString()
    if (now !== written.current) {
      written.current = now
      setFilter(filterFromParams(params))
      resetSearch()
    }
  }, [params])

  useEffect(() => {
    const next = paramsFromFilter(filter).toString()
    rememberLibrarySearch(next)
    if (next === written.current) return
    const write = () => {
      pendingWrite.current = null
      written.current = next
      setParams(new URLSearchParams(next), { replace: true })
    }
    const timer = setTimeout(write, ADDRESS_DELAY_MS)
    pendingWrite.current = write
    return () => {
      clearTimeout(timer)
      pendingWrite.current = null
    }
  }, [filter])

  const change = useCallback((patch: Partial<LibraryFilter>) => setFilter((f) => ({ ...f, ...patch })), [])
  const clear = () => {
    setFilter((f) => ({ ...NO_FILTER, showHidden: f.showHidden, showArchived: f.showArchived }))
    resetSearch()
  }
  const flush = useCallback(() => pendingWrite.current?.(), [])
  return { filter, searchRevision, searches, change, clear, flush }
}

// Module-level, so it stays the same across renders and the memoized list skips keystrokes.
const renderExerciseRow = (exercise: ExerciseSummary, index: number, tabIndex: number, onFocusRow: (index: number) => void) => (
  <ExerciseRow exercise={exercise} index={index} tabIndex={tabIndex} onFocusRow={onFocusRow} />
)
const NO_MORE_PAGES = () => undefined
// One element for the page's life: React skips it on every keystroke's render (each router link
// re-read the router's state, about 0.6 ms a key); a change of address still reaches the links.
const HEADER_ACTIONS = (
  <div className="library-header-actions">
    <Link className="button" to="/exercises/guide">
      Muscle guide
    </Link>
    <Link className="button button-primary" to="/exercises/new" aria-keyshortcuts="Control+N Meta+N" title="New exercise (Ctrl+N)">
      + New exercise
    </Link>
  </div>
)

export function ExerciseLibraryPage() {
  usePageTitle('Exercise library')
  useNewShortcut('/exercises/new')
  const { filter, searchRevision, searches, change: changeFilter, clear: clearFilters, flush: writeAddress } = useLibraryFilter()
  const fitsClient = useCoreQuery('clients.get', { id: filter.fits }, { enabled: filter.fits !== '' })
  const fitsGone = filter.fits !== '' && isNotFound(fitsClient.error)
  const query = useMemo(() => listQueryOf(fitsGone ? { ...filter, fits: '' } : filter), [filter, fitsGone])
  // With a client chosen, wait for them: their last change is part of the key (see useExercisePages).
  const freshness = fitsClient.data?.updatedAt ?? ''
  const listReady = !filter.fits || fitsGone || fitsClient.data !== undefined
  // Searched here from the catalogue once it has come (no round trip per key); the core answers until then.
  const [firstListShown, setFirstListShown] = useState(false)
  const catalogue = useExerciseCatalogue(firstListShown)
  const local = useLocalList(catalogue.data, query, fitsClient.data)
  const pages = useExercisePages(query, freshness, listReady && local === null)
  if (!firstListShown && (pages.total > 0 || !pages.isPending || pages.error)) setFirstListShown(true)
  const everything = useCoreQuery('exercises.list', { limit: 1 }, { enabled: local === null })
  const list = local
    ? { ...local, error: null, isPending: false, hasNextPage: false, isFetchingNextPage: false, fetchNextPage: NO_MORE_PAGES, refetch: catalogue.refetch }
    : pages
  const everythingTotal = local ? local.everything : everything.data?.total
  const searchRef = useRef<HTMLInputElement>(null)
  const resultsRef = useRef<VirtualResultListHandle>(null)


  // The latest values the handlers below read, so the handlers themselves never change: the memoized
  // search box, filters and client picker (up to 500 options) then skip the renders a keystroke causes.
  const latest = useRef({ filter, fitsGone, freshness, listReady, searchedHere: local !== null })
  latest.current = { filter, fitsGone, freshness, listReady, searchedHere: local !== null }

  /**
   * Asks for the list a filter would show, from the event itself rather than after a render. Null when
   * the list is worked out here (nothing to ask), or its key is not known yet (another client chosen:
   * their last change is part of it).
   */
  const fetchListFor = useCallback((next: LibraryFilter) => {
    const now = latest.current
    if (now.searchedHere || !now.listReady || next.fits !== now.filter.fits) return null
    return queryClient.fetchInfiniteQuery(exercisePagesOptions(listQueryOf(now.fitsGone ? { ...next, fits: '' } : next), now.freshness))
  }, [])
  // A filter applies at once (a select has to show its new option); its list is already on the way.
  const change = useCallback(
    (patch: Partial<LibraryFilter>) => {
      void fetchListFor({ ...latest.current.filter, ...patch })?.catch(() => undefined)
      changeFilter(patch)
    },
    [fetchListFor, changeFilter]
  )
  const changeFits = useCallback((fits: string) => change({ fits }), [change])
  // Typing: with the catalogue here, the page renders once, in the key's own task, box and list together.
  // Before it (the core answers), the page renders when the list for the new text is here, in the very
  // task that brought it (flushSync): scheduled as a separate task instead, the render can fall behind
  // other work and miss the frame. A later key's list never gives way to an earlier one's.
  const onQuery = useCallback(
    (text: string) => {
      const seq = ++searches.current.asked
      const show = () => {
        if (seq <= searches.current.shown) return
        searches.current.shown = seq
        flushSync(() => changeFilter({ query: text }))
      }
      const fetching = fetchListFor({ ...latest.current.filter, query: text })
      if (fetching) void fetching.then(show, show)
      else show()
    },
    [fetchListFor, changeFilter, searches]
  )
  const hasRows = list.items.length > 0
  const onArrowDown = useCallback(() => {
    if (hasRows) resultsRef.current?.focusRow(0)
    return hasRows
  }, [hasRows])

  const { fetchNextPage: fetchNext } = list
  const fetchNextPage = useCallback(() => void fetchNext(), [fetchNext])
  const focusSearch = useCallback(() => searchRef.current?.focus(), [])
  const filtered = isFiltered(filter)
  const clear = () => {
    clearFilters()
    searchRef.current?.focus()
  }
  const error = local ? null : (list.error ?? everything.error)
  const firstLoad = local ? false : list.isPending || everything.isPending
  const countText =
    everythingTotal === undefined
      ? ''
      : isFiltered(filter)
        ? `Showing ${list.total} of ${plural(everythingTotal, 'exercise', 'exercises')}`
        : plural(list.total, 'exercise', 'exercises')

  return (
    <section className="page library-page" aria-labelledby="library-title" onBlur={writeAddress}>
      <header className="list-header">
        <div>
          <h1 id="library-title">Exercise library</h1>
          <p className="list-count" role="status">
            {!firstLoad && !error && countText}
          </p>
        </div>
        {HEADER_ACTIONS}
      </header>
      <div className="library-search-row">
        <LibrarySearch
          inputRef={searchRef}
          query={filter.query}
          revision={searchRevision}
          onQuery={onQuery}
          onArrowDown={onArrowDown}
        />
        <FitsClientPicker clientId={filter.fits} chosen={fitsClient.data} onChange={changeFits} />
      </div>
      <LibraryFilters filter={filter} onChange={change} />
      <div className="library-options">
        <LibrarySwitches filter={filter} onChange={change} />
        {filtered && (
          <button type="button" className="button button-quiet clear-filters" onClick={clear}>
            Clear filters
          </button>
        )}
      </div>
      {fitsGone ? (
        <Notice kind="info">The client chosen in this link no longer exists, so the whole library is shown.</Notice>
      ) : (
        fitsClient.data &&
        filter.fits && (
          <p className="fits-summary" data-testid="fits-summary">
            {fitsDescription(fitsClient.data, list.excludedByLimitations)}
          </p>
        )
      )}
      {error && (
        <Notice kind="error">
          The exercise library could not be loaded: {error.message}{' '}
          <button type="button" className="button button-quiet" onClick={() => void Promise.all([list.refetch(), everything.refetch()])}>
            Try again
          </button>
        </Notice>
      )}
      {firstLoad ? (
        !error && <DelayedLoading label="Loading the exercise library…" />
      ) : list.total === 0 ? (
        !error && <NoMatches filter={filter} clientName={fitsClient.data?.name} onClear={clear} onShowHidden={() => change({ showHidden: true })} />
      ) : (
        <VirtualResultList
          ref={resultsRef}
          items={list.items}
          total={list.total}
          resetKey={JSON.stringify(query)}
          label="Exercises"
          rowHeight={EXERCISE_ROW_HEIGHT}
          rowClassName="exercise-row"
          renderRow={renderExerciseRow}
          hasNextPage={list.hasNextPage}
          isFetchingNextPage={list.isFetchingNextPage}
          fetchNextPage={fetchNextPage}
          onLeaveTop={focusSearch}
        />
      )}
    </section>
  )
}
