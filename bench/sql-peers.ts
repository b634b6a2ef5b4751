// The "raw SQL" peer of a core call: the very statements the call ran, with the same arguments,
// prepared once and read without validation, mapping or JSON. Recorded by watching better-sqlite3's
// Statement methods during one call, so the peer follows the code as it changes.

import type Database from 'better-sqlite3'
import type { Core } from '../src/main/core/index'

type Verb = 'all' | 'get' | 'iterate' | 'run'
interface Executed {
  sql: string
  verb: Verb
  args: unknown[]
}

export interface RawPeer {
  /** Runs the recorded reads again; writes are left out (a peer must not change the store). */
  run(): void
  statements: number
  /** Statements the call wrote with; the peer skips them. */
  writes: number
  /** The slowest statement of one replay (ms and its SQL, shortened): where to look first. */
  slowest(): { ms: number; sql: string }
}

/** Calls `method` once and returns what replays its SQL. */
export async function recordPeer(core: Core, method: string, input: unknown): Promise<RawPeer> {
  const db = core.context.db
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<Verb, (...args: unknown[]) => unknown>
  const originals = { all: proto.all, get: proto.get, iterate: proto.iterate, run: proto.run }
  const executed: Executed[] = []
  for (const verb of Object.keys(originals) as Verb[]) {
    const original = originals[verb]
    proto[verb] = function (this: Database.Statement, ...args: unknown[]) {
      executed.push({ sql: this.source, verb, args })
      return original.apply(this, args)
    }
  }
  try {
    const answer = await core.call(method, input)
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  } finally {
    Object.assign(proto, originals)
  }
  const reads = executed.filter((e) => e.verb !== 'run')
  const prepared = new Map<string, Database.Statement>()
  const steps = reads.map(({ sql, verb, args }) => {
    let statement = prepared.get(sql)
    if (!statement) prepared.set(sql, (statement = db.prepare(sql)))
    const stmt = statement
    if (verb === 'iterate') return () => { for (const _ of stmt.iterate(...args)) void _ }
    return verb === 'all' ? () => stmt.all(...args) : () => stmt.get(...args)
  })
  return {
    run: () => {
      for (const step of steps) step()
    },
    statements: reads.length,
    writes: executed.length - reads.length,
    slowest: () => {
      let worst = { ms: 0, sql: '' }
      steps.forEach((step, i) => {
        const start = performance.now()
        step()
        const ms = performance.now() - start
        if (ms > worst.ms) worst = { ms, sql: reads[i]!.sql.replace(/\s+/g, ' ').slice(0, 160) }
      })
      return worst
    }
  }
}
