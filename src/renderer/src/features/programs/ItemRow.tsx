import { memo, type DragEvent, type KeyboardEvent } from 'react'
import { GROUP_KIND_LABELS, GROUP_KINDS, type GroupKind, LOAD_KIND_LABELS, LOAD_KINDS, LOAD_LIMITS, TEMPO_PATTERN, type Load, type LoadKind, type Prescription, type ProgramItem } from '../../../../shared/programs'
import type { ExerciseFacts, Severity } from '../../../../shared/programs'
import { NumberCell, TextCell } from './cells'

export interface ItemActions {
  /** Changes this item's prescription; typing in one field merges into one undo step. */
  prescribe(itemId: string, patch: Partial<Prescription>, field: string): void
  move(itemId: string, direction: -1 | 1): void
  /** To the end of its block in the previous or next session (across weeks at a week's edge). */
  moveToSession(itemId: string, direction: -1 | 1): void
  /** To the same session of the previous or next week. */
  moveToWeek(itemId: string, direction: -1 | 1): void
  group(itemId: string): void
  setGroupKind(itemId: string, kind: GroupKind): void
  remove(itemId: string): void
  openSwap(itemId: string): void
  /** Drag and drop: the dragged item goes just before this one. */
  dropBefore(draggedId: string, itemId: string): void
}

/** The keys that move a row, as the buttons' titles and aria-keyshortcuts say. */
function moveOf(event: KeyboardEvent<HTMLElement>): { to: 'place' | 'session' | 'week'; direction: -1 | 1 } | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null
  if (event.key === 'PageUp' || event.key === 'PageDown') return { to: 'week', direction: event.key === 'PageUp' ? -1 : 1 }
  if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return null
  return { to: event.shiftKey ? 'session' : 'place', direction: event.key === 'ArrowUp' ? -1 : 1 }
}

/** The drag data type, so only the designer's own rows are accepted as drops. */
export const ITEM_DRAG_TYPE = 'application/x-spotter-item'

export function isItemDrag(event: DragEvent): boolean {
  return event.dataTransfer.types.includes(ITEM_DRAG_TYPE)
}

interface ItemRowProps {
  item: ProgramItem
  label: string | null
  exercise: ExerciseFacts | undefined
  /** The worst check on this item, to mark the row. */
  flag: Severity | null
  readOnly: boolean
  actions: ItemActions
}

function loadWith(kind: LoadKind | '', previous: Load | null): Load | null {
  if (kind === '') return null
  if (kind === 'bodyweight') return { kind }
  const limits = LOAD_LIMITS[kind]
  const value = previous && previous.kind !== 'bodyweight' ? Math.min(limits.max, Math.max(limits.min, previous.value)) : limits.min
  return { kind, value }
}

const acceptTempo = (text: string): string | undefined => {
  const t = text.trim().toUpperCase()
  return t === '' || TEMPO_PATTERN.test(t) ? t : undefined
}

/** One exercise of a session with its prescription. Memoized: typing in one row leaves the others alone. */
export const ItemRow = memo(function ItemRow({ item, label, exercise, flag, readOnly, actions }: ItemRowProps) {
  const p = item.prescription
  const name = exercise?.name ?? 'Unknown exercise'
  const measurement = exercise?.measurement ?? 'reps'
  const set = (patch: Partial<Prescription>, field: string) => actions.prescribe(item.id, patch, field)
  const load = p.load
  // The group's kind is shown and chosen once, on its first item.
  const firstOfGroup = item.group !== null && label === `${item.group}1`
  return (
    <li
      id={`item-${item.id}`}
      className={`item-row${flag ? ` item-flag-${flag}` : ''}`}
      data-testid="item-row"
      onDragOver={(e) => {
        if (readOnly || !isItemDrag(e)) return
        e.preventDefault()
        e.currentTarget.classList.add('drop-before')
      }}
      onDragLeave={(e) => e.currentTarget.classList.remove('drop-before')}
      onDrop={(e) => {
        e.currentTarget.classList.remove('drop-before')
        const dragged = e.dataTransfer.getData(ITEM_DRAG_TYPE)
        if (readOnly || !dragged) return
        e.preventDefault()
        e.stopPropagation()
        actions.dropBefore(dragged, item.id)
      }}
      onKeyDown={(e) => {
        const move = readOnly ? null : moveOf(e)
        if (!move) return
        e.preventDefault()
        if (move.to === 'place') actions.move(item.id, move.direction)
        else if (move.to === 'session') actions.moveToSession(item.id, move.direction)
        else actions.moveToWeek(item.id, move.direction)
      }}
    >
      <span
        className="drag-handle"
        aria-hidden="true"
        draggable={!readOnly}
        title="Drag to move: onto a row, a block or a week (keys: Alt+Up / Down, Alt+Shift+Up / Down for another session, Alt+Page Up / Down for another week)"
        data-testid="drag-handle"
        onDragStart={(e) => {
          e.dataTransfer.setData(ITEM_DRAG_TYPE, item.id)
          e.dataTransfer.effectAllowed = 'move'
        }}
      >
        ⠿
      </span>
      <span className="item-label" aria-label={label && item.groupKind ? `${GROUP_KIND_LABELS[item.groupKind]} ${label}` : undefined}>
        <span className="item-label-code">{label ?? ''}</span>
        {firstOfGroup && item.groupKind && (
          <span className="item-group-kind" aria-hidden="true">
            {GROUP_KIND_LABELS[item.groupKind]}
          </span>
        )}
      </span>
      <span className="item-name">
        <span className="item-exercise">{name}</span>
        {flag && <span className={`item-flag-dot flag-${flag}`} aria-label={flag === 'error' ? 'Has a problem' : 'Has a warning'} role="img" />}
      </span>
      <span className="item-fields">
        <span className="cell-unit">
<NumberCell label={`Sets, ${name}`} value={p.sets} min={1} max={20} onCommit={(v) => v !== null && set({ sets: v }, 'sets')} className="cell-sets" />
<span aria-hidden="true">sets</span>
</span>
        {measurement === 'reps' || p.reps ? (
          <span className="cell-pair">
            <NumberCell
              label={`Reps from, ${name}`}
              value={p.reps?.min ?? null}
              min={1}
              max={200}
              optional={measurement !== 'reps'}
              accept={(v) => v <= (p.reps?.max ?? 200)}
              onCommit={(v) => set({ reps: v === null ? null : { min: v, max: p.reps?.max ?? v } }, 'reps-min')}
            />
            <span aria-hidden="true">–</span>
            <NumberCell
              label={`Reps to, ${name}`}
              value={p.reps?.max ?? null}
              min={1}
              max={200}
              optional={measurement !== 'reps'}
              accept={(v) => v >= (p.reps?.min ?? 1)}
              onCommit={(v) => set({ reps: v === null ? null : { min: p.reps?.min ?? v, max: v } }, 'reps-max')}
            />
            <span aria-hidden="true">reps</span>
          </span>
        ) : null}
        {(measurement === 'hold' || p.holdSeconds !== null) && (
          <span className="cell-unit">
<NumberCell label={`Hold seconds, ${name}`} value={p.holdSeconds} min={1} max={600} optional onCommit={(v) => set({ holdSeconds: v }, 'hold')} />
<span aria-hidden="true">s hold</span>
</span>
        )}
        {(measurement === 'duration' || p.durationMinutes !== null) && (
          <span className="cell-unit">
<NumberCell label={`Minutes, ${name}`} value={p.durationMinutes} min={1} max={300} optional onCommit={(v) => set({ durationMinutes: v }, 'duration')} />
<span aria-hidden="true">min</span>
</span>
        )}
        {(measurement === 'distance' || p.distanceMeters !== null) && (
          <span className="cell-unit">
<NumberCell label={`Metres, ${name}`} value={p.distanceMeters} min={1} max={100_000} optional onCommit={(v) => set({ distanceMeters: v }, 'distance')} />
<span aria-hidden="true">m</span>
</span>
        )}
        <label className="cell-check">
          <input type="checkbox" checked={p.perSide} onChange={(e) => set({ perSide: e.target.checked }, 'per-side')} />
          <span>per side</span>
          <span className="visually-hidden">, {name}</span>
        </label>
        <select
          className="cell cell-load-kind"
          aria-label={`Load, ${name}`}
          value={load?.kind ?? ''}
          onChange={(e) => set({ load: loadWith(e.target.value as LoadKind | '', load) }, 'load-kind')}
        >
          <option value="">No load</option>
          {LOAD_KINDS.map((k) => (
            <option key={k} value={k}>
              {LOAD_KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {load && load.kind !== 'bodyweight' && (
          <NumberCell
            label={`${LOAD_KIND_LABELS[load.kind]} value, ${name}`}
            value={load.value}
            min={LOAD_LIMITS[load.kind].min}
            max={LOAD_LIMITS[load.kind].max}
            step={LOAD_LIMITS[load.kind].step}
            onCommit={(v) => v !== null && set({ load: { kind: load.kind, value: v } }, 'load')}
          />
        )}
        <TextCell label={`Tempo, ${name}`} value={p.tempo ?? ''} maxLength={20} placeholder="tempo" accept={acceptTempo} onCommit={(v) => set({ tempo: v || null }, 'tempo')} className="cell-tempo" />
        <span className="cell-unit">
<NumberCell label={`Rest seconds, ${name}`} value={p.restSeconds} min={0} max={900} onCommit={(v) => v !== null && set({ restSeconds: v }, 'rest')} className="cell-rest" />
<span aria-hidden="true">s rest</span>
</span>
        <TextCell label={`Notes, ${name}`} value={p.notes} maxLength={500} placeholder="notes" onCommit={(v) => set({ notes: v }, 'notes')} className="cell-notes" />
      </span>
      <span className="item-actions">
        <button type="button" className="button button-small" onClick={() => actions.openSwap(item.id)} aria-label={`Swap ${name}`}>
          Swap
        </button>
        <button type="button" className="button button-small" onClick={() => actions.move(item.id, -1)} aria-label={`Move ${name} up`} aria-keyshortcuts="Alt+ArrowUp Alt+Shift+ArrowUp Alt+PageUp" title="Move up (Alt+Up; Alt+Shift+Up: previous session; Alt+Page Up: previous week)">
          ↑
        </button>
        <button type="button" className="button button-small" onClick={() => actions.move(item.id, 1)} aria-label={`Move ${name} down`} aria-keyshortcuts="Alt+ArrowDown Alt+Shift+ArrowDown Alt+PageDown" title="Move down (Alt+Down; Alt+Shift+Down: next session; Alt+Page Down: next week)">
          ↓
        </button>
        {firstOfGroup && item.groupKind && (
          <select className="cell cell-group-kind" aria-label={`Group kind, ${name}`} value={item.groupKind} onChange={(e) => actions.setGroupKind(item.id, e.target.value as GroupKind)}>
            {GROUP_KINDS.map((k) => (
              <option key={k} value={k}>
                {GROUP_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
        <button
          type="button"
          className="button button-small"
          onClick={() => actions.group(item.id)}
          aria-label={item.group ? `Ungroup ${name}` : `Group ${name} with the one above`}
          title={item.group ? 'Take out of its superset or circuit' : 'Group with the one above (a superset; switch it to a circuit once grouped)'}
        >
          {item.group ? 'Ungroup' : 'Group'}
        </button>
        <button type="button" className="button button-small button-quiet" onClick={() => actions.remove(item.id)} aria-label={`Remove ${name}`}>
          ✕
        </button>
      </span>
    </li>
  )
})
