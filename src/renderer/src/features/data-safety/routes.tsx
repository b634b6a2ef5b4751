import type { RouteObject } from 'react-router'
import { lazyPage } from '../../lib/lazyPage'

/** Screens of data safety (backups, restore, import and export), added to the app's router. */
export const dataSafetyRoutes: RouteObject[] = [{ path: 'data', ...lazyPage(async () => (await import('./DataPage')).DataPage) }]
