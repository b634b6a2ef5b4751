import type { ComponentType } from 'react'
import type { RouteObject } from 'react-router'
import { DelayedLoading } from '../components/DelayedLoading'

/**
 * A route whose screen is its own chunk, fetched on the first visit: the app's first paint only
 * waits for the screens a trainer lands on (Today, clients), not the designer, forms or settings.
 * On a navigation the router keeps the old screen until the new one is ready, so nothing flashes.
 */
export function lazyPage(load: () => Promise<ComponentType>): Pick<RouteObject, 'lazy' | 'hydrateFallbackElement'> {
  return {
    lazy: async () => ({ Component: await load() }),
    // Shown while the chunk arrives when the app is opened right on this address.
    hydrateFallbackElement: <DelayedLoading />
  }
}
