import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router'
import { DelayedLoading } from '../components/DelayedLoading'

const loaders: Array<() => Promise<unknown>> = []

/**
 * A route whose screen is its own chunk: the app's first paint only waits for the screen a trainer
 * lands on (Today). The other chunks are fetched once the app is idle (preloadPages), so
 * the first visit to the designer or a form does not wait on a file either.
 */
export function lazyPage(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> {
  loaders.push(load)
  return {
    lazy: async () => ({ Component: await load() }),
    // Shown while the chunk arrives when the app is opened right on this address.
    hydrateFallbackElement: <DelayedLoading />
  }
}

/** Since the trainer's last key, click or touch (ms, performance.now() clock). */
let lastInput = Number.NEGATIVE_INFINITY
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel'] as const
/** A chunk's first run can take 20-30 ms (the designer's); none starts this soon after the trainer's last input. */
const QUIET_AFTER_INPUT_MS = 1000

/**
 * Fetches every lazy screen's chunk after the first paint, one at a time, when the page is idle and the
 * trainer has not typed or clicked for a second: a chunk's first run is one long task, which typing in
 * the first seconds after opening (the library's search, say) would otherwise wait behind.
 */
export function preloadPages(): () => void {
  let cancelled = false
  const noteInput = () => {
    lastInput = performance.now()
  }
  for (const type of INPUT_EVENTS) addEventListener(type, noteInput, { capture: true, passive: true })
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200))
  const whenQuiet = (fn: () => void) => {
    const wait = lastInput + QUIET_AFTER_INPUT_MS - performance.now()
    if (wait > 0) setTimeout(() => whenQuiet(fn), wait)
    else idle(fn)
  }
  const stop = () => {
    for (const type of INPUT_EVENTS) removeEventListener(type, noteInput, { capture: true })
  }
  const next = (i: number) => {
    if (cancelled) return
    if (i >= loaders.length) return stop()
    whenQuiet(() => {
      if (cancelled) return
      void loaders[i]!().catch(() => undefined).then(() => next(i + 1))
    })
  }
  idle(() => next(0))
  return () => {
    cancelled = true
    stop()
  }
}
