import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceDot, Tooltip, XAxis, YAxis } from 'recharts'
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
  height?: number
}

const MARGIN = { top: 8, right: 16, bottom: 4, left: 4 }

// Drawing only: numbers are aggregated by the core, and the table view reads the same points. No
// animation, so a page with several charts paints in one go.

/** Values over time as lines (targets dashed), with optional marked points. */
export function TrendChart({ data, xKey, series, formatX, formatY, marks = [], height = 240 }: TrendChartProps) {
  return (
    <LineChart data={data as Point[]} responsive style={{ width: '100%', height }} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis dataKey={xKey} tickFormatter={formatX} stroke={AXIS_COLOR} fontSize={12} minTickGap={24} />
      <YAxis tickFormatter={formatY} stroke={AXIS_COLOR} fontSize={12} width={56} domain={['auto', 'auto']} />
      <Tooltip labelFormatter={(v) => (formatX ? formatX(v as string) : String(v))} formatter={(v) => (typeof v === 'number' && formatY ? formatY(v) : String(v))} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} />}
      {series.map((s, i) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.color ?? seriesColor(i)}
          strokeWidth={2}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          dot={data.length <= 40}
          connectNulls
          isAnimationActive={false}
          type="monotone"
        />
      ))}
      {marks.map((m) => (
        <ReferenceDot key={`${m.x}-${m.label}`} x={m.x} y={m.y} r={6} fill="#f5a524" stroke="#17212f" label={{ value: m.label, position: 'top', fontSize: 11 }} />
      ))}
    </LineChart>
  )
}

interface BarsChartProps {
  data: readonly Point[]
  xKey: string
  series: readonly Series[]
  formatX?(value: string | number): string
  formatY?(value: number): string
  stacked?: boolean
  height?: number
}

/** Amounts per period as bars (stacked per series when asked). */
export function BarsChart({ data, xKey, series, formatX, formatY, stacked = false, height = 240 }: BarsChartProps) {
  return (
    <BarChart data={data as Point[]} responsive style={{ width: '100%', height }} margin={MARGIN} accessibilityLayer={false}>
      <CartesianGrid stroke={GRID_COLOR} vertical={false} />
      <XAxis dataKey={xKey} tickFormatter={formatX} stroke={AXIS_COLOR} fontSize={12} minTickGap={16} />
      <YAxis tickFormatter={formatY} stroke={AXIS_COLOR} fontSize={12} width={56} allowDecimals={false} />
      <Tooltip labelFormatter={(v) => (formatX ? formatX(v as string) : String(v))} formatter={(v) => (typeof v === 'number' && formatY ? formatY(v) : String(v))} />
      {series.length > 1 && <Legend wrapperStyle={{ fontSize: 13 }} />}
      {series.map((s, i) => (
        <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color ?? seriesColor(i)} stackId={stacked ? 'all' : undefined} isAnimationActive={false} />
      ))}
    </BarChart>
  )
}
