import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react'

export type ChartView = 'chart' | 'table'

const VIEW_KEY = 'spotter.progress.view'

/** The last view the trainer chose (chart or table), for the next card that opens. */
function storedView(): ChartView {
  try {
    return localStorage.getItem(VIEW_KEY) === 'table' ? 'table' : 'chart'
  } catch {
    return 'chart'
  }
}

// Read when this code loads (while the client page is idle), not by each card as the page opens: the
// first read of the storage in a session is slow.
let rememberedView = storedView()

interface ChartCardProps {
  title: string
  /** One line under the title: what is counted and how. */
  note?: ReactNode
  /** What the chart shows in words, read out instead of the drawing (the table has the numbers). */
  summary: string
  /** Rendered only in chart view and near the screen, at the figure's width in pixels. */
  chart(width: number): ReactNode
  table(): ReactNode
  /** Controls beside the toggle, e.g. a choice of exercise. */
  tools?: ReactNode
  /** Nothing to draw yet: shows this instead of both views. */
  empty?: ReactNode
  className?: string
}

/** How far below the window a chart is already drawn, so scrolling finds it ready. */
const NEAR_PX = 300

/**
 * The figure's width once it is on screen or close to it, else null. Measured in a layout effect, so
 * a chart in view is drawn before the page's first paint instead of a few frames later; charts
 * further down wait until the trainer scrolls towards them. Follows the window's size afterwards.
 */
function useFigureWidth(shown: boolean): [RefObject<HTMLDivElement | null>, number | null] {
  const ref = useRef<HTMLDivElement>(null)
  const [width, setWidth] = useState<number | null>(null)
  useLayoutEffect(() => {
    const figure = ref.current
    if (!shown || !figure) return
    let resize: ResizeObserver | undefined
    let intersect: IntersectionObserver | undefined
    const follow = () => {
      const measure = () => setWidth(Math.floor(figure.clientWidth) || null)
      measure()
      resize = new ResizeObserver(measure)
      resize.observe(figure)
    }
    const box = figure.getBoundingClientRect()
    if (box.top < window.innerHeight + NEAR_PX && box.bottom > -NEAR_PX) follow()
    else {
      intersect = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return
          intersect?.disconnect()
          follow()
        },
        { rootMargin: `${NEAR_PX}px 0px` }
      )
      intersect.observe(figure)
    }
    return () => {
      intersect?.disconnect()
      resize?.disconnect()
    }
  }, [shown])
  return [ref, width]
}

/** A chart with its table: a toggle switches between them; both show the same numbers. */
export function ChartCard({ title, note, summary, chart, table, tools, empty, className }: ChartCardProps) {
  const id = useId()
  const [view, setView] = useState<ChartView>(() => rememberedView)
  const [figureRef, width] = useFigureWidth(!empty && view === 'chart')
  const choose = (next: ChartView) => {
    setView(next)
    rememberedView = next
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
          {width !== null ? chart(width) : null}
        </div>
      ) : (
        table()
      )}
    </section>
  )
}
