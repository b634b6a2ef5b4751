import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { CheckboxGroup } from '../../components/CheckboxGroup'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { defaultWeekdays } from '../../../../shared/program-document'
import { WEEKDAY_NAMES, type ProgramSummary } from '../../../../shared/programs'
import { issuesByPath } from '../../lib/api'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'

export const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: String(i + 1), label }))

/** The days to propose: the template's own suggestion when it has one for each session, else days spread out. */
export function proposedDays(program: Pick<ProgramSummary, 'weekdays' | 'sessionsPerWeek'>): string[] {
  const days = program.weekdays && program.weekdays.length >= program.sessionsPerWeek ? program.weekdays : defaultWeekdays(program.sessionsPerWeek)
  return days.map(String)
}

/** Copies a template (or any program) to a client with a start date and weekdays, then opens the copy. */
export function AssignDialog({ program, clientId, onClose }: { program: ProgramSummary | null; clientId?: string; onClose(): void }) {
  const navigate = useNavigate()
  const clients = useCoreQuery('clients.list', { limit: 500 }, { enabled: program !== null })
  const assign = useCoreMutation('programs.assign')
  const [client, setClient] = useState(clientId ?? '')
  const [startDate, setStartDate] = useState(todayIso)
  const [days, setDays] = useState<string[]>(['1', '3', '5'])
  const [replace, setReplace] = useState(true)
  // A client who already trains on a program: offer to let the new one take over from its start date.
  const active = useCoreQuery('programs.list', { clientId: client, status: 'active', limit: 5 }, { enabled: program !== null && client !== '' })
  const current = client ? active.data?.items[0] : undefined
  useEffect(() => {
    if (!program) return
    assign.reset()
    setReplace(true)
    setClient(clientId ?? '')
    setDays(proposedDays(program))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when another program is chosen
  }, [program, clientId])
  const errors = issuesByPath(assign.error)
  const submit = () => {
    if (!program) return
    assign.mutate(
      { programId: program.id, clientId: client, startDate, weekdays: days.map(Number), replaceActive: current !== undefined && replace },
      { onSuccess: (copy) => void navigate(`/programs/${copy.id}`) }
    )
  }
  return (
    <Dialog
      open={program !== null}
      title={program ? `Assign “${program.name}”` : 'Assign'}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="assign-form" className="button button-primary" disabled={assign.isPending}>
            {assign.isPending ? 'Assigning…' : 'Assign'}
          </button>
        </>
      }
    >
      <form
        id="assign-form"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        {assign.error && !errors.clientId && !errors.startDate && !errors.weekdays && <Notice kind="error">{assign.error.message}</Notice>}
        <p className="field-hint">The client gets a copy to adapt; the template stays as it is.</p>
        <Field label="Client" required error={errors.clientId}>
          {(control) => (
            <select {...control} value={client} onChange={(e) => setClient(e.target.value)}>
              <option value="">Choose a client…</option>
              {clients.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Start date" required error={errors.startDate}>
          {(control) => <input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
        </Field>
        <CheckboxGroup legend="Training days" hint={daysHint(program)} fieldKey="weekdays" error={errors.weekdays} options={WEEKDAY_OPTIONS} selected={days} onChange={setDays} columns={4} />
        {current && (
          <label className="checkbox assign-replace">
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            <span>
              Complete “{current.name}” and drop its sessions from the start date on
            </span>
          </label>
        )}
      </form>
    </Dialog>
  )
}

/** Says where the proposed days come from, so the trainer knows they are a suggestion. */
export function daysHint(program: Pick<ProgramSummary, 'weekdays' | 'sessionsPerWeek' | 'isTemplate'> | null | undefined): string | undefined {
  if (!program) return undefined
  const own = program.weekdays !== null && program.weekdays.length >= program.sessionsPerWeek
  return `${program.sessionsPerWeek} ${program.sessionsPerWeek === 1 ? 'session' : 'sessions'} a week; ${own ? (program.isTemplate ? 'the days this template suggests are ticked' : 'its current days are ticked') : 'days with rest between them are ticked'}.`
}
