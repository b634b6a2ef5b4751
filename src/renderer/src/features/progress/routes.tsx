import type { RouteObject } from 'react-router'
import { DelayedLoading } from '../../components/DelayedLoading'
import { DashboardPage } from '../dashboard/DashboardPage'
import { EditLogPage, NewLogPage } from './log/SessionLogPage'
import { loadProgressPage } from './loadProgressPage'
import { prefetchProgress } from './page/progressQuery'
import { todayIso } from '../../lib/todayIso'

/** Screens of progress tracking (dashboard, session log, progress), added to the app's router. */
export const progressRoutes: RouteObject[] = [
  { path: 'today', element: <DashboardPage /> },
  // Eager: saving a new log moves to its own address, and a trainer re-keying sheets goes back and forth.
  { path: 'clients/:clientId/log/new', element: <NewLogPage /> },
  { path: 'clients/:clientId/log/:logId', element: <EditLogPage /> },
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
