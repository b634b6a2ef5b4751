import type { RouteObject } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { DashboardPage } from '../dashboard/DashboardPage'
import { lazyPage } from '../../lib/lazyPage'
import { loadProgressPage } from './loadProgressPage'

/** Screens of progress tracking (dashboard, session log, progress), added to the app's router. */
export const progressRoutes: RouteObject[] = [
  { path: 'today', element: <DashboardPage /> },
  { path: 'clients/:clientId/log/new', ...lazyPage(async () => (await import('./log/SessionLogPage')).NewLogPage) },
  { path: 'clients/:clientId/log/:logId', ...lazyPage(async () => (await import('./log/SessionLogPage')).EditLogPage) },
  // The charts library is loaded with the progress page only, so the app opens as fast as before.
  {
    path: 'clients/:clientId/progress',
    lazy: async () => ({ Component: (await loadProgressPage()).ProgressPage }),
    // Shown while the page's code arrives when the app is opened right on this address.
    hydrateFallbackElement: <DelayedLoading />
  }
]
