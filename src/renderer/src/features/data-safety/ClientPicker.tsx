import { useState } from 'react'
import { Field } from '../../components/Field'
import { useCoreQuery } from '../../lib/query'

/** Type part of a name, then pick the client from the matches (archived clients included). */
export function ClientPicker({ value, onChange, error }: { value: string; onChange(id: string, name: string): void; error?: string }) {
  const [query, setQuery] = useState('')
  const clients = useCoreQuery('clients.list', { query, status: 'all', sort: 'name', limit: 100 })
  const items = clients.data?.items ?? []
  return (
    <div className="ds-client-picker">
      <Field label="Find the client" hint="Type part of a name, email or phone number.">
        {(control) => <input {...control} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />}
      </Field>
      <Field label="Client" error={error} required>
        {(control) => (
          <select
            {...control}
            size={Math.min(6, Math.max(2, items.length))}
            value={value}
            onChange={(e) => onChange(e.target.value, items.find((c) => c.id === e.target.value)?.name ?? '')}
          >
            {items.map((client) => (
              <option key={client.id} value={client.id}>
                {client.name}
                {client.archivedAt ? ' (archived)' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      {clients.data && clients.data.total > items.length && <p className="field-hint">Showing the first {items.length} of {clients.data.total}; type to narrow.</p>}
      {clients.data && items.length === 0 && <p className="field-hint">No client matches.</p>}
    </div>
  )
}
