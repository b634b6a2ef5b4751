import { useMemo, useRef, useState } from 'react'
import { Link, Navigate, useNavigate, useParams, useSearchParams } from 'react-router'
import type { SessionLog } from '../../../../../shared/logs'
import type { Units } from '../../../../../shared/settings'
import { BackLink } from '../../../components/BackLink'
import { DelayedLoading } from '../../../components/DelayedLoading'
import { Notice } from '../../../components/Notice'
import { useCoreQuery } from '../../../lib/query'
import { todayIso } from '../../../lib/todayIso'
import { useFlashNotice } from '../../../lib/useFlashNotice'
import { usePageTitle } from '../../../lib/usePageTitle'
import { formatDay, recordName, recordValue } from '../progressText'
import { DeleteLogDialog } from './DeleteLogDialog'
import { LogEditor } from './LogEditor'
import { sheetFromDraft, sheetFromLog, type SheetMeta } from './sheetMapping'
import type { Sheet } from './sheet'
import '../progress.css'

/** What the page says after a save: the records the log set, if any. */
function savedNotice(log: SessionLog, units: Units): string {
  if (log.records.length === 0) return `Saved the session of ${formatDay(log.date)}.`
  const records = log.records.map((r) => `${r.exerciseName}: ${recordName(r.kind)} ${recordValue(r.kind, r.value, units)}`)
  return `Saved the session of ${formatDay(log.date)}. New personal ${log.records.length === 1 ? 'record' : 'records'}: ${records.join('; ')}.`
}

function Header({ clientId, clientName, title, sub }: { clientId: string; clientName: string; title: string; sub: string | null }) {
  usePageTitle(`${title} · ${clientName}`)
  return (
    <>
      <BackLink to={`/clients/${clientId}`}>{clientName}</BackLink>
      <header className="log-header">
        <h1>{title}</h1>
        {sub && <p className="log-sub">{sub}</p>}
      </header>
    </>
  )
}

/** A new log: from a dated session (prefilled with that week's targets) or a blank one without a plan. */
export function NewLogPage() {
  const { clientId = '' } = useParams()
  const [params] = useSearchParams()
  const scheduled = params.get('scheduled')
  const navigate = useNavigate()
  const settings = useCoreQuery('settings.get', {})
  const client = useCoreQuery('clients.get', { id: clientId })
  const prefill = useCoreQuery('logs.prefill', { clientId, scheduledSessionId: scheduled ?? undefined }, { enabled: scheduled !== null, gcTime: 0 })
  const units = settings.data?.units
  const start = useMemo((): { sheet: Sheet; meta: SheetMeta } | null => {
    if (!units || !client.data) return null
    if (scheduled === null) {
      const sheet: Sheet = { date: todayIso(), startTime: '', durationMinutes: '', effort: '', notes: '', pain: null, entries: [] }
      return { sheet, meta: { clientId, programId: null, scheduledSessionId: null, programSessionId: null, weekNumber: null, title: '' } }
    }
    return prefill.data ? sheetFromDraft(prefill.data, units) : null
  }, [units, client.data, scheduled, prefill.data, clientId])

  const problem = settings.error ?? client.error ?? prefill.error
  // Set once this sheet is saved: the save's data.changed refetches the prefill, which then names the new
  // log as "already logged". That answer can come while the saved log's page (a lazy chunk) is still
  // loading and this page still shows, and its redirect must not replace the "Saved" notice.
  const savedHere = useRef(false)
  const existing = prefill.data?.existingLogId
  if (existing && !savedHere.current) return <Navigate to={`/clients/${clientId}/log/${existing}`} replace state={{ notice: 'This session was already logged; here is its log to check or correct.' }} />
  const draft = prefill.data
  const title = draft ? `Log ${draft.title || 'a session'}` : 'Log a session'
  const sub = draft ? [draft.programName, draft.weekNumber ? `week ${draft.weekNumber}` : null, draft.phase || null, `planned for ${formatDay(draft.date)}`].filter(Boolean).join(' · ') : 'A session without a plan: add what the client did.'
  return (
    <section className="page log-page">
      {problem && <Notice kind="error">This session could not be opened: {problem.message}</Notice>}
      {client.data && <Header clientId={clientId} clientName={client.data.name} title={title} sub={sub} />}
      {start && units ? (
        <LogEditor
          initial={start.sheet}
          meta={start.meta}
          units={units}
          onCancel={() => void navigate(`/clients/${clientId}`)}
          onSaved={(log) => {
            savedHere.current = true
            void navigate(`/clients/${clientId}/log/${log.id}`, { replace: true, state: { notice: savedNotice(log, units) } })
          }}
        />
      ) : (
        !problem && <DelayedLoading />
      )}
    </section>
  )
}

/** A saved log, to check, correct or delete. */
export function EditLogPage() {
  const { clientId = '', logId = '' } = useParams()
  const navigate = useNavigate()
  const [notice, setNotice] = useFlashNotice()
  const [deleting, setDeleting] = useState(false)
  const settings = useCoreQuery('settings.get', {})
  const log = useCoreQuery('logs.get', { id: logId })
  const units = settings.data?.units
  // The sheet starts from the stored log once, then from what each save returns (a refetch of the same
  // log must not reset what the trainer is typing).
  const [saved, setSaved] = useState<SessionLog | null>(null)
  const source = saved ?? log.data
  const start = useMemo(() => (source && units ? sheetFromLog(source, units) : null), [saved, log.data?.id, units]) // eslint-disable-line react-hooks/exhaustive-deps
  const problem = settings.error ?? log.error
  const data = source
  const sub = data ? [data.programName, data.weekNumber ? `week ${data.weekNumber}` : null, formatDay(data.date)].filter(Boolean).join(' · ') : null
  const sets = data ? data.entries.reduce((n, e) => n + e.sets.length, 0) : 0
  return (
    <section className="page log-page">
      {problem && <Notice kind="error">This log could not be opened: {problem.message}</Notice>}
      {data && <Header clientId={data.clientId} clientName={data.clientName} title={data.title ? `Log: ${data.title}` : 'Session log'} sub={sub} />}
      {notice && <Notice kind="success">{notice}</Notice>}
      {data && (
        <p className="log-links">
          <Link to={`/clients/${data.clientId}/progress`}>See {data.clientName}’s progress</Link>
        </p>
      )}
      {start && units && data ? (
        <LogEditor
          key={saved?.updatedAt ?? 'stored'}
          initial={start.sheet}
          meta={start.meta}
          units={units}
          onCancel={() => void navigate(`/clients/${clientId}`)}
          onSaved={(saved) => {
            setNotice(savedNotice(saved, units))
            setSaved(saved)
          }}
          extraActions={
            <button type="button" className="button button-danger-outline log-delete" onClick={() => setDeleting(true)}>
              Delete log
            </button>
          }
        />
      ) : (
        !problem && <DelayedLoading />
      )}
      {data && (
        <DeleteLogDialog
          open={deleting}
          logId={data.id}
          date={data.date}
          sets={sets}
          onClose={() => setDeleting(false)}
          onDeleted={() => void navigate(`/clients/${data.clientId}`, { state: { notice: `Deleted the session log of ${formatDay(data.date)}.` } })}
        />
      )}
    </section>
  )
}
