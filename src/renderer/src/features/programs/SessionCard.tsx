import { memo, useMemo } from 'react'
import { itemLabels, itemsOfBlock } from '../../../../shared/program-document'
import { estimateSessionMinutes } from '../../../../shared/program-checks'
import { BLOCK_LABELS, BLOCKS, WEEKDAY_NAMES, type Block, type ExerciseFacts, type ProgramSession, type Severity } from '../../../../shared/programs'
import { AddExercise } from './AddExercise'
import { TextCell } from './cells'
import { isItemDrag, ITEM_DRAG_TYPE, ItemRow, type ItemActions } from './ItemRow'

export interface SessionActions extends ItemActions {
  rename(sessionId: string, name: string): void
  setWeekday(sessionId: string, weekday: number | null): void
  duplicate(sessionId: string): void
  add(sessionId: string, block: Block, exercise: ExerciseFacts): void
  /** Drag and drop onto a block (not onto a row): the item goes to the block's end. */
  dropInBlock(draggedId: string, sessionId: string, block: Block): void
}

interface SessionCardProps {
  session: ProgramSession
  exercises: ReadonlyMap<string, ExerciseFacts>
  flags: ReadonlyMap<string, Severity>
  readOnly: boolean
  actions: SessionActions
}

/** One session: its name and day, then warm-up, main and cool-down with their items. */
export const SessionCard = memo(function SessionCard({ session, exercises, flags, readOnly, actions }: SessionCardProps) {
  const labels = useMemo(() => itemLabels(session.items), [session.items])
  const minutes = useMemo(() => estimateSessionMinutes(session), [session])
  return (
    <section className="session-card card" id={`session-${session.id}`} aria-label={session.name} data-testid="session-card">
      <header className="session-header">
        <TextCell
          label="Session name"
          value={session.name}
          maxLength={80}
          accept={(t) => (t.trim() ? t.trim() : undefined)}
          onCommit={(v) => actions.rename(session.id, v)}
          className="session-name"
        />
        <select
          className="cell"
          aria-label={`Day of ${session.name}`}
          value={session.weekday ?? ''}
          onChange={(e) => actions.setWeekday(session.id, e.target.value ? Number(e.target.value) : null)}
        >
          <option value="">Any training day</option>
          {WEEKDAY_NAMES.map((d, i) => (
            <option key={d} value={i + 1}>
              {d}
            </option>
          ))}
        </select>
        <span className="session-minutes">about {minutes} min</span>
        <button type="button" className="button button-small" onClick={() => actions.duplicate(session.id)}>
          Duplicate session
        </button>
      </header>
      {BLOCKS.map((block) => {
        const items = itemsOfBlock(session, block)
        return (
          <div
            key={block}
            className="session-block"
            data-testid={`block-${block}`}
            onDragOver={(e) => {
              if (!readOnly && isItemDrag(e)) e.preventDefault()
            }}
            onDrop={(e) => {
              const dragged = e.dataTransfer.getData(ITEM_DRAG_TYPE)
              if (readOnly || !dragged) return
              e.preventDefault()
              actions.dropInBlock(dragged, session.id, block)
            }}
          >
            <h4 className="block-title">{BLOCK_LABELS[block]}</h4>
            {items.length > 0 && (
              <ol className="item-rows" aria-label={`${BLOCK_LABELS[block]}, ${session.name}`}>
                {items.map((item) => (
                  <ItemRow
                    key={item.id}
                    item={item}
                    label={labels.get(item.id) ?? null}
                    exercise={exercises.get(item.exerciseId)}
                    flag={flags.get(item.id) ?? null}
                    readOnly={readOnly}
                    actions={actions}
                  />
                ))}
              </ol>
            )}
            {!readOnly && <AddExercise sessionId={session.id} sessionName={session.name} block={block} exercises={exercises} onAdd={actions.add} />}
          </div>
        )
      })}
    </section>
  )
})
