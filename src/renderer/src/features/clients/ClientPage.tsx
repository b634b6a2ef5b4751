import { useState } from 'react'
import { Link, useNavigate, useParams } from 'react-router'
import type { Client } from '../../../../shared/clients'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { useCoreMutation } from '../../lib/query'
import { usePageTitle } from '../../lib/usePageTitle'
import { ClientMissing } from './ClientMissing'
import { ClientOverview } from './ClientOverview'
import { ClientProgramSection } from '../programs/ClientProgramSection'
import { ClientProgressSection } from '../progress/ClientProgressSection'
import { DeleteClientDialog } from './DeleteClientDialog'
import { useFlashNotice } from '../../lib/useFlashNotice'
import { isNotFound, useClient, useUnits } from './useClientData'
import { BackLink } from '../../components/BackLink'
import './clients.css'

export function ClientPage() {
  const { clientId = '' } = useParams()
  const client = useClient(clientId)
  const { units, error: settingsError } = useUnits()
  usePageTitle(client.data?.name ?? 'Client')

  if (isNotFound(client.error)) {
    return (
      <section className="page">
        <ClientMissing />
      </section>
    )
  }
  const problem = client.error ?? settingsError
  return (
    <section className="page client-page">
      <BackLink to="/clients">Clients</BackLink>
      {problem && <Notice kind="error">This client could not be loaded: {problem.message}</Notice>}
      {client.data && units ? <ClientDetails client={client.data} units={units} /> : !problem && <DelayedLoading />}
    </section>
  )
}

function ClientDetails({ client, units }: { client: Client; units: NonNullable<ReturnType<typeof useUnits>['units']> }) {
  const navigate = useNavigate()
  const [notice, setNotice] = useFlashNotice()
  const [deleting, setDeleting] = useState(false)
  const archive = useCoreMutation('clients.archive')
  const restore = useCoreMutation('clients.restore')
  const archived = client.archivedAt !== null
  const toggle = archived ? restore : archive
  const actionError = archive.error ?? restore.error

  const onToggleArchive = () => {
    archive.reset()
    restore.reset()
    toggle.mutate(
      { id: client.id },
      {
        onSuccess: (saved) =>
          setNotice(
            saved.archivedAt
              ? `Archived ${saved.name}. They are kept under Archived and no longer appear in the active list.`
              : `Restored ${saved.name} to the active list.`
          )
      }
    )
  }

  return (
    <>
      <header className="client-header">
        <div className="client-title">
          <h1>{client.name}</h1>
          <div className="client-badges">
            {archived && <span className="badge badge-muted">Archived</span>}
            {client.medicalClearanceNeeded && <span className="badge badge-warning">Medical clearance needed</span>}
          </div>
        </div>
        <div className="client-actions">
          <Link className="button button-primary" to={`/clients/${client.id}/edit`}>
            Edit
          </Link>
          <Link className="button" to={`/exercises?fits=${client.id}`}>
            Exercises that fit
          </Link>
          <button type="button" className="button" onClick={onToggleArchive} disabled={toggle.isPending}>
            {archived ? 'Restore' : 'Archive'}
          </button>
          <button type="button" className="button button-danger-outline" onClick={() => setDeleting(true)}>
            Delete
          </button>
        </div>
      </header>
      {notice && <Notice kind="success">{notice}</Notice>}
      {actionError && <Notice kind="error">{actionError.message}</Notice>}
      <ClientProgramSection client={client} />
      <ClientProgressSection client={client} />
      <ClientOverview client={client} units={units} />
      <DeleteClientDialog
        client={client}
        open={deleting}
        onClose={() => setDeleting(false)}
        onDeleted={(name) => navigate('/clients', { state: { notice: `Deleted ${name}.` } })}
      />
    </>
  )
}
