import { useEffect, useState } from 'react'
import { useNavigate } from 'react-router'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { TRAINING_LEVEL_LABELS, TRAINING_LEVELS, type TrainingLevel } from '../../../../shared/vocabulary'
import { issuesByPath } from '../../lib/api'
import { useCoreMutation, useCoreQuery } from '../../lib/query'

/** Name, who it is for (a client, or no one: a template), weeks and sessions a week; opens the designer. */
export function NewProgramDialog({ open, clientId, onClose }: { open: boolean; clientId?: string; onClose(): void }) {
  const navigate = useNavigate()
  const clients = useCoreQuery('clients.list', { limit: 500 }, { enabled: open })
  const create = useCoreMutation('programs.create')
  const [name, setName] = useState('')
  const [client, setClient] = useState(clientId ?? '')
  const [level, setLevel] = useState<TrainingLevel>('beginner')
  const [weeks, setWeeks] = useState('8')
  const [sessions, setSessions] = useState('3')
  useEffect(() => {
    if (!open) return
    create.reset()
    setClient(clientId ?? '')
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset when the dialog opens
  }, [open, clientId])
  const errors = issuesByPath(create.error)
  const submit = () =>
    create.mutate(
      { name, clientId: client || null, level, weeks: Number(weeks), sessionsPerWeek: Number(sessions) },
      { onSuccess: (program) => void navigate(`/programs/${program.id}`) }
    )
  return (
    <Dialog
      open={open}
      title="New program"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="new-program-form" className="button button-primary" disabled={create.isPending}>
            Create
          </button>
        </>
      }
    >
      <form
        id="new-program-form"
        onSubmit={(e) => {
          e.preventDefault()
          submit()
        }}
      >
        {create.error && Object.keys(errors).length === 0 && <Notice kind="error">{create.error.message}</Notice>}
        <Field label="Name" required error={errors.name}>
          {(control) => <input {...control} value={name} maxLength={120} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label="For" hint="Leave it with no client to make a template." error={errors.clientId}>
          {(control) => (
            <select {...control} value={client} onChange={(e) => setClient(e.target.value)}>
              <option value="">No client: a template</option>
              {clients.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Level" error={errors.level}>
          {(control) => (
            <select {...control} value={level} onChange={(e) => setLevel(e.target.value as TrainingLevel)}>
              {TRAINING_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {TRAINING_LEVEL_LABELS[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="program-form-pair">
          <Field label="Weeks" error={errors.weeks}>
            {(control) => <input {...control} type="number" min={1} max={52} value={weeks} onChange={(e) => setWeeks(e.target.value)} />}
          </Field>
          <Field label="Sessions a week" error={errors.sessionsPerWeek}>
            {(control) => <input {...control} type="number" min={1} max={7} value={sessions} onChange={(e) => setSessions(e.target.value)} />}
          </Field>
        </div>
      </form>
    </Dialog>
  )
}
