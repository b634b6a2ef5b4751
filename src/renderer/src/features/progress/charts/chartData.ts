// What a chart of a given pixel width can show: points thinned to about one per pixel column, and a
// handful of axis labels chosen here (so the charting library does not measure every label to pick
// them). The tables beside the charts always keep every value.

/** Horizontal room an x-axis label needs ("28 Dec" at 12 px, with a gap). */
const LABEL_PX = 84

/**
 * At most `max` items, in order: every item for which `keep` says so (records, the latest), and from
 * each run of neighbours the lowest and the highest by `value`, so peaks and dips stay where they were.
 */
export function thinPoints<T>(items: readonly T[], max: number, value: (item: T) => number | null, keep: (item: T, index: number) => boolean = () => false): readonly T[] {
  if (items.length <= max || max < 4) return items
  // Two survivors per bucket (the low and the high), plus the kept ones.
  const buckets = Math.max(1, Math.floor(max / 2))
  const size = items.length / buckets
  const chosen = new Set<number>([0, items.length - 1])
  items.forEach((item, i) => keep(item, i) && chosen.add(i))
  for (let b = 0; b < buckets; b++) {
    const start = Math.floor(b * size)
    const end = Math.min(items.length, Math.floor((b + 1) * size))
    let low = -1
    let high = -1
    let lowValue = Infinity
    let highValue = -Infinity
    for (let i = start; i < end; i++) {
      const v = value(items[i] as T)
      if (v === null) continue
      if (v < lowValue) [low, lowValue] = [i, v]
      if (v > highValue) [high, highValue] = [i, v]
    }
    if (low >= 0) chosen.add(low)
    if (high >= 0) chosen.add(high)
  }
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T)
}

/** Evenly spread x values to label, first and last included, as many as `plotWidth` has room for. */
export function axisTicks<V>(values: readonly V[], plotWidth: number): V[] {
  const n = values.length
  if (n === 0) return []
  const room = Math.max(2, Math.floor(plotWidth / LABEL_PX))
  if (n <= room) return [...values]
  const ticks: V[] = []
  for (let i = 0; i < room; i++) ticks.push(values[Math.round((i * (n - 1)) / (room - 1))] as V)
  return [...new Set(ticks)]
}

/** The width left for the data once the y axis and the margins are taken off. */
export function plotWidthOf(width: number, margin: { left: number; right: number }, yAxisWidth: number): number {
  return Math.max(0, width - margin.left - margin.right - yAxisWidth)
}
