import { useParams } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { Notice } from '../../components/Notice'
import { usePageTitle } from '../../lib/usePageTitle'
import { ClientForm } from './ClientForm'
import { ClientMissing } from './ClientMissing'
import { isNotFound, useClient, useUnits } from './useClientData'
import { BackLink } from '../../components/BackLink'
import './clients.css'

export function ClientCreatePage() {
  usePageTitle('New client')
  const { units, error } = useUnits()
  return (
    <section className="page client-form-page">
      <BackLink to="/clients">Clients</BackLink>
      <h1>New client</h1>
      <p className="page-lead">Only the name is required; the rest can be filled in as you learn it.</p>
      {error && <Notice kind="error">Settings could not be loaded: {error.message}</Notice>}
      {units ? <ClientForm units={units} client={null} /> : !error && <DelayedLoading />}
    </section>
  )
}

export function ClientEditPage() {
  const { clientId = '' } = useParams()
  const client = useClient(clientId)
  const { units, error } = useUnits()
  usePageTitle(client.data ? `Edit ${client.data.name}` : 'Edit client')
  if (isNotFound(client.error)) {
    return (
      <section className="page">
        <ClientMissing />
      </section>
    )
  }
  const problem = client.error ?? error
  return (
    <section className="page client-form-page">
      <BackLink to={`/clients/${clientId}`}>{client.data?.name ?? 'Client'}</BackLink>
      <h1>{client.data ? `Edit ${client.data.name}` : 'Edit client'}</h1>
      {problem && <Notice kind="error">This client could not be loaded: {problem.message}</Notice>}
      {client.data && units ? <ClientForm key={client.data.id} units={units} client={client.data} /> : !problem && <DelayedLoading />}
    </section>
  )
}
