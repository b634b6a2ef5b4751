import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { Link, useSearchParams } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { PROGRAM_STATUS_LABELS, PROGRAM_STATUSES, type ProgramStatus, type ProgramSummary } from '../../../../shared/programs'
import { TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { usePageTitle } from '../../lib/usePageTitle'
import { AssignDialog } from './AssignDialog'
import { askDesignerData, programIdOf } from './designerPrefetch'
import { NewProgramDialog } from './NewProgramDialog'
import { ProgramPagedList } from './ProgramPagedList'
import { dateText, plural } from './programText'
import { useProgramPages } from './useProgramPages'
import './programs.css'

function readStatus(value: string | null): ProgramStatus | '' {
  return (PROGRAM_STATUSES as readonly string[]).includes(value ?? '') ? (value as ProgramStatus) : ''
}

function ProgramFacts({ program }: { program: ProgramSummary }) {
  return (
    <span className="program-row-facts">
      {TRAINING_LEVEL_LABELS[program.level]} · {plural(program.weeks, 'week', 'weeks')} · {plural(program.sessionsPerWeek, 'session', 'sessions')} a week
    </span>
  )
}

function Archived({ program, onRestore }: { program: ProgramSummary; onRestore(): void }) {
  if (program.archivedAt === null) return null
  return (
    <>
      <span className="badge badge-warning">Archived</span>
      <button type="button" className="button button-small" onClick={onRestore} aria-label={`Restore ${program.name}`}>
        Restore
      </button>
    </>
  )
}

/**
 * A program's name as a link to the designer. A plain hash link rather than the router's Link: a Link
 * renders again on every address change, and leaving a list of hundreds of programs for the designer
 * would render every row once more before removing it.
 */
function ProgramLink({ program }: { program: ProgramSummary }) {
  return (
    <a className="program-row-name" href={`#/programs/${program.id}`}>
      {program.name}
    </a>
  )
}

/** One client program; memoized, so the page's own renders (filters, dialogs, address) skip the rows. */
const ClientProgramRow = memo(function ClientProgramRow({ program: p, onRestore }: { program: ProgramSummary; onRestore(id: string): void }) {
  return (
    <li className="program-row" data-testid="program-row">
      <ProgramLink program={p} />
      <span className="program-row-client">{p.clientName}</span>
      <span className={`badge badge-${p.status === 'active' ? 'info' : 'muted'}`}>{PROGRAM_STATUS_LABELS[p.status]}</span>
      <ProgramFacts program={p} />
      <Archived program={p} onRestore={() => onRestore(p.id)} />
      {p.startDate && (
        <span className="program-row-dates">
          {dateText(p.startDate)} – {p.endDate ? dateText(p.endDate) : ''}
        </span>
      )}
    </li>
  )
})

const TemplateRow = memo(function TemplateRow({ template: t, onRestore, onUse }: { template: ProgramSummary; onRestore(id: string): void; onUse(template: ProgramSummary): void }) {
  return (
    <li className="program-row" data-testid="template-row">
      <ProgramLink program={t} />
      <span className={`badge badge-${t.builtin ? 'muted' : 'info'}`}>{t.builtin ? 'Built in' : 'Yours'}</span>
      <ProgramFacts program={t} />
      <Archived program={t} onRestore={() => onRestore(t.id)} />
      <button type="button" className="button program-row-action" onClick={() => onUse(t)} aria-label={`Use template ${t.name}`}>
        Use template
      </button>
    </li>
  )
})

/** Templates (built in and the trainer's) and clients' programs, by status and name; ?client=<id> narrows to one client. */
export function ProgramListPage() {
  usePageTitle('Programs')
  const [params, setParams] = useSearchParams()
  const clientId = params.get('client') ?? ''
  // Held in state too, so a click shows at once; the address follows (a router navigation can lag a frame).
  const [status, setStatus] = useState(() => readStatus(params.get('status')))
  const [includeArchived, setIncludeArchived] = useState(() => params.get('archived') === '1')
  const [text, setText] = useState(params.get('q') ?? '')
  // The address changed from outside (the navigation link, Back): it wins.
  useEffect(() => {
    setStatus(readStatus(params.get('status')))
    setIncludeArchived(params.get('archived') === '1')
  }, [params])
  const query = useDeferredValue(text.trim())
  const [assigning, setAssigning] = useState<ProgramSummary | null>(null)
  const [creating, setCreating] = useState(false)
  const restore = useCoreMutation('programs.restore')
  const restoreMutate = restore.mutate
  const onRestore = useCallback((id: string) => restoreMutate({ id }), [restoreMutate])
  // The designer is where a trainer goes from here: have its code ready before the click, and ask for the
  // program as soon as the address turns to it (hash links and the router both go through popstate).
  useEffect(() => {
    void import('./ProgramDesignerPage').catch(() => undefined)
    const onAddress = () => {
      const id = programIdOf(location.hash)
      if (id) askDesignerData(id)
    }
    window.addEventListener('popstate', onAddress)
    return () => window.removeEventListener('popstate', onAddress)
  }, [])
  const client = useCoreQuery('clients.get', { id: clientId }, { enabled: clientId !== '' })
  // Paged (100 at a time, "Show more" for the next): a studio with thousands of programs sees how many
  // there are and can reach every one, without rendering them all at once.
  const templateFilter = useMemo(() => ({ templates: true, query, includeArchived }), [query, includeArchived])
  const programFilter = useMemo(
    () => ({ templates: false, clientId: clientId || null, status: status || null, query, includeArchived }),
    [clientId, status, query, includeArchived]
  )
  const templates = useProgramPages(templateFilter)
  const programs = useProgramPages(programFilter)
  const renderProgram = useCallback((p: ProgramSummary) => <ClientProgramRow key={p.id} program={p} onRestore={onRestore} />, [onRestore])
  const renderTemplate = useCallback((t: ProgramSummary) => <TemplateRow key={t.id} template={t} onRestore={onRestore} onUse={setAssigning} />, [onRestore])
  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
  }
  const error = templates.error ?? programs.error
  return (
    <section className="page programs-page" aria-labelledby="programs-title">
      <header className="programs-header">
        <div>
          <h1 id="programs-title">Programs</h1>
          {clientId && client.data && (
            <p className="programs-sub">
              For {client.data.name} ·{' '}
              <Link to="/programs" onClick={() => setText('')}>
                Show everyone’s
              </Link>
            </p>
          )}
        </div>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          + New program
        </button>
      </header>
      <div className="programs-filters">
        <div className="field programs-search" role="search">
          <label htmlFor="program-search">Search programs</label>
          <input
            id="program-search"
            type="search"
            value={text}
            autoComplete="off"
            maxLength={200}
            onChange={(e) => {
              setText(e.target.value)
              setParam('q', e.target.value.trim())
            }}
          />
        </div>
        <div className="field">
          <label htmlFor="program-status">Status</label>
          <select id="program-status" value={status} onChange={(e) => {
              setStatus(readStatus(e.target.value))
              setParam('status', e.target.value)
            }}>
            <option value="">Any status</option>
            {PROGRAM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PROGRAM_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <label className="programs-archived">
          <input type="checkbox" checked={includeArchived} onChange={(e) => {
              setIncludeArchived(e.target.checked)
              setParam('archived', e.target.checked ? '1' : '')
            }} /> Show archived
        </label>
      </div>
      {error && (
        <Notice kind="error">
          The programs could not be loaded: {error.message}{' '}
          <button type="button" className="button button-quiet" onClick={() => void Promise.all([templates.refetch(), programs.refetch()])}>
            Try again
          </button>
        </Notice>
      )}
      <h2 id="client-programs-title">{clientId && client.data ? `${client.data.name}’s programs` : 'Client programs'}</h2>
      {programs.isPending ? (
        <DelayedLoading label="Loading programs…" />
      ) : programs.data && programs.total === 0 ? (
        <p className="empty-note">{query || status ? 'No program matches.' : 'No client has a program yet. Assign a template or start a new program.'}</p>
      ) : (
        programs.data && (
          <ProgramPagedList pages={programs} labelledBy="client-programs-title" noun="program" filtered={query !== '' || status !== ''} renderRow={renderProgram} />
        )
      )}
      {!status && (
        <>
          <h2 id="templates-title">Templates</h2>
          {templates.isPending ? (
            <DelayedLoading label="Loading templates…" />
          ) : templates.data && templates.total === 0 ? (
            <p className="empty-note">No template matches.</p>
          ) : (
            templates.data && <ProgramPagedList pages={templates} labelledBy="templates-title" noun="template" filtered={query !== ''} renderRow={renderTemplate} />
          )}
        </>
      )}
      <AssignDialog program={assigning} clientId={clientId || undefined} onClose={() => setAssigning(null)} />
      <NewProgramDialog open={creating} clientId={clientId || undefined} onClose={() => setCreating(false)} />
    </section>
  )
}
