import { keepPreviousData } from '@tanstack/react-query'
import { useEffect, useId, useState, type ReactNode } from 'react'
import type { Dashboard, DashboardSession } from '../../../../shared/progress'
import { AppLink } from '../../components/AppLink'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'
import { usePageTitle } from '../../lib/usePageTitle'
import { PainAlerts } from '../progress/PainAlerts'
import { formatDay, longDay, recordName, recordValue, weekdayDay } from '../progress/progressText'
import '../progress/progress.css'
import './dashboard.css'

/** Rows of each list in Today's first frame: about a screen's worth. */
const FIRST_ROWS = 10

/**
 * False for Today's first frame, true once it is on screen. A busy store's lists (up to 30 pain alerts,
 * 40 sessions today, 30 missed, 30 clients awaiting clearance, 50 records) run far below the first
 * screen: their first rows come with the first frame and the rest a frame later, rather than the first
 * paint waiting on hundreds of rows and links nobody sees yet (a sixth of the main thread's work to
 * that paint on the decade store). The panels past the first screen also skip layout (dashboard.css).
 */
function useFirstFramePainted(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    // A frame callback runs just before the next frame is drawn; a timeout set from it runs once it is.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}

function Panel({ title, count, children, className }: { title: string; count?: number; children: ReactNode; className?: string }) {
  const id = useId()
  return (
    <section className={`card dash-panel${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h2 id={id}>
        {title}
        {count !== undefined && count > 0 && (
          <span className="dash-count" aria-hidden="true">
            {count}
          </span>
        )}
      </h2>
      {children}
    </section>
  )
}

function SessionRow({ session, showDate }: { session: DashboardSession; showDate: boolean }) {
  const name = session.sessionName ?? 'Session'
  return (
    <li className="dash-session" data-testid="dashboard-session">
      <span className="dash-session-text">
        <AppLink to={`/clients/${session.clientId}`} className="dash-client">
          {session.clientName}
        </AppLink>
        <span>
          {showDate && <>{weekdayDay(session.date)} · </>}
          {name} <span className="muted">· {session.programName}, week {session.weekNumber}</span>
        </span>
      </span>
      {session.logId ? (
        <AppLink className="button button-small" to={`/clients/${session.clientId}/log/${session.logId}`}>
          <span aria-hidden="true">✓ </span>Logged<span className="visually-hidden">: {session.clientName}, {name}. Open the log</span>
        </AppLink>
      ) : (
        <AppLink className={`button button-small${showDate ? '' : ' button-primary'}`} to={`/clients/${session.clientId}/log/new?scheduled=${session.id}`}>
          Log<span className="visually-hidden"> {name} for {session.clientName}{showDate ? `, ${weekdayDay(session.date)}` : ''}</span>
        </AppLink>
      )}
    </li>
  )
}

/** Today: what the trainer has on, what was missed, and what needs their attention. */
export function DashboardPage() {
  usePageTitle('Today')
  const today = todayIso()
  // A busy studio day lists its first sessions; "Show all" asks for the rest (the first stay on screen meanwhile).
  const [allToday, setAllToday] = useState(false)
  const dashboard = useCoreQuery('dashboard.today', allToday ? { date: today, allToday } : { date: today }, { placeholderData: keepPreviousData })
  return (
    <section className="page dashboard-page">
      <header className="dash-header">
        <h1>Today</h1>
        <p className="log-sub">{longDay(today)}</p>
      </header>
      {dashboard.error && <Notice kind="error">Today’s overview could not be loaded: {dashboard.error.message}</Notice>}
      {dashboard.data ? <DashboardBody data={dashboard.data} showAllToday={() => setAllToday(true)} loadingAll={allToday && dashboard.isPlaceholderData} /> : !dashboard.error && <DelayedLoading />}
    </section>
  )
}

function DashboardBody({ data, showAllToday, loadingAll }: { data: Dashboard; showAllToday(): void; loadingAll: boolean }) {
  const clients = useCoreQuery('clients.list', { limit: 1 })
  const painted = useFirstFramePainted()
  const shown = <T,>(rows: readonly T[]): readonly T[] => (painted ? rows : rows.slice(0, FIRST_ROWS))
  const quiet =
    data.today.length === 0 && data.missed.length === 0 && data.painAlerts.length === 0 && data.endingSoon.length === 0 && data.recentRecords.length === 0 && data.clearanceNeeded.length === 0
  if (quiet && clients.data?.total === 0) return <Welcome />
  return (
    <div className="dash-grid" data-testid="today-overview">
      {data.painAlerts.length > 0 && (
        <Panel title="Pain alerts" count={data.painTotal} className="dash-wide dash-pain">
          <PainAlerts alerts={shown(data.painAlerts)} guidance={data.painGuidance} showClient />
          {data.painTotal > data.painAlerts.length && (
            <p className="dash-note">
              The {data.painAlerts.length} most recent of {data.painTotal} open alerts. Each client’s page lists all of theirs.
            </p>
          )}
        </Panel>
      )}
      <div className="dash-column">
        <Panel title="Sessions today" count={data.todayTotal}>
          {data.today.length === 0 ? (
            <p className="muted">No sessions scheduled today. Sessions appear here on the days of each client’s assigned program.</p>
          ) : (
            <>
              <p className="dash-note">
                {data.todayLogged} of {data.todayTotal} logged.
              </p>
              <ul className="dash-list">
                {shown(data.today).map((s) => (
                  <SessionRow key={s.id} session={s} showDate={false} />
                ))}
              </ul>
              {data.todayTotal > data.today.length && (
                <p className="dash-note dash-more">
                  The first {data.today.length} of {data.todayTotal}, by client name.{' '}
                  <button type="button" className="button button-small" onClick={showAllToday} disabled={loadingAll}>
                    {loadingAll ? 'Loading all…' : `Show all ${data.todayTotal}`}
                  </button>
                </p>
              )}
            </>
          )}
        </Panel>
        <Panel title="Missed, last 14 days" count={data.missedTotal}>
          {data.missed.length === 0 ? (
            <p className="muted">Nothing missed: every scheduled session of the last two weeks is logged.</p>
          ) : (
            <>
              <p className="dash-note">Not logged yet. Log them from your paper sheets, or note that the client did not come.</p>
              <ul className="dash-list">
                {shown(data.missed).map((s) => (
                  <SessionRow key={s.id} session={s} showDate />
                ))}
              </ul>
              {data.missedTotal > data.missed.length && (
                <p className="dash-note">
                  The {data.missed.length} most recent of {data.missedTotal}. Each client’s page lists all of theirs.
                </p>
              )}
            </>
          )}
        </Panel>
      </div>
      <div className="dash-column">
        <Panel title="Programs ending soon" count={data.endingSoon.length}>
          {data.endingSoon.length === 0 ? (
            <p className="muted">No program ends in the next two weeks.</p>
          ) : (
            <ul className="dash-list">
              {shown(data.endingSoon).map((p) => (
                <li key={p.programId} className="dash-item">
                  <span>
                    <AppLink to={`/clients/${p.clientId}`}>{p.clientName}</AppLink> · <AppLink to={`/programs/${p.programId}`}>{p.name}</AppLink>
                  </span>
                  <span className={p.daysLeft <= 3 ? 'badge badge-warning' : 'badge badge-muted'}>{p.daysLeft === 0 ? 'Ends today' : `${p.daysLeft} ${p.daysLeft === 1 ? 'day' : 'days'} left`}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel title="Recent personal records" count={data.recentRecords.length}>
          {data.recentRecords.length === 0 ? (
            <p className="muted">Records set in the last two weeks show here, to congratulate the client next time.</p>
          ) : (
            <ul className="dash-list">
              {shown(data.recentRecords).map((r) => (
                <li key={`${r.logId}-${r.exerciseId}-${r.kind}`} className="dash-item" data-testid="dashboard-record">
                  <span>
                    <span className="badge badge-record">PR</span> <AppLink to={`/clients/${r.clientId}/progress`}>{r.clientName}</AppLink> · {r.exerciseName}:{' '}
                    {recordName(r.kind)} <RecordFigure kind={r.kind} value={r.value} />
                  </span>
                  <span className="muted">{formatDay(r.date)}</span>
                </li>
              ))}
            </ul>
          )}
        </Panel>
        <Panel title="Medical clearance needed" count={data.clearanceTotal}>
          {data.clearanceNeeded.length === 0 ? (
            <p className="muted">No client is waiting for medical clearance.</p>
          ) : (
            <>
              <p className="dash-note">Their health answers call for a doctor’s go-ahead before training hard.</p>
              <ul className="dash-list">
                {shown(data.clearanceNeeded).map((c) => (
                  <li key={c.clientId} className="dash-item">
                    <AppLink to={`/clients/${c.clientId}`}>{c.name}</AppLink>
                    <AppLink className="button button-small" to={`/clients/${c.clientId}/edit`}>
                      Record clearance<span className="visually-hidden"> for {c.name}</span>
                    </AppLink>
                  </li>
                ))}
              </ul>
              {data.clearanceTotal > data.clearanceNeeded.length && (
                <p className="dash-note">
                  The first {data.clearanceNeeded.length} of {data.clearanceTotal}, by name. Each client’s page shows their health answers.
                </p>
              )}
            </>
          )}
        </Panel>
      </div>
    </div>
  )
}

function RecordFigure({ kind, value }: { kind: Parameters<typeof recordValue>[0]; value: number }) {
  const settings = useCoreQuery('settings.get', {})
  return <strong>{settings.data ? recordValue(kind, value, settings.data.units) : ''}</strong>
}

/** A new trainer's first look: what to do, in order. */
function Welcome() {
  return (
    <div className="card empty-state dash-welcome" data-testid="today-overview">
      <h2>Nothing on yet</h2>
      <p>This screen fills up as you work: the day’s sessions to log, sessions missed, pain alerts, programs about to end and new personal records.</p>
      <ol className="dash-steps">
        <li>
          <AppLink to="/clients/new">Add a client</AppLink> with their health answers and goals.
        </li>
        <li>
          <AppLink to="/programs">Assign a program</AppLink> (a built-in template or your own) with a start date and training days.
        </li>
        <li>On each training day, log the session from here: its targets are filled in for you.</li>
      </ol>
      <p className="muted">
        Just exploring? Load the sample clients from <AppLink to="/clients">Clients</AppLink>.
      </p>
    </div>
  )
}
