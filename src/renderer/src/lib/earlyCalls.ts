import type { MethodInput, MethodName } from '../../../shared/api'
import type { Envelope } from '../../../shared/envelope'
import { todayIso } from './todayIso'

// The landing screen's core calls, asked first thing when the bundle runs (askLanding.ts), before React
// and the app's modules are evaluated and rendered: the core answers while the renderer is busy starting,
// instead of after its first render asked. The app's first call with the same method and input takes
// the answer (lib/api.ts call()); adoptEarlyCalls (lib/query.ts) puts them in the query cache.

/** An answer older than this is asked again: by then the trainer may have changed something. */
const FRESH_MS = 10_000

interface Asked {
  at: number
  answer: Promise<Envelope<unknown>>
}

const asked = new Map<string, Asked>()
const keyOf = (method: string, input: unknown) => `${method} ${JSON.stringify(input)}`

/** The calls asked so far and not yet taken, so the app can put them in its query cache at start. */
export const earlyCalls: Array<{ method: MethodName; input: unknown }> = []

function ask<M extends MethodName>(method: M, input: MethodInput<M>): void {
  asked.set(keyOf(method, input), { at: performance.now(), answer: window.api.invoke(method, input) as Promise<Envelope<unknown>> })
  earlyCalls.push({ method, input })
}

/** The early answer to exactly this call, once; undefined when none was asked (or it is too old). */
export function takeEarly(method: string, input: unknown): Promise<Envelope<unknown>> | undefined {
  if (asked.size === 0) return undefined
  const key = keyOf(method, input)
  const entry = asked.get(key)
  if (!entry) return undefined
  asked.delete(key)
  return performance.now() - entry.at <= FRESH_MS ? entry.answer : undefined
}

/** After a change in the core, answers asked before it are out of date. */
export function forgetEarly(): void {
  asked.clear()
}

// Changes the core announces while the app's chunk still loads (a start-up check ending, built-ins
// updated after it, the start's backup) would reach no listener: they are kept from the first moment
// and handed to the app when it starts listening (followCoreChanges).
const changesBeforeApp: string[][] = []
let stopKeeping: (() => void) | undefined

function keepChanges(): void {
  stopKeeping = window.api.subscribe('data.changed', ({ scopes }) => {
    forgetEarly()
    changesBeforeApp.push(scopes)
  })
}

/** The changes announced before the app listened, once; stops keeping them. */
export function takeChangesBeforeApp(): string[][] {
  stopKeeping?.()
  stopKeeping = undefined
  return changesBeforeApp.splice(0)
}

/**
 * Asks what the screen at this address shows first. The app lands on Today (its index route), so
 * that is the one worth it; the recovery check comes first on every address, as the app needs it before any screen.
 */
export function askForLanding(hash: string): void {
  // Listening before asking: a change after an answer cannot slip between the two.
  keepChanges()
  ask('recovery.status', {})
  const path = hash.replace(/^#/, '').split('?')[0]
  if (path === '' || path === '/' || path === '/today') {
    // The same inputs as DashboardPage's queries, so their first fetch takes these answers.
    ask('dashboard.today', { date: todayIso() })
    ask('clients.list', { limit: 1 })
    ask('settings.get', {})
  }
}
