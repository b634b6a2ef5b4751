// Timing helpers: every scenario reports the median and the 95th percentile of its samples.

export interface Figures {
  runs: number
  median: number
  p95: number
}

/** Nearest-rank percentile of an ascending list. */
function percentile(sorted: number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] ?? Number.NaN
}

export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b)
  return { runs: samples.length, median: percentile(sorted, 50), p95: percentile(sorted, 95) }
}

/** Times fn `runs` times after `warmup` untimed calls (JIT, statement cache, page cache). */
export async function sample(runs: number, fn: () => unknown, warmup = Math.min(20, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  return samples
}

/**
 * Times several functions in turn, one call each per round (the order reversed every other round), so
 * load on a shared machine falls on all of them alike: a ratio of their medians then compares work, not
 * the minutes they happened to run in. Returns one list of samples per function.
 */
export async function sampleInterleaved(runs: number, fns: (() => unknown)[], warmup = Math.min(20, runs)): Promise<number[][]> {
  for (let i = 0; i < warmup; i++) for (const fn of fns) await fn()
  const samples = fns.map(() => [] as number[])
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? fns.map((_, at) => at) : fns.map((_, at) => fns.length - 1 - at)
    for (const at of order) {
      const start = performance.now()
      await fns[at]!()
      samples[at]!.push(performance.now() - start)
    }
  }
  return samples
}

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`
}
