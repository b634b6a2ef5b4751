import { memo, useRef, type DragEvent } from 'react'
import { MAX_WEEKS } from '../../../../shared/programs'
import { TextCell } from './cells'
import { isItemDrag, ITEM_DRAG_TYPE } from './ItemRow'

/** Holding a dragged exercise over a week this long opens it, so it can be dropped in a chosen place. */
const OPEN_WEEK_AFTER_MS = 700

/** What the bar shows of a week. */
export interface WeekSummary {
  id: string
  phase: string
}

/** Week picker (each with its phase) and what can be done with the shown week. Memoized: typing in a row leaves it alone. */
export const WeekBar = memo(function WeekBar({
  weeks,
  shown,
  readOnly,
  onShow,
  onPhase,
  onDuplicate,
  onCopyForward,
  onRemove,
  onAppend,
  onDropItem
}: {
  weeks: readonly WeekSummary[]
  shown: number
  readOnly: boolean
  onShow(index: number): void
  onPhase(phase: string): void
  onDuplicate(): void
  onCopyForward(): void
  onRemove(): void
  onAppend(): void
  /** An exercise dropped on a week's button: it goes to the same session of that week. */
  onDropItem(itemId: string, weekIndex: number): void
}) {
  const week = weeks[shown]
  const last = shown === weeks.length - 1
  const hover = useRef<{ index: number; timer: ReturnType<typeof setTimeout> } | null>(null)
  const leave = (e?: DragEvent<HTMLElement>) => {
    e?.currentTarget.classList.remove('drop-target')
    if (hover.current) clearTimeout(hover.current.timer)
    hover.current = null
  }
  const dropProps = (i: number) =>
    readOnly
      ? {}
      : {
          onDragOver: (e: DragEvent<HTMLElement>) => {
            if (!isItemDrag(e) || i === shown) return
            e.preventDefault()
            e.currentTarget.classList.add('drop-target')
            if (hover.current?.index === i) return
            leave()
            hover.current = { index: i, timer: setTimeout(() => onShow(i), OPEN_WEEK_AFTER_MS) }
          },
          onDragLeave: leave,
          onDrop: (e: DragEvent<HTMLElement>) => {
            leave(e)
            const dragged = e.dataTransfer.getData(ITEM_DRAG_TYPE)
            if (!dragged || i === shown) return
            e.preventDefault()
            onDropItem(dragged, i)
          }
        }
  return (
    <div className="week-bar">
      <div className="week-picker-row">
        <nav aria-label="Weeks">
          <ul className="week-picker">
            {weeks.map((w, i) => (
              <li key={w.id}>
                <button type="button" className={`week-button${i === shown ? ' current' : ''}`} aria-current={i === shown ? 'true' : undefined} onClick={() => onShow(i)} {...dropProps(i)}>
                  Week {i + 1}
                  {w.phase && <span className="week-phase">{w.phase}</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        {!readOnly && (
          <button type="button" className="week-button week-add" onClick={onAppend} disabled={weeks.length >= MAX_WEEKS} title="A new last week, a copy of the current last one">
            + Add week
          </button>
        )}
      </div>
      {week && (
        <fieldset className="week-tools" disabled={readOnly}>
          <legend className="visually-hidden">Week {shown + 1}</legend>
          <h2 className="week-title">Week {shown + 1}</h2>
          <label className="detail">
            <span>Phase</span>
            <TextCell label={`Phase of week ${shown + 1}`} value={week.phase} maxLength={60} accept={(t) => t.trim()} onCommit={onPhase} placeholder="e.g. Muscular endurance" />
          </label>
          <button type="button" className="button button-small" onClick={onDuplicate} disabled={weeks.length >= MAX_WEEKS}>
            Duplicate week
          </button>
          <button type="button" className="button button-small" onClick={onCopyForward} disabled={last}>
            {last ? 'No weeks after this one' : `Copy onto weeks ${shown + 2}–${weeks.length}`}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onRemove} disabled={weeks.length <= 1}>
            Remove week {shown + 1}
          </button>
        </fieldset>
      )}
    </div>
  )
})
