import { useId, useState } from 'react'
import { Link } from 'react-router'
import type { Client } from '../../../../shared/clients'
import { addDays, isoWeekday } from '../../../../shared/program-document'
import { WEEKDAY_NAMES, type ProgramSummary, type ScheduledSession } from '../../../../shared/programs'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'
import { ExportPlanButton } from '../plans/ExportPlanButton'
import { ClientAssignDialog } from './ClientAssignDialog'
import { RescheduleDialog } from './ProgramActions'
import { currentProgram, progressText } from './currentProgram'
import { dateText, plural, weekdaysText } from './programText'
import './programs.css'

const NEXT_SESSIONS = 6

function dayText(date: string, today: string): string {
  if (date === today) return 'Today'
  if (date === addDays(today, 1)) return 'Tomorrow'
  return WEEKDAY_NAMES[isoWeekday(date) - 1] ?? ''
}

/** On the client page: the current program, its next sessions, and the way to assign, reschedule or replace it. */
export function ClientProgramSection({ client }: { client: Client }) {
  const titleId = useId()
  const today = todayIso()
  const [assigning, setAssigning] = useState(false)
  const [rescheduling, setRescheduling] = useState(false)
  const [notice, setNotice] = useState<string | null>(null)
  const active = useCoreQuery('programs.list', { clientId: client.id, status: 'active', limit: 50 })
  const drafts = useCoreQuery('programs.list', { clientId: client.id, status: 'draft', limit: 50 })
  const schedule = useCoreQuery('programs.schedule', { clientId: client.id, from: today, limit: 50 })
  const current = active.data ? currentProgram(active.data.items, today) : null
  // The schedule also holds dates of drafts and completed programs; the client trains the active ones.
  const next: ScheduledSession[] = (schedule.data?.items ?? []).filter((s) => s.programStatus === 'active').slice(0, NEXT_SESSIONS)
  const others = (active.data?.items.length ?? 1) - 1
  const error = active.error ?? schedule.error ?? drafts.error
  const archived = client.archivedAt !== null
  return (
    <section className="card client-program" aria-labelledby={titleId} data-testid="client-program">
      <header className="client-program-header">
        <h2 id={titleId}>Training program</h2>
        <Link to={`/programs?client=${client.id}`} className="client-program-all">
          All {client.name}’s programs
        </Link>
      </header>
      {notice && <Notice kind="success">{notice}</Notice>}
      {error && <Notice kind="error">The program could not be loaded: {error.message}</Notice>}
      {active.isPending ? (
        <DelayedLoading label="Loading the program…" />
      ) : current ? (
        <>
          <div className="client-program-current">
            <div>
              <p className="client-program-name">
                <Link to={`/programs/${current.id}`}>{current.name}</Link>
              </p>
              <p className="client-program-facts">
                <strong>{progressText(current, today)}</strong>
                {current.startDate && current.endDate && (
                  <>
                    {' '}
                    · {dateText(current.startDate)} – {dateText(current.endDate)}
                  </>
                )}
                {current.weekdays && <> · {weekdaysText(current.weekdays)}</>}
              </p>
              {current.goal && <p className="client-program-goal">{current.goal}</p>}
              {others > 0 && <p className="field-hint">{plural(others, 'other active program', 'other active programs')} in the list of programs.</p>}
            </div>
            <div className="client-program-actions">
              <Link className="button button-primary" to={`/programs/${current.id}`}>
                Open in designer
              </Link>
              <ExportPlanButton programId={current.id} />
              <button type="button" className="button" onClick={() => setRescheduling(true)} disabled={archived}>
                Reschedule…
              </button>
              <button type="button" className="button" onClick={() => setAssigning(true)} disabled={archived}>
                Reassign…
              </button>
            </div>
          </div>
          <h3 className="client-program-next-title">Next sessions</h3>
          {next.length === 0 ? (
            <p className="empty-note">No sessions from today on.</p>
          ) : (
            <ol className="client-program-next" aria-label="Next sessions">
              {next.map((s) => (
                <li key={s.id} className={s.date === today ? 'is-today' : undefined}>
                  <span className="next-day">{dayText(s.date, today)}</span>
                  <span className="next-date">{dateText(s.date)}</span>
                  <span className="next-name">{s.sessionName ?? 'Removed session'}</span>
                  <span className="next-week">
                    week {s.weekNumber}
                    {s.programId !== current.id && ` · ${s.programName}`}
                  </span>
                </li>
              ))}
            </ol>
          )}
        </>
      ) : (
        <div className="client-program-empty">
          <p className="empty-note">
            {archived
              ? `${client.name} is archived and has no current program.`
              : drafts.data && drafts.data.items.length > 0
                ? `No current program. ${plural(drafts.data.items.length, 'draft waits', 'drafts wait')} in the list of programs; give one dates to start it, or assign a template.`
                : `${client.name} has no program yet. Assign a template, with the days they train.`}
          </p>
          {!archived && (
            <button type="button" className="button button-primary" onClick={() => setAssigning(true)}>
              Assign a program…
            </button>
          )}
        </div>
      )}
      <ClientAssignDialog
        open={assigning}
        clientId={client.id}
        clientName={client.name}
        current={current}
        onClose={() => setAssigning(false)}
        onAssigned={(program) => {
          setAssigning(false)
          setNotice(`Assigned “${program.document.name}” from ${dateText(program.startDate ?? today)}.`)
        }}
      />
      {rescheduling && current && (
        <RescheduleDialog
          program={current}
          flush={() => Promise.resolve()}
          onClose={() => setRescheduling(false)}
          onDone={() => {
            setRescheduling(false)
            setNotice(`Rescheduled “${current.name}”.`)
          }}
        />
      )}
    </section>
  )
}
