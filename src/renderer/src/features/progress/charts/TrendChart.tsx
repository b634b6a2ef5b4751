import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, plotWidthOf, thinPoints } from './chartData'
import { AXIS_COLOR, GRID_COLOR, seriesColor } from './palette'

export type Point = Record<string, string | number | null>

export interface Series {
  key: string
  label: string
  color?: string
  /** A plan or target line rather than something measured. */
  dashed?: boolean
}

interface TrendChartProps {
  data: readonly Point[]
  xKey: string
  series: readonly Series[]
  /** Tick and tooltip text of an x value (e.g. a date). */
  formatX?(value: string | number): string
  formatY?(value: number): string
  /** Points to mark (personal records): x value and the series they sit on. */
  marks?: readonly { x: string | number; y: number; label: string }[]
  /** Pixels, measured by the card: a fixed size spares the library its own measuring. */
  width: number
  height?: number
}

const MARGIN = { top: 8, right: 24, bottom: 4, left: 4 }
const Y_AXIS_WIDTH = 56
/**
 * No vertical grid lines. Said outright because, even with vertical={false}, the grid otherwise works
 * out where they would go by measuring every date label on the x axis (hundreds over five years).
 */
const NO_LINES = () => []

interface TickProps {
  x: number
  y: number
  textAnchor?: 'start' | 'middle' | 'end'
  verticalAnchor?: 'start' | 'middle' | 'end'
  payload: { value: string | number }
  index: number
  tickFormatter?: (value: string | number, index: number) => string
}

/**
 * An axis label as plain SVG text, placed as the library places its own. Its own label measures
 * each word in the page (a forced layout per new word) to wrap text that never needs wrapping here.
 */
function PlainTick({ x, y, textAnchor = 'middle', verticalAnchor = 'middle', payload, index, tickFormatter }: TickProps) {
  const text = tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)
  return (
    <text x={x} y={y} textAnchor={textAnchor} dy={verticalAnchor === 'start' ? '0.71em' : verticalAnchor === 'middle' ? '0.355em' : 0} fill={AXIS_COLOR} fontSize={12} className="recharts-cartesian-axis-tick-value">
      {text}
    </text>
  )
}
const plainTick = (props: unknown) => <PlainTick {...(props as TickProps)} />
/** One empty list, so a chart without marks keeps its worked-out points between renders. */
const NO_MARKS: NonNullable<TrendChartProps['marks']> = []
/** Pixels per drawn point below which a line holds more points than the screen can show. */
const PX_PER_POINT = 2

// Drawing only: numbers are aggregated by the core, and the table view reads the same points. No
// animation, so a page with several charts paints in one go.

/** Values over time as lines (targets dashed), with optional marked points. */
export function TrendChart({ data, xKey, series, formatX, formatY, marks = NO_MARKS, width, height = 240 }: TrendChartProps) {
  const plotWidth = plotWidthOf(width, MARGIN, Y_AXIS_WIDTH)
  const { shown, ticks } = useMemo(() => {
    // Thinned on the main series; marked points (records) stay, so their dots find their x.
    const marked = new Set(marks.map((m) => m.x))
    const main = series[0]?.key
    const value = (p: Point) => (main && typeof p[main] === 'number' ? (p[main] as number) : null)
    const kept = thinPoints(data, Math.floor(plotWidth / PX_PER_POINT), value, (p) => marked.has(p[xKey] as string | number))
    return { shown: kept, ticks: axisTicks(kept.map((p) => p[xKey] as string | number), plotWidth) }
  }, [data, marks, series, xKey, plotWidth])
  return (
    <>
      <LineChart data={shown as Point[]} width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_COLOR} vertical={false} verticalCoordinatesGenerator={NO_LINES} />
        <XAxis dataKey={xKey} tickFormatter={formatX} stroke={AXIS_COLOR} fontSize={12} ticks={ticks} interval={0} tick={plainTick} />
        <YAxis tickFormatter={formatY} stroke={AXIS_COLOR} fontSize={12} width={Y_AXIS_WIDTH} domain={['auto', 'auto']} interval={0} tick={plainTick} />
        <Tooltip labelFormatter={(v) => (formatX ? formatX(v as string) : String(v))} formatter={(v) => (typeof v === 'number' && formatY ? formatY(v) : String(v))} />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.color ?? seriesColor(i)}
            strokeWidth={2}
            strokeDasharray={s.dashed ? '6 4' : undefined}
            dot={shown.length <= 40}
            connectNulls
            isAnimationActive={false}
            type="monotone"
          />
        ))}
        {marks.map((m) => (
          <ReferenceDot key={`${m.x}-${m.label}`} x={m.x} y={m.y} r={6} fill="#f5a524" stroke="#17212f" label={{ value: m.label, position: 'top', fontSize: 11 }} />
        ))}
      </LineChart>
      <ChartLegend series={series} />
    </>
  )
}

/**
 * The series' names under a chart with more than one, as plain HTML: the library's own legend
 * measures itself and draws the chart a second time to make room.
 */
function ChartLegend({ series, bars = false }: { series: readonly Series[]; bars?: boolean }) {
  if (series.length < 2) return null
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.key}>
          <svg width="18" height="10" aria-hidden="true">
            {bars ? (
              <rect x="2" y="0" width="14" height="10" fill={s.color ?? seriesColor(i)} />
            ) : (
              <line x1="1" y1="5" x2="17" y2="5" stroke={s.color ?? seriesColor(i)} strokeWidth="2" strokeDasharray={s.dashed ? '4 3' : undefined} />
            )}
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  )
}

interface BarsChartProps {
  data: readonly Point[]
  xKey: string
  series: readonly Series[]
  formatX?(value: string | number): string
  formatY?(value: number): string
  stacked?: boolean
  width: number
  height?: number
}

/** Amounts per period as bars (stacked per series when asked). Every bar is kept: each is a sum of its own. */
export function BarsChart({ data, xKey, series, formatX, formatY, stacked = false, width, height = 240 }: BarsChartProps) {
  const plotWidth = plotWidthOf(width, MARGIN, Y_AXIS_WIDTH)
  const ticks = useMemo(() => axisTicks(data.map((p) => p[xKey] as string | number), plotWidth), [data, xKey, plotWidth])
  return (
    <>
      <BarChart data={data as Point[]} width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_COLOR} vertical={false} verticalCoordinatesGenerator={NO_LINES} />
        <XAxis dataKey={xKey} tickFormatter={formatX} stroke={AXIS_COLOR} fontSize={12} ticks={ticks} interval={0} tick={plainTick} />
        <YAxis tickFormatter={formatY} stroke={AXIS_COLOR} fontSize={12} width={Y_AXIS_WIDTH} allowDecimals={false} interval={0} tick={plainTick} />
        <Tooltip labelFormatter={(v) => (formatX ? formatX(v as string) : String(v))} formatter={(v) => (typeof v === 'number' && formatY ? formatY(v) : String(v))} />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color ?? seriesColor(i)} stackId={stacked ? 'all' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
      <ChartLegend series={series} bars />
    </>
  )
}
