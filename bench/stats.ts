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

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value < 10 ? `${value.toFixed(2)} ms` : value < 1000 ? `${value.toFixed(1)} ms` : `${(value / 1000).toFixed(2)} s`
}
