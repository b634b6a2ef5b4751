import { Link } from 'react-router'
import type { ClientSummary } from '../../../../shared/clients'
import { GOAL_TAG_LABELS, TRAINING_LEVEL_LABELS, TRAINING_LOCATION_LABELS } from '../../../../shared/vocabulary'

export const CLIENT_ROW_HEIGHT = 68
const TAGS_SHOWN = 3

interface ClientRowProps {
  client: ClientSummary
  showArchived: boolean
  index: number
  tabIndex: number
  onFocusRow(index: number): void
}

/** One client list row: name and flags, level, where they train, tags, and how to reach them. */
export function ClientRow({ client, showArchived, index, tabIndex, onFocusRow }: ClientRowProps) {
  const tags = [...client.goalTags.map((t) => GOAL_TAG_LABELS[t]), ...client.tags]
  return (
    <Link to={`/clients/${client.id}`} className="client-row" data-testid="client-row" tabIndex={tabIndex} onFocus={() => onFocusRow(index)}>
      <span className="client-row-main">
        <span className="client-row-title">
          <span className="client-row-name">{client.name}</span>
          {client.medicalClearanceNeeded && <span className="badge badge-warning">Medical clearance needed</span>}
          {showArchived && client.archivedAt && <span className="badge badge-muted">Archived</span>}
        </span>
        <span className="client-row-meta">
          <span>{TRAINING_LEVEL_LABELS[client.level]}</span>
          <span aria-hidden="true"> · </span>
          <span>{TRAINING_LOCATION_LABELS[client.trainingLocation]}</span>
          {tags.slice(0, TAGS_SHOWN).map((tag) => (
            <span key={tag} className="tag tag-small">
              {tag}
            </span>
          ))}
          {tags.length > TAGS_SHOWN && <span className="client-row-more">+{tags.length - TAGS_SHOWN}</span>}
        </span>
      </span>
      <span className="client-row-contact">
        {client.email && <span>{client.email}</span>}
        {client.phone && <span>{client.phone}</span>}
      </span>
    </Link>
  )
}
