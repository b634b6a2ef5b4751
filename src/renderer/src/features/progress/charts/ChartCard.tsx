import { useEffect, useId, useState, type ReactNode } from 'react'

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

/**
 * True once the element is on screen or close to it. Charts further down the page are drawn only when
 * the trainer scrolls towards them, so the page opens with the text and the first chart at once.
 */
function useNearViewport(): [(element: Element | null) => void, boolean] {
  // A callback ref: the figure may mount later than the card (while its data loads).
  const [element, setElement] = useState<Element | null>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    if (!element || near) return
    if (typeof IntersectionObserver === 'undefined') return setNear(true)
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '300px 0px' })
    observer.observe(element)
    return () => observer.disconnect()
  }, [element, near])
  return [setElement, near]
}

/** A chart with its table: a toggle switches between them; both show the same numbers. */
export function ChartCard({ title, note, summary, chart, table, tools, empty, className }: ChartCardProps) {
  const id = useId()
  const [view, setView] = useState<ChartView>(rememberedView)
  const [figureRef, near] = useNearViewport()
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
        <div ref={figureRef} className="chart-figure" role="img" aria-label={summary}>
          {near ? chart() : null}
        </div>
      ) : (
        table()
      )}
    </section>
  )
}
