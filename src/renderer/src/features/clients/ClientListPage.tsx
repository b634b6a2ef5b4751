import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { VirtualResultList, type VirtualResultListHandle } from '../../components/VirtualResultList'
import type { ClientSummary } from '../../../../shared/clients'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { useNewShortcut } from '../../lib/useNewShortcut'
import { usePageTitle } from '../../lib/usePageTitle'
import { ClientRow, CLIENT_ROW_HEIGHT } from './ClientRow'
import { countText, plural } from './clientText'
import { useClientPages, type ClientListFilter } from './useClientPages'
import { useFlashNotice } from '../../lib/useFlashNotice'
import './clients.css'

const STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'archived', label: 'Archived' },
  { value: 'all', label: 'All' }
] as const
// Every key asks the core at once (a search takes it about a millisecond, even over a studio's 5,000
// clients); the list on screen stays until the answer replaces it. Only the address waits for a pause
// in the typing, or for the box to be left: rewriting it re-renders the route.
const ADDRESS_DELAY_MS = 250

const clientKey = (client: ClientSummary) => client.id

function readStatus(value: string | null): ClientListFilter['status'] {
  return value === 'archived' || value === 'all' ? value : 'active'
}

export function ClientListPage() {
  usePageTitle('Clients')
  useNewShortcut('/clients/new')
  // Search, filter and sort live in the address, so coming Back from a client finds the same list.
  const [params, setParams] = useSearchParams()
  // Held in state too, so a click shows at once; the address follows.
  const [status, setStatus] = useState<ClientListFilter['status']>(() => readStatus(params.get('status')))
  const [sort, setSort] = useState<ClientListFilter['sort']>(() => (params.get('sort') === 'updated' ? 'updated' : 'name'))
  const [text, setText] = useState(params.get('q') ?? '')
  const query = text.trim()
  const [addressQuery, setAddressQuery] = useState(query)
  useEffect(() => {
    const timer = setTimeout(() => setAddressQuery(query), ADDRESS_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query])
  const filter = useMemo(() => ({ query, status, sort }), [query, status, sort])
  const list = useClientPages(filter)
  const anyClient = useCoreQuery('clients.list', { status: 'all', limit: 1 })
  const sample = useCoreMutation('sample.load')
  const [notice, setNotice] = useFlashNotice()
  const searchRef = useRef<HTMLInputElement>(null)
  const resultsRef = useRef<VirtualResultListHandle>(null)
  const showArchived = status !== 'active'
  const renderRow = useCallback(
    (client: ClientSummary, index: number, tabIndex: number, onFocusRow: (index: number) => void) => (
      <ClientRow client={client} showArchived={showArchived} index={index} tabIndex={tabIndex} onFocusRow={onFocusRow} />
    ),
    [showArchived]
  )

  useEffect(() => {
    const next = new URLSearchParams(params)
    for (const [name, value, fallback] of [['q', addressQuery, ''], ['status', status, 'active'], ['sort', sort, 'name']] as const) {
      if (value === fallback) next.delete(name)
      else next.set(name, value)
    }
    if (next.toString() !== params.toString()) setParams(next, { replace: true })
    // Only the settled search is written back, not every keystroke.
  }, [addressQuery, status, sort])


  const clearSearch = () => {
    setText('')
    searchRef.current?.focus()
  }
  const loadSample = () =>
    sample.mutate({}, { onSuccess: (loaded) => setNotice(`Loaded ${plural(loaded.clients, 'sample client', 'sample clients')}. Remove them any time from Settings.`) })

  const noClientsAtAll = anyClient.data?.total === 0
  const firstLoad = list.isPending || anyClient.isPending
  const searching = query !== ''
  const error = list.error ?? anyClient.error

  return (
    <section className="page client-list-page">
      <header className="list-header">
        <div>
          <h1>Clients</h1>
          {!firstLoad && !noClientsAtAll && !error && (
            <p className="list-count" role="status">
              {countText(list.total, status, searching)}
            </p>
          )}
        </div>
        <Link className="button button-primary" to="/clients/new" aria-keyshortcuts="Control+N Meta+N" title="New client (Ctrl+N)">
          + New client
        </Link>
      </header>
      {notice && <Notice kind="success">{notice}</Notice>}
      {sample.error && <Notice kind="error">The sample clients could not be loaded: {sample.error.message}</Notice>}
      {error && (
        <Notice kind="error">
          The client list could not be loaded: {error.message}{' '}
          <button type="button" className="button button-quiet" onClick={() => void Promise.all([list.refetch(), anyClient.refetch()])}>
            Try again
          </button>
        </Notice>
      )}
      {noClientsAtAll ? (
        <EmptyState onLoadSample={loadSample} loading={sample.isPending} />
      ) : (
        <>
          <div className="list-toolbar">
            <div className="field search-field">
              <label htmlFor="client-search">Search clients</label>
              <input
                id="client-search"
                ref={searchRef}
                type="search"
                value={text}
                placeholder="Name, email, phone, tag or goal"
                autoComplete="off"
                spellCheck={false}
                onChange={(e) => setText(e.target.value)}
                // Leaving the box (into the results, say) writes the address at once, so Back from a client finds this list.
                onBlur={() => setAddressQuery(query)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowDown' && list.items.length > 0) {
                    e.preventDefault()
                    resultsRef.current?.focusRow(0)
                  }
                }}
                aria-describedby="client-search-hint"
              />
              <span id="client-search-hint" className="visually-hidden">
                Press Down to move into the results.
              </span>
            </div>
            <div className="field segmented">
              <span id="client-status-label" className="field-label">
                Show
              </span>
              <div className="segmented-options" role="radiogroup" aria-labelledby="client-status-label">
                {STATUSES.map((s) => (
                  <label key={s.value} className={status === s.value ? 'selected' : undefined}>
                    <input type="radio" name="client-status" value={s.value} checked={status === s.value} onChange={() => setStatus(s.value)} />
                    {s.label}
                  </label>
                ))}
              </div>
            </div>
            <div className="field sort-field">
              <label htmlFor="client-sort">Sort by</label>
              <select id="client-sort" value={sort} onChange={(e) => setSort(e.target.value === 'updated' ? 'updated' : 'name')}>
                <option value="name">Name</option>
                <option value="updated">Last change</option>
              </select>
            </div>
          </div>
          {firstLoad ? (
            !error && <DelayedLoading label="Loading clients…" />
          ) : list.total === 0 ? (
            <NothingToShow searching={searching} query={query} status={status} onClear={clearSearch} onShowAll={() => setStatus('all')} />
          ) : (
            <VirtualResultList
              ref={resultsRef}
              items={list.items}
              total={list.total}
              resetKey={JSON.stringify(filter)}
              label="Clients"
              rowHeight={CLIENT_ROW_HEIGHT}
              rowClassName="client-row"
              itemKey={clientKey}
              renderRow={renderRow}
              hasNextPage={list.hasNextPage}
              isFetchingNextPage={list.isFetchingNextPage}
              fetchNextPage={() => void list.fetchNextPage()}
              onLeaveTop={() => searchRef.current?.focus()}
            />
          )}
        </>
      )}
    </section>
  )
}

function EmptyState({ onLoadSample, loading }: { onLoadSample(): void; loading: boolean }) {
  return (
    <div className="card empty-state">
      <h2>No clients yet</h2>
      <p>Add the people you train: their goals, where they train, their equipment, injuries and health answers, all kept on this computer.</p>
      <div className="empty-actions">
        <Link className="button button-primary" to="/clients/new">
          Add your first client
        </Link>
        <button type="button" className="button" onClick={onLoadSample} disabled={loading}>
          {loading ? 'Loading sample data…' : 'Load sample data'}
        </button>
      </div>
      <p className="muted">Sample data adds a few made-up clients to explore with; you can remove them again in Settings.</p>
    </div>
  )
}

function NothingToShow(props: { searching: boolean; query: string; status: ClientListFilter['status']; onClear(): void; onShowAll(): void }) {
  if (props.searching) {
    return (
      <div className="card empty-state">
        <p>
          No {props.status === 'all' ? '' : `${props.status} `}clients match “{props.query}”.
        </p>
        <div className="empty-actions">
          <button type="button" className="button" onClick={props.onClear}>
            Clear search
          </button>
          {props.status !== 'all' && (
            <button type="button" className="button button-quiet" onClick={props.onShowAll}>
              Search all clients
            </button>
          )}
        </div>
      </div>
    )
  }
  return (
    <div className="card empty-state">
      <p>{props.status === 'archived' ? 'No archived clients.' : 'No active clients: everyone is archived.'}</p>
      {props.status !== 'all' && (
        <button type="button" className="button" onClick={props.onShowAll}>
          Show all clients
        </button>
      )}
    </div>
  )
}
