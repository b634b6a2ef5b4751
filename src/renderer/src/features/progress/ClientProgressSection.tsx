import { useEffect } from 'react'
import { Link } from 'react-router'
import type { Client } from '../../../../shared/clients'
import { DelayedLoading } from '../../components/DelayedLoading'
import { useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'
import { addDays } from '../../../../shared/program-document'
import { formatMeasurement } from './page/measurementUnits'
import { PainAlerts } from './PainAlerts'
import { loadProgressPage } from './loadProgressPage'
import { prefetchProgress } from './page/progressQuery'
import { formatDay, formatVolume, plural, weekdayDay } from './progressText'
import './progress.css'

const SHOWN_LOGS = 5
const LOOK_BACK_DAYS = 14

/** On the client page: pain alerts, the next session to log, recent logs, latest measurements and the way to the progress page. */
export function ClientProgressSection({ client }: { client: Client }) {
  const today = todayIso()
  const pain = useCoreQuery('pain.list', { clientId: client.id })
  const logs = useCoreQuery('logs.list', { clientId: client.id, limit: SHOWN_LOGS })
  // Dated sessions of the last two weeks not logged yet: today's first, then the ones to catch up on.
  const since = addDays(today, -LOOK_BACK_DAYS)
  const scheduled = useCoreQuery('programs.schedule', { clientId: client.id, from: since, to: today })
  const windowLogs = useCoreQuery('logs.list', { clientId: client.id, from: since, limit: 200 })
  const logged = new Set((windowLogs.data?.items ?? []).map((l) => l.scheduledSessionId))
  const toLog = windowLogs.data ? (scheduled.data?.items ?? []).filter((s) => !logged.has(s.id)).reverse().slice(0, 6) : []
  const measurements = useCoreQuery('measurements.list', { clientId: client.id, limit: 50 })
  const settings = useCoreQuery('settings.get', {})
  const units = settings.data?.units
  // The newest value of each type, from the newest-first list.
  const latest = [...new Map((measurements.data?.items ?? []).toReversed().map((m) => [m.typeId, m])).values()].sort((a, b) => a.typeName.localeCompare(b.typeName))
  const problem = pain.error ?? logs.error ?? measurements.error
  const askEarly = () => prefetchProgress(client.id, today)
  // The Progress button is the likely next step: have its code ready when the page is idle.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((fn: () => void) => window.setTimeout(fn, 500))
    idle(() => void loadProgressPage())
  }, [])
  return (
    <section className="card client-progress" aria-labelledby="client-progress-title">
      <header className="client-progress-header">
        <h2 id="client-progress-title">Sessions and progress</h2>
        <div className="client-progress-actions">
          {/* With a session due today, its own Log button below is the main action; this one is for an unplanned session. */}
          <Link className={`button${toLog.some((s) => s.date === today) ? '' : ' button-primary'}`} to={`/clients/${client.id}/log/new`}>
            Log a session
          </Link>
          {/* Pointing at it or tabbing to it is intent enough: the page's answer is asked for then, ready at the click. */}
          <Link className="button" to={`/clients/${client.id}/progress`} onPointerEnter={askEarly} onFocus={askEarly}>
            Progress
          </Link>
        </div>
      </header>
      {problem && <p className="field-error">Could not load sessions: {problem.message}</p>}
      {pain.data && <PainAlerts alerts={pain.data.items} guidance={pain.data.guidance} showClient={false} />}
      {toLog.length > 0 && (
        <ul className="due-list" aria-label="Sessions to log">
          {toLog.map((s) => (
            <li key={s.id} className={s.date === today ? 'due-today' : undefined}>
              <span>
                {s.date === today ? <strong>Today</strong> : <span className="badge badge-warning">Not logged</span>} {weekdayDay(s.date)} · <strong>{s.sessionName ?? 'Session'}</strong>{' '}
                <span className="muted">
                  {s.programName}, week {s.weekNumber}
                </span>
              </span>
              <Link className={`button button-small${s.date === today ? ' button-primary' : ''}`} to={`/clients/${client.id}/log/new?scheduled=${s.id}`}>
                Log<span className="visually-hidden"> {s.sessionName ?? 'session'} of {weekdayDay(s.date)}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <div className="client-progress-grid">
        <div>
          <h3>Last sessions</h3>
          {!logs.data ? (
            <DelayedLoading />
          ) : logs.data.items.length === 0 ? (
            <p className="muted">No sessions logged yet.</p>
          ) : (
            <ul className="log-rows">
              {logs.data.items.map((l) => (
                <li key={l.id}>
                  <Link to={`/clients/${client.id}/log/${l.id}`}>
                    {weekdayDay(l.date)} · {l.title || 'Session without a plan'}
                  </Link>
                  <span className="muted">
                    {' '}
                    {plural(l.setsDone, 'set', 'sets')}
                    {units && l.volumeKg > 0 ? `, ${formatVolume(l.volumeKg, units.weight)}` : ''}
                  </span>
                  {l.records > 0 && <span className="badge badge-record">{l.records === 1 ? 'PR' : `${l.records} PRs`}</span>}
                  {l.openPain > 0 && <span className="badge badge-danger">Pain</span>}
                </li>
              ))}
            </ul>
          )}
          {logs.data && logs.data.total > SHOWN_LOGS && (
            <p>
              <Link to={`/clients/${client.id}/progress`}>All {logs.data.total} sessions on the progress page</Link>
            </p>
          )}
        </div>
        <div>
          <h3>Latest measurements</h3>
          {latest.length === 0 || !units ? (
            <p className="muted">None recorded yet. Record them from the progress page.</p>
          ) : (
            <dl className="facts">
              {latest.map((m) => (
                <div key={m.typeId} className="fact">
                  <dt>{m.typeName}</dt>
                  <dd>
                    {formatMeasurement(m.unitKind, m.value, m.unit, units)} <span className="muted">({formatDay(m.date)})</span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      </div>
    </section>
  )
}
