import type { CheckContext, Program } from '../../../../shared/programs'
import { call } from '../../lib/api'

// The designer's two core calls, asked the moment the address turns to a program from the programs list,
// while the list is taken down and the designer's code is evaluated, instead of once the designer has
// rendered. The designer takes each answer once, and only a fresh one.

/** Asked longer ago than this, an answer is asked again: the program may have changed since. */
const FRESH_MS = 2_000

interface Asked {
  at: number
  program?: Promise<Program>
  context?: Promise<CheckContext>
}

const asked = new Map<string, Asked>()

/** The program an address opens in the designer ("#/programs/<id>"), or null. */
export function programIdOf(hash: string): string | null {
  const match = /^#\/programs\/([^/?#]+)$/.exec(hash.split('?')[0] ?? '')
  return match?.[1] ? decodeURIComponent(match[1]) : null
}

export function askDesignerData(programId: string): void {
  const program = call('programs.get', { id: programId })
  const context = call('programs.checkContext', { id: programId })
  // A failure is the designer's to show when it takes the answer; one never taken is dropped quietly.
  program.catch(() => undefined)
  context.catch(() => undefined)
  asked.set(programId, { at: performance.now(), program, context })
}

function take<K extends 'program' | 'context'>(programId: string, part: K): Asked[K] | undefined {
  const entry = asked.get(programId)
  if (!entry) return undefined
  const answer = entry[part]
  entry[part] = undefined
  if (!entry.program && !entry.context) asked.delete(programId)
  return performance.now() - entry.at <= FRESH_MS ? answer : undefined
}

export const takeProgram = (programId: string) => take(programId, 'program')
export const takeContext = (programId: string) => take(programId, 'context')
