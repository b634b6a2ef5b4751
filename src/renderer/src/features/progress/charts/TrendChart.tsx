import { useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, plotWidthOf, thinPoints } from './chartData'
import { dateAxisLabel, formatDay } from '../progressText'
import { AXIS_COLOR, GRID_COLOR, seriesColor } from './palette'

export type Point = Record<string, string | number | null>

// The x values of every chart here are ISO days: the axis names days, or months with their year
// when the chart spans more than about a year; the tooltip gives the full date.

function useDateAxis(data: readonly Point[], xKey: string): (isoDate: string) => string {
  const first = String(data[0]?.[xKey] ?? '')
  const last = String(data.at(-1)?.[xKey] ?? '')
  return useMemo(() => dateAxisLabel(first, last), [first, last])
}

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
  formatY?(value: number): string
  /** Points to mark (personal records): x value and the series they sit on. */
  marks?: readonly { x: string | number; y: number; label: string }[]
  /** Pixels, measured by the card: a fixed size spares the library its own measuring. */
  width: number
  height?: number
}

// Room on the right for half of the last axis label ("Dec 2025").
const MARGIN = { top: 8, right: 34, bottom: 4, left: 4 }
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
const MARK_COLOR = '#f5a524'
/** Beyond this many marked points their text labels pile up: the dots stay and the legend names them. */
const MAX_LABELLED_MARKS = 12
/** One empty list, so a chart without marks keeps its worked-out points between renders. */
const NO_MARKS: NonNullable<TrendChartProps['marks']> = []
/** Pixels per drawn point below which a line holds more points than the screen can show. */
const PX_PER_POINT = 2

// Drawing only: numbers are aggregated by the core, and the table view reads the same points. No
// animation, so a page with several charts paints in one go.

/** Values over time as lines (targets dashed), with optional marked points. */
export function TrendChart({ data, xKey, series, formatY, marks = NO_MARKS, width, height = 240 }: TrendChartProps) {
  const plotWidth = plotWidthOf(width, MARGIN, Y_AXIS_WIDTH)
  const { shown, ticks } = useMemo(() => {
    // Thinned on the main series; marked points (records) stay, so their dots find their x.
    const marked = new Set(marks.map((m) => m.x))
    const main = series[0]?.key
    const value = (p: Point) => (main && typeof p[main] === 'number' ? (p[main] as number) : null)
    const kept = thinPoints(data, Math.floor(plotWidth / PX_PER_POINT), value, (p) => marked.has(p[xKey] as string | number))
    return { shown: kept, ticks: axisTicks(kept.map((p) => p[xKey] as string), plotWidth) }
  }, [data, marks, series, xKey, plotWidth])
  const formatX = useDateAxis(data, xKey)
  return (
    <>
      <LineChart data={shown as Point[]} width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_COLOR} vertical={false} verticalCoordinatesGenerator={NO_LINES} />
        <XAxis dataKey={xKey} tickFormatter={(v: string) => formatX(String(v))} stroke={AXIS_COLOR} fontSize={12} ticks={ticks} interval={0} tick={plainTick} />
        <YAxis tickFormatter={formatY} stroke={AXIS_COLOR} fontSize={12} width={Y_AXIS_WIDTH} domain={['auto', 'auto']} interval={0} tick={plainTick} />
        <Tooltip labelFormatter={(v) => formatDay(String(v))} formatter={(v) => (typeof v === 'number' && formatY ? formatY(v) : String(v))} />
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
          <ReferenceDot
            key={`${m.x}-${m.label}`}
            x={m.x}
            y={m.y}
            r={6}
            fill={MARK_COLOR}
            stroke="#17212f"
            label={marks.length <= MAX_LABELLED_MARKS ? { value: m.label, position: 'top', fontSize: 11 } : undefined}
          />
        ))}
      </LineChart>
      <ChartLegend series={series} mark={marks.length > 0 ? marks[0]?.label : undefined} />
    </>
  )
}

/**
 * The series' names under a chart with more than one, as plain HTML: the library's own legend
 * measures itself and draws the chart a second time to make room.
 */
function ChartLegend({ series, bars = false, mark }: { series: readonly Series[]; bars?: boolean; mark?: string }) {
  if (series.length < 2 && !mark) return null
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
      {mark && (
        <li>
          <svg width="18" height="12" aria-hidden="true">
            <circle cx="9" cy="6" r="5" fill={MARK_COLOR} stroke="#17212f" />
          </svg>
          {mark === 'PR' ? 'Personal record' : mark}
        </li>
      )}
    </ul>
  )
}

interface BarsChartProps {
  data: readonly Point[]
  xKey: string
  series: readonly Series[]
  formatY?(value: number): string
  stacked?: boolean
  width: number
  height?: number
}

/** Amounts per period as bars (stacked per series when asked). Every bar is kept: each is a sum of its own. */
export function BarsChart({ data, xKey, series, formatY, stacked = false, width, height = 240 }: BarsChartProps) {
  const plotWidth = plotWidthOf(width, MARGIN, Y_AXIS_WIDTH)
  const ticks = useMemo(() => axisTicks(data.map((p) => p[xKey] as string), plotWidth), [data, xKey, plotWidth])
  const formatX = useDateAxis(data, xKey)
  return (
    <>
      <BarChart data={data as Point[]} width={width} height={height} margin={MARGIN} accessibilityLayer={false}>
        <CartesianGrid stroke={GRID_COLOR} vertical={false} verticalCoordinatesGenerator={NO_LINES} />
        <XAxis dataKey={xKey} tickFormatter={(v: string) => formatX(String(v))} stroke={AXIS_COLOR} fontSize={12} ticks={ticks} interval={0} tick={plainTick} />
        <YAxis tickFormatter={formatY} stroke={AXIS_COLOR} fontSize={12} width={Y_AXIS_WIDTH} allowDecimals={false} interval={0} tick={plainTick} />
        <Tooltip labelFormatter={(v) => formatDay(String(v))} formatter={(v) => (typeof v === 'number' && formatY ? formatY(v) : String(v))} />
        {series.map((s, i) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color ?? seriesColor(i)} stackId={stacked ? 'all' : undefined} isAnimationActive={false} />
        ))}
      </BarChart>
      <ChartLegend series={series} bars />
    </>
  )
}
