// The bench's verdicts and its two outputs: a table on the terminal and bench/RESULTS.md.

import { cpus, totalmem } from 'node:os'
import type { Result } from './core-scenarios'
import { ms } from './stats'

export interface Section {
  title: string
  results: Result[]
  notes: string[]
}

/** A ratio over its budget counts only when the call costs this much more than its peer: 2 µs against 1 µs is noise, not overhead. */
const RATIO_FLOOR_MS = 0.1

function ratioVerdict(r: Result): 'pass' | 'over' | 'fail' | undefined {
  if (r.peerRatio === undefined || r.peerBudget === undefined) return undefined
  const extra = r.figures.median - r.figures.median / r.peerRatio
  if (r.peerRatio <= r.peerBudget || extra <= RATIO_FLOOR_MS) return 'pass'
  return r.peerRatio > 2 * r.peerBudget ? 'fail' : 'over'
}

export function verdict(r: Result): string {
  const ratio = ratioVerdict(r)
  if (r.budgetMs === undefined && ratio === undefined) return Number.isFinite(r.figures.median) ? '-' : 'not measured'
  if (r.budgetMs !== undefined && !Number.isFinite(r.figures.p95)) return 'FAIL (not measured)'
  const p95 = r.budgetMs === undefined ? 'pass' : r.figures.p95 <= r.budgetMs ? 'pass' : r.figures.p95 > 2 * r.budgetMs ? 'fail' : 'over'
  if (p95 === 'fail' || ratio === 'fail') return `FAIL (> 2x ${p95 === 'fail' ? 'budget' : 'ratio budget'})`
  if (p95 === 'over' || ratio === 'over') return `over ${p95 === 'over' ? 'budget' : 'ratio budget'}`
  return 'pass'
}

const value = (r: Result, v: number) => (r.unit === 'MB' ? (Number.isFinite(v) ? `${v.toFixed(0)} MB` : 'n/a') : ms(v))

function row(r: Result): string[] {
  const single = r.figures.runs === 1
  return [
    r.scenario,
    String(r.figures.runs),
    value(r, r.figures.median),
    single ? '-' : value(r, r.figures.p95),
    r.budgetMs === undefined ? '-' : `${single ? '' : 'p95 '}≤ ${value(r, r.budgetMs)}`,
    r.peerRatio === undefined ? '-' : `${r.peerRatio.toFixed(2)}x ${r.peerName ?? 'raw SQL'}${r.peerBudget === undefined ? '' : ` (≤ ${r.peerBudget}x)`}`,
    verdict(r)
  ]
}

const HEADER = ['scenario', 'runs', 'median', 'p95', 'budget', 'ratio to its peer', 'result']

export function terminalTable(sections: Section[]): string {
  const all = [HEADER, ...sections.flatMap((s) => s.results.map(row))]
  const widths = HEADER.map((_, col) => Math.max(...all.map((cells) => cells[col]?.length ?? 0)))
  const line = (cells: string[]) => cells.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')
  const out = [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  ')]
  for (const section of sections) {
    if (section.results.length === 0) continue
    out.push(`== ${section.title}`, ...section.results.map(row).map(line))
  }
  return out.join('\n')
}

export interface RunContext {
  loadAtStart: string
  loadAtEnd: string
  /** A fixed piece of CPU work timed at the start (bench/machine-state.ts), in ms. */
  referenceWorkMs: number
  minutes: number
  options: string
}

export function markdown(sections: Section[], context: RunContext): string {
  const cpu = cpus()
  const all = sections.flatMap((s) => s.results)
  const count = (prefix: string) => all.filter((r) => verdict(r).startsWith(prefix)).length
  const parts = sections.map((section) => {
    const table = section.results.length
      ? [HEADER, HEADER.map(() => '---'), ...section.results.map(row)].map((cells) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`).join('\n')
      : ''
    const notes = [...section.notes, ...section.results.filter((r) => r.note).map((r) => `${r.scenario}: ${r.note}.`)]
    return [`## ${section.title}`, table, notes.map((n) => `- ${n}`).join('\n')].filter(Boolean).join('\n\n')
  })
  return `# Bench results

Measured ${new Date().toISOString()} with \`npm run bench${context.options ? ` -- ${context.options}` : ''}\` (${context.minutes.toFixed(0)} min).

Machine: ${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}, ${process.platform}.
Load average (1 / 5 / 15 min) at start ${context.loadAtStart}, at end ${context.loadAtEnd}: other work on the machine inflates the figures, the p95s most.
A fixed piece of reference work (bench/machine-state.ts) took ${context.referenceWorkMs.toFixed(0)} ms at the start: it slows down with the machine, whatever the cause (the renderer parts note it again with the host's steal).

Summary: ${count('pass')} pass, ${count('over')} over budget, ${count('FAIL')} more than twice their budget (or not measured), of ${all.length} rows.

How to read it: budgets apply to the p95 of repeated runs (one-off jobs show their single figure). "ratio to its peer" is the
call's median over its peer's: for core calls the raw SQL the call runs (recorded from the call itself, prepared once, rows
read without validation or mapping; ≤ 1.5x, not counted when the call costs under 0.1 ms more); for studio rows the same
call on the decade store (≤ 1.3x). A call and its peers are timed in the same rounds, one call each in turn, so load on the
machine falls on both alike. A row fails (the bench exits 1) when a figure is more than twice its budget.

${parts.join('\n\n')}
`
}
