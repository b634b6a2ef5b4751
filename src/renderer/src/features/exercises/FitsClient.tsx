import { memo } from 'react'
import type { Client } from '../../../../shared/clients'
import { TRAINING_LEVEL_LABELS } from '../../../../shared/vocabulary'
import { useCoreQuery } from '../../lib/query'
import { areaWords, listInWords, plural, possessiveOf } from './exerciseText'

const ALL_ACTIVE = { status: 'active', sort: 'name', limit: 500 } as const

interface FitsClientPickerProps {
  clientId: string
  /** The chosen client when loaded (kept in the list even if archived). */
  chosen: Client | undefined
  onChange(clientId: string): void
}

/** "Fits this client": choose one of your clients to see only what suits them. Memoized: a trainer's whole client list is its options, which a keystroke in the search need not re-render. */
export const FitsClientPicker = memo(function FitsClientPicker({ clientId, chosen, onChange }: FitsClientPickerProps) {
  const clients = useCoreQuery('clients.list', ALL_ACTIVE)
  const items = clients.data?.items ?? []
  const missingChosen = chosen && !items.some((c) => c.id === chosen.id)
  return (
    <div className={`field fits-field${clientId ? ' library-filter-on' : ''}`}>
      <label htmlFor="filter-fits">Fits this client</label>
      <select id="filter-fits" value={clientId} onChange={(e) => onChange(e.target.value)} disabled={clients.isPending && !clientId}>
        <option value="">{clients.data && items.length === 0 ? 'No clients yet' : 'Anyone (no client chosen)'}</option>
        {missingChosen && <option value={chosen.id}>{chosen.name}</option>}
        {clientId && !chosen && !items.some((c) => c.id === clientId) && <option value={clientId}>Loading…</option>}
        {items.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  )
})

function placeWords(location: Client['trainingLocation']): string {
  return location === 'home' ? 'home' : location === 'gym' ? 'gym' : 'home or gym'
}

function levelWords(level: Client['level']): string {
  return level === 'beginner' ? 'beginner' : level === 'advanced' ? 'any level' : `up to ${TRAINING_LEVEL_LABELS[level].toLowerCase()}`
}

/** "Showing what fits Marcus Okafor: home, beginner, his equipment; 3 left out because of his knee." */
export function fitsDescription(client: Client, excludedByLimitations: number): string {
  const his = possessiveOf(client)
  const equipment = client.equipment.length === 0 ? 'bodyweight only (no equipment recorded)' : `${his} equipment`
  let text = `Showing what fits ${client.name}: ${placeWords(client.trainingLocation)}, ${levelWords(client.level)}, ${equipment}`
  const areas = [...new Set(client.limitations.map((l) => l.area))].map(areaWords)
  if (areas.length > 0) {
    text +=
      excludedByLimitations > 0
        ? `; ${plural(excludedByLimitations, 'exercise', 'exercises')} left out because of ${his} ${listInWords(areas)}`
        : `; nothing left out for ${his} ${listInWords(areas)}`
  }
  return `${text}.`
}
