import { memo, useState } from 'react'
import { useNavigate } from 'react-router'
import { CheckboxGroup } from '../../components/CheckboxGroup'
import { ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { WEEKDAY_NAMES, type Program } from '../../../../shared/programs'
import { issuesByPath } from '../../lib/api'
import { useCoreMutation, useCoreQuery } from '../../lib/query'
import { todayIso } from '../../lib/todayIso'

const WEEKDAY_OPTIONS = WEEKDAY_NAMES.map((label, i) => ({ value: String(i + 1), label }))

/**
 * Copies of the program (as a template, or a second draft) and, for a client's program, new dates.
 * Each first saves what is waiting, since the core copies or reschedules the stored program. Memoized:
 * the designer header renders again on each save status change, these actions need not.
 */
export const ProgramActions = memo(function ProgramActions({ program, flush, readOnly }: { program: Program; flush(): Promise<void>; readOnly: boolean }) {
  const navigate = useNavigate()
  const asTemplate = useCoreMutation('programs.saveAsTemplate')
  const duplicate = useCoreMutation('programs.duplicate')
  const archive = useCoreMutation('programs.archive')
  const [rescheduling, setRescheduling] = useState(false)
  const [deleting, setDeleting] = useState(false)
  const error = asTemplate.error ?? duplicate.error ?? archive.error
  const copy = async (kind: 'template' | 'duplicate') => {
    await flush()
    const made = kind === 'template' ? await asTemplate.mutateAsync({ id: program.id }) : await duplicate.mutateAsync({ id: program.id })
    void navigate(`/programs/${made.id}`)
  }
  return (
    <div className="program-actions">
      {!program.isTemplate && (
        <button type="button" className="button button-small" onClick={() => void copy('template').catch(() => undefined)}>
          Save as template
        </button>
      )}
      {!readOnly && (
        <button type="button" className="button button-small" onClick={() => void copy('duplicate').catch(() => undefined)}>
          Duplicate program
        </button>
      )}
      {!program.isTemplate && (
        <button type="button" className="button button-small" onClick={() => setRescheduling(true)}>
          Reschedule…
        </button>
      )}
      {program.archivedAt === null && (
        <button
          type="button"
          className="button button-small"
          onClick={() => void flush().then(() => archive.mutate({ id: program.id }, { onSuccess: () => void navigate(listPath(program)) }))}
        >
          Archive
        </button>
      )}
      {!program.builtin && (
        <button type="button" className="button button-small button-quiet" onClick={() => setDeleting(true)}>
          Delete…
        </button>
      )}
      {error && <Notice kind="error">{error.message}</Notice>}
      {deleting && <DeleteDialog program={program} onClose={() => setDeleting(false)} />}
      {rescheduling && (
        <RescheduleDialog
          program={program}
          flush={flush}
          onClose={() => setRescheduling(false)}
          // The designer shows the dates it loaded with; reload it to show the new ones.
          onDone={() => window.location.reload()}
        />
      )}
    </div>
  )
})

function listPath(program: Program): string {
  return program.clientId ? `/programs?client=${program.clientId}` : '/programs'
}

/** Says what goes with the program (its dated sessions...) before erasing it. */
function DeleteDialog({ program, onClose }: { program: Program; onClose(): void }) {
  const navigate = useNavigate()
  const preview = useCoreQuery('programs.deletePreview', { id: program.id })
  const remove = useCoreMutation('programs.delete')
  return (
    <ConfirmDeleteDialog
      title={`Delete “${program.document.name}”?`}
      losses={preview.data?.removes.map((r) => `${r.count} ${r.what}`)}
      cancelLabel="Keep it"
      deleteLabel="Delete for good"
      pending={remove.isPending}
      errors={[remove.error?.message]}
      onCancel={onClose}
      onDelete={() => remove.mutate({ id: program.id, confirm: true }, { onSuccess: () => void navigate(listPath(program)) })}
    >
      <p>This cannot be undone. Archiving keeps it out of sight instead.</p>
    </ConfirmDeleteDialog>
  )
}

type Schedulable = Pick<Program, 'id' | 'startDate' | 'weekdays'> & { name: string }

/** New start date and training days for a client's program; sessions from today on move. */
export function RescheduleDialog({ program, flush, onClose, onDone }: { program: Schedulable | Program; flush(): Promise<void>; onClose(): void; onDone(): void }) {
  const reschedule = useCoreMutation('programs.reschedule')
  const [startDate, setStartDate] = useState(program.startDate ?? todayIso())
  const [days, setDays] = useState<string[]>((program.weekdays ?? [1, 3, 5]).map(String))
  const errors = issuesByPath(reschedule.error)
  return (
    <Dialog
      open
      title={`Reschedule “${'document' in program ? program.document.name : program.name}”`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="reschedule-form" className="button button-primary" disabled={reschedule.isPending}>
            Reschedule
          </button>
        </>
      }
    >
      <form
        id="reschedule-form"
        onSubmit={(e) => {
          e.preventDefault()
          void flush().then(() =>
            reschedule.mutate(
              { id: program.id, startDate, weekdays: days.map(Number) },
              { onSuccess: onDone }
            )
          )
        }}
      >
        {reschedule.error && !errors.startDate && !errors.weekdays && <Notice kind="error">{reschedule.error.message}</Notice>}
        <p className="field-hint">Sessions from today on move to the new dates; past sessions keep theirs.</p>
        <Field label="Start date" required error={errors.startDate}>
          {(control) => <input {...control} type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />}
        </Field>
        <CheckboxGroup legend="Training days" fieldKey="weekdays" error={errors.weekdays} options={WEEKDAY_OPTIONS} selected={days} onChange={setDays} columns={4} />
      </form>
    </Dialog>
  )
}
