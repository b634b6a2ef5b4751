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

/** Fetches every lazy screen's chunk after the first paint, one at a time, when the page is idle. */
export function preloadPages(): () => void {
  let cancelled = false
  const idle = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200))
  const next = (i: number) => {
    if (cancelled || i >= loaders.length) return
    void loaders[i]!().catch(() => undefined).then(() => idle(() => next(i + 1)))
  }
  idle(() => next(0))
  return () => {
    cancelled = true
  }
}
