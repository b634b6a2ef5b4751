import type { RouteObject } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { DashboardPage } from '../dashboard/DashboardPage'
import { loadProgressPage } from './loadProgressPage'
import { prefetchProgress } from './page/progressQuery'
import { lazyPage } from '../../lib/lazyPage'
import { todayIso } from '../../lib/todayIso'

/** Screens of progress tracking (dashboard, session log, progress), added to the app's router. */
export const progressRoutes: RouteObject[] = [
  { path: 'today', element: <DashboardPage /> },
  // One chunk for both log screens (with the contract's zod schemas the sheet checks), fetched once the
  // app is idle: Today paints without it, and saving a new log then moving to its address does not wait.
  { path: 'clients/:clientId/log/new', ...lazyPage(async () => (await import('./log/SessionLogPage')).NewLogPage) },
  { path: 'clients/:clientId/log/:logId', ...lazyPage(async () => (await import('./log/SessionLogPage')).EditLogPage) },
  // The charts library is loaded with the progress page only, so the app opens as fast as before.
  {
    path: 'clients/:clientId/progress',
    lazy: async () => ({ Component: (await loadProgressPage()).ProgressPage }),
    loader: ({ params }) => {
      if (params.clientId) prefetchProgress(params.clientId, todayIso())
      return null
    },
    // Shown while the page's code arrives when the app is opened right on this address.
    hydrateFallbackElement: <DelayedLoading />
  }
]
