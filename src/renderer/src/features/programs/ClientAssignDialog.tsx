import { useEffect, useRef, useState } from 'react'
import { CheckboxGroup } from '../../components/CheckboxGroup'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { PROGRAM_STATUS_LABELS, type Program, type ProgramSummary } from '../../../../shared/programs'
import { issuesByPath } from '../../lib/api'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'
import { daysHint, proposedDays, WEEKDAY_OPTIONS } from './AssignDialog'
import { dateText, plural } from './programText'

/**
 * From the client page: pick a template (or one of the trainer's programs) and give it dates. With a
 * current program, the new one replaces it: the old one is completed from the start date on.
 */
export function ClientAssignDialog({
  open,
  clientId,
  clientName,
  current,
  onClose,
  onAssigned
}: {
  open: boolean
  clientId: string
  clientName: string
  /** The client's active program, which the new one replaces. */
  current: ProgramSummary | null
  onClose(): void
  onAssigned(program: Program): void
}) {
  const templates = useCoreQuery('programs.list', { templates: true, limit: 500 }, { enabled: open })
  // The client's other programs (a draft, or one done before) can be assigned again: a fresh copy with new dates.
  const theirs = useCoreQuery('programs.list', { clientId, limit: 100 }, { enabled: open })
  const earlier = theirs.data?.items.filter((p) => p.id !== current?.id) ?? []
  const choices = [...(templates.data?.items ?? []), ...earlier]
  const assign = useCoreMutation('programs.assign')
  const [programId, setProgramId] = useState('')
  const [startDate, setStartDate] = useState(todayIso)
  const [days, setDays] = useState<string[]>([])
  const [replace, setReplace] = useState(true)
  const [missing, setMissing] = useState(false)
  const templateRef = useRef<HTMLSelectElement>(null)
  const chosen = choices.find((t) => t.id === programId)
  useEffect(() => {
    if (!open) return
    assign.reset()
    setProgramId('')
    setStartDate(todayIso())
    setDays([])
    setReplace(true)
    setMissing(false)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh form each time it opens
  }, [open])
  const errors = issuesByPath(assign.error)
  const builtIn = templates.data?.items.filter((t) => t.builtin) ?? []
  const own = templates.data?.items.filter((t) => !t.builtin) ?? []
  const option = (t: ProgramSummary) => (
    <option key={t.id} value={t.id}>
      {t.name} ({plural(t.weeks, 'week', 'weeks')}, {t.sessionsPerWeek} a week)
    </option>
  )
  return (
    <Dialog
      open={open}
      title={current ? `Reassign ${clientName}` : `Assign a program to ${clientName}`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="client-assign-form" className="button button-primary" disabled={assign.isPending}>
            {assign.isPending ? 'Assigning…' : 'Assign'}
          </button>
        </>
      }
    >
      <form
        id="client-assign-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (!programId) {
            setMissing(true)
            templateRef.current?.focus()
            return
          }
          assign.mutate(
            { programId, clientId, startDate, weekdays: days.map(Number), replaceActive: current !== null && replace },
            { onSuccess: onAssigned }
          )
        }}
      >
        {assign.error && !errors.programId && !errors.startDate && !errors.weekdays && <Notice kind="error">{assign.error.message}</Notice>}
        {templates.error && <Notice kind="error">The templates could not be loaded: {templates.error.message}</Notice>}
        <Field label="Template" required error={missing ? 'Choose a template' : errors.programId} hint="The client gets a copy to adapt; what you copy stays as it is.">
          {(control) => (
            <select
              {...control}
              ref={templateRef}
              value={programId}
              onChange={(e) => {
                setProgramId(e.target.value)
                setMissing(false)
                const next = choices.find((t) => t.id === e.target.value)
                if (next) setDays(proposedDays(next))
              }}
            >
              <option value="">Choose a template…</option>
              {builtIn.length > 0 && <optgroup label="Built in">{builtIn.map(option)}</optgroup>}
              {own.length > 0 && <optgroup label="Your templates">{own.map(option)}</optgroup>}
              {earlier.length > 0 && (
                <optgroup label={`${clientName}’s other programs`}>
                  {earlier.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name} ({PROGRAM_STATUS_LABELS[p.status].toLowerCase()}
                      {p.startDate ? `, from ${dateText(p.startDate)}` : ''})
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
        {chosen?.goal && <p className="field-hint assign-goal">{chosen.goal}</p>}
        <Field label="Start date" required error={errors.startDate}>
          {(control) => <input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
        </Field>
        <CheckboxGroup
          legend="Training days"
          hint={daysHint(chosen) ?? 'Choose a template first; its suggested days are ticked.'}
          fieldKey="weekdays"
          error={errors.weekdays}
          options={WEEKDAY_OPTIONS}
          selected={days}
          onChange={setDays}
          columns={4}
        />
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
