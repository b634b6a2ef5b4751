import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { CheckboxGroup } from '../../components/CheckboxGroup'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { WEEKDAY_NAMES, type ProgramSummary } from '../../../../shared/programs'
import { issuesByPath } from '../../lib/api'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'

const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: String(i + 1), label }))
const DEFAULT_DAYS: Record<number, string[]> = { 1: ['1'], 2: ['1', '4'], 3: ['1', '3', '5'], 4: ['1', '2', '4', '5'], 5: ['1', '2', '3', '4', '5'] }

/** Copies a template (or any program) to a client with a start date and weekdays, then opens the copy. */
export function AssignDialog({ program, clientId, onClose }: { program: ProgramSummary | null; clientId?: string; onClose(): void }) {
  const navigate = useNavigate()
  const clients = useCoreQuery('clients.list', { limit: 500 }, { enabled: program !== null })
  const assign = useCoreMutation('programs.assign')
  const [client, setClient] = useState(clientId ?? '')
  const [startDate, setStartDate] = useState(todayIso)
  const [days, setDays] = useState<string[]>(['1', '3', '5'])
  useEffect(() => {
    if (!program) return
    assign.reset()
    setClient(clientId ?? '')
    setDays(DEFAULT_DAYS[program.sessionsPerWeek] ?? ['1', '3', '5'])
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when another program is chosen
  }, [program, clientId])
  const errors = issuesByPath(assign.error)
  const submit = () => {
    if (!program) return
    assign.mutate(
      { programId: program.id, clientId: client, startDate, weekdays: days.map(Number) },
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
        <CheckboxGroup legend="Training days" fieldKey="weekdays" error={errors.weekdays} options={WEEKDAY_OPTIONS} selected={days} onChange={setDays} columns={4} />
      </form>
    </Dialog>
  )
}
