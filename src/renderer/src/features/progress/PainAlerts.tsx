import { useId, useState } from 'react'
import type { PainAlert } from '../../../../shared/logs'
import { BODY_AREA_LABELS } from '../../../../shared/vocabulary'
import { AppLink } from '../../components/AppLink'
import { useCoreMutation } from '../../lib/query'
import { formatDay } from './progressText'

function whereText(alert: PainAlert): string {
  const w = alert.where
  if (w.kind === 'session') return 'during the session'
  const label = w.label ? ` (${w.label})` : ''
  return `in set ${w.setNumber ?? '?'} of ${w.exerciseName ?? 'an exercise'}${label}`
}

/** Open pain alerts with the safety guidance; each stays until the trainer resolves it. */
export function PainAlerts({ alerts, guidance, showClient }: { alerts: readonly PainAlert[]; guidance: string; showClient: boolean }) {
  if (alerts.length === 0) return null
  return (
    <div className="pain-alerts" role="region" aria-label="Open pain alerts">
      <p className="pain-guidance">
        <strong>Stop and refer.</strong> {guidance}
      </p>
      <ul className="pain-alert-list">
        {alerts.map((alert) => (
          <PainAlertRow key={alert.id} alert={alert} showClient={showClient} />
        ))}
      </ul>
    </div>
  )
}

function PainAlertRow({ alert, showClient }: { alert: PainAlert; showClient: boolean }) {
  const id = useId()
  const resolve = useCoreMutation('pain.resolve')
  const [resolving, setResolving] = useState(false)
  const [note, setNote] = useState('')
  const area = BODY_AREA_LABELS[alert.area]
  const who = showClient ? `${alert.clientName}: ` : ''
  return (
    <li className="pain-alert" data-testid="pain-alert">
      <div className="pain-alert-text">
        <strong>
          {showClient && (
            <>
              <AppLink to={`/clients/${alert.clientId}`}>{alert.clientName}</AppLink>
              {' · '}
            </>
          )}
          {area} pain
        </strong>{' '}
        {whereText(alert)} on <AppLink to={`/clients/${alert.clientId}/log/${alert.logId}`}>{formatDay(alert.date)}</AppLink>
        {alert.note && <span className="pain-alert-note">“{alert.note}”</span>}
      </div>
      {resolving ? (
        <form
          className="pain-resolve"
          onSubmit={(e) => {
            e.preventDefault()
            resolve.mutate({ id: alert.id, note: note.trim() })
          }}
        >
          <label htmlFor={`${id}-note`}>What was done or advised</label>
          <input id={`${id}-note`} className="cell" type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. seen by physio, cleared to train" autoFocus />
          <button type="submit" className="button button-small button-primary" disabled={resolve.isPending} aria-label={`Mark resolved: ${who}${area} pain`}>
            Mark resolved
          </button>
          <button type="button" className="button button-small" onClick={() => setResolving(false)}>
            Cancel
          </button>
          {resolve.error && <p className="field-error">{resolve.error.message}</p>}
        </form>
      ) : (
        <button type="button" className="button button-small" onClick={() => setResolving(true)}>
          Resolve<span className="visually-hidden">
            {' '}
            {who}
            {area} pain of {formatDay(alert.date)}
          </span>
        </button>
      )}
    </li>
  )
}
