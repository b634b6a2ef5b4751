import { useInfiniteQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { LogSummary } from '../../../../../shared/logs'
import type { Units } from '../../../../../shared/settings'
import { call } from '../../../lib/api'
import { keyFor } from '../../../lib/query'
import { DataTable, type Column } from '../charts/DataTable'
import { formatDay, formatVolume } from '../progressText'

const PAGE = 200

/** Every logged session, newest first, each opening its log; older ones load on request. */
export function SessionHistory({ clientId, units }: { clientId: string; units: Units }) {
  const logs = useInfiniteQuery({
    queryKey: keyFor('logs.list', { clientId, limit: PAGE }),
    queryFn: ({ pageParam }) => call('logs.list', { clientId, limit: PAGE, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor
  })
  const rows = logs.data?.pages.flatMap((p) => p.items) ?? []
  const total = logs.data?.pages[0]?.total ?? 0
  const columns: Column<LogSummary>[] = [
    { key: 'date', label: 'Date', nowrap: true, render: (l) => <Link to={`/clients/${clientId}/log/${l.id}`}>{formatDay(l.date)}</Link> },
    { key: 'title', label: 'Session', render: (l) => l.title || 'Without a plan' },
    { key: 'program', label: 'Program', render: (l) => (l.programName ? `${l.programName}${l.weekNumber ? `, week ${l.weekNumber}` : ''}` : '—') },
    { key: 'sets', label: 'Sets done', numeric: true, render: (l) => (l.setsSkipped > 0 ? `${l.setsDone} (${l.setsSkipped} skipped)` : l.setsDone) },
    { key: 'volume', label: 'Volume', numeric: true, render: (l) => (l.volumeKg > 0 ? formatVolume(l.volumeKg, units.weight) : '—') },
    { key: 'effort', label: 'Effort', numeric: true, render: (l) => l.effort ?? '—' },
    {
      key: 'flags',
      label: 'Notes',
      render: (l) => (
        <span className="record-list">
          {l.records > 0 && <span className="badge badge-record">{l.records === 1 ? 'PR' : `${l.records} PRs`}</span>}
          {l.openPain > 0 && <span className="badge badge-danger">Open pain alert</span>}
        </span>
      )
    }
  ]
  return (
    <section className="card" aria-labelledby="history-title">
      <h3 id="history-title">All sessions</h3>
      {logs.error && <p className="field-error">The sessions could not be loaded: {logs.error.message}</p>}
      <p className="chart-note">{total === 0 ? 'None logged yet.' : `${total} logged, newest first.${rows.length < total ? ` Showing the latest ${rows.length}.` : ''}`}</p>
      {rows.length > 0 && <DataTable caption="Logged sessions" columns={columns} rows={rows} rowKey={(l) => l.id} />}
      {logs.hasNextPage && (
        <button type="button" className="button button-small history-more" disabled={logs.isFetchingNextPage} onClick={() => void logs.fetchNextPage()}>
          {logs.isFetchingNextPage ? 'Loading…' : 'Show older sessions'}
        </button>
      )}
    </section>
  )
}
