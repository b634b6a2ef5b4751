import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { figures } from './stats'

// How busy the machine itself was, told beside the renderer figures (frames of a few ms, which move
// with it): a reader can then tell a slow app from a slow machine. Two gauges:
// - steal: on a virtual machine, time the host gave other guests on "our" cores (/proc/stat);
// - a fixed piece of CPU work timed before each part: it also slows down when the host's caches,
//   memory or clock are shared out, which steal does not count (the same code booted in 250 ms at one
//   hour and 430 ms at another with under 1% steal).

interface CpuTimes {
  steal: number
  total: number
}

/** The machine-wide CPU counters (all cores), or null where /proc/stat does not exist (not Linux). */
function readCpuTimes(): CpuTimes | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!
    // cpu  user nice system idle iowait irq softirq steal (guest time is already counted in user)
    const fields = line.trim().split(/\s+/).slice(1, 9).map(Number)
    if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null
    return { steal: fields[7]!, total: fields.reduce((sum, n) => sum + n, 0) }
  } catch {
    return null
  }
}

/** Sorting and hashing a fixed set of data (about 60 ms on our 2-core machine, Node 22, 22 Nov 2026). */
function referenceWork(): number {
  const start = performance.now()
  let seed = 1
  const values = Array.from({ length: 100_000 }, () => (seed = (seed * 48271) % 2147483647))
  values.sort((a, b) => a - b)
  const hash = createHash('sha256')
  for (let i = 0; i < values.length; i += 500) hash.update(String(values[i]))
  hash.digest()
  return performance.now() - start
}

/** Median time of the reference work over 5 runs, in ms. */
export function referenceWorkMs(): number {
  return figures(Array.from({ length: 5 }, referenceWork)).median
}

/**
 * Starts watching; the returned function says, for a part's notes, how long the reference work took
 * when the part began and how much CPU time the host stole while it ran.
 */
export function watchMachine(): () => string {
  const workMs = referenceWorkMs()
  const before = readCpuTimes()
  return () => {
    const after = readCpuTimes()
    const parts = [`a fixed piece of reference work took ${workMs.toFixed(0)} ms as it began`]
    if (before && after && after.total > before.total) {
      const steal = (100 * (after.steal - before.steal)) / (after.total - before.total)
      parts.push(`the host took ${steal.toFixed(steal < 10 ? 1 : 0)}% of the CPU time (steal) while it ran`)
    }
    return parts.join('; ')
  }
}
