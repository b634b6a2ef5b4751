import { useId, useState, type ReactNode } from 'react'

export type ChartView = 'chart' | 'table'

const VIEW_KEY = 'spotter.progress.view'

/** The last view the trainer chose (chart or table), for the next card that opens. */
function rememberedView(): ChartView {
  try {
    return localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'chart'
  } catch {
    return 'chart'
  }
}

interface ChartCardProps {
  title: string
  /** One line under the title: what is counted and how. */
  note?: ReactNode
  /** What the chart shows in words, read out instead of the drawing (the table has the numbers). */
  summary: string
  /** Rendered only in chart view, so a hidden chart costs nothing. */
  chart(): ReactNode
  table(): ReactNode
  /** Controls beside the toggle, e.g. a choice of exercise. */
  tools?: ReactNode
  /** Nothing to draw yet: shows this instead of both views. */
  empty?: ReactNode
  className?: string
}

/** A chart with its table: a toggle switches between them; both show the same numbers. */
export function ChartCard({ title, note, summary, chart, table, tools, empty, className }: ChartCardProps) {
  const id = useId()
  const [view, setView] = useState<ChartView>(rememberedView)
  const choose = (next: ChartView) => {
    setView(next)
    try {
      localStorage.setItem(VIEW_KEY, next)
    } catch {
      // Private mode or no storage: the choice just isn't remembered.
    }
  }
  return (
    <section className={`card chart-card${className ? ` ${className}` : ''}`} aria-labelledby={`${id}-title`}>
      <header className="chart-card-header">
        <h3 id={`${id}-title`}>{title}</h3>
        <div className="chart-card-tools">
          {tools}
          {!empty && (
            <div className="view-toggle" role="group" aria-label={`Show ${title} as`}>
              <button type="button" className="button button-small" aria-pressed={view === 'chart'} onClick={() => choose('chart')}>
                Chart
              </button>
              <button type="button" className="button button-small" aria-pressed={view === 'table'} onClick={() => choose('table')}>
                Table
              </button>
            </div>
          )}
        </div>
      </header>
      {note && <p className="chart-note">{note}</p>}
      {empty ? (
        <div className="chart-empty">{empty}</div>
      ) : view === 'chart' ? (
        <div className="chart-figure" role="img" aria-label={summary}>
          {chart()}
        </div>
      ) : (
        table()
      )}
    </section>
  )
}
