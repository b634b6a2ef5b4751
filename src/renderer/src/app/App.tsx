import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import { createHashRouter, Navigate, RouterProvider } from 'react-router'
// The client screens are lazy, but their styles stay in the app's first stylesheet at the place they
// always had, so the cascade (and how every screen looks) is what it was.
import '../features/clients/clients.css'
import '../features/plans/plans.css'
import '../features/programs/programs.css'
import '../features/progress/progress.css'
import { dataSafetyRoutes } from '../features/data-safety/routes'
import { isStartupCheck, RecoveryGate } from '../features/data-safety/RecoveryGate'
import { progressRoutes } from '../features/progress/routes'
import { lazyPage, preloadPages } from '../lib/lazyPage'
import { followCoreChanges, queryClient } from '../lib/query'
import { NotFoundPage } from './NotFoundPage'
import { Shell } from './Shell'

// The app opens on Today: the address says so before the router starts, rather than the router
// rendering the index route only to redirect (a second render of the whole frame at start).
if (location.hash === '' || location.hash === '#' || location.hash === '#/') history.replaceState(history.state, '', '#/today')

// Hash routing: the Electron app loads index.html from a file:// URL, where path routing cannot work.
const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      // A trainer's day starts with today's sessions, alerts and what needs attention.
      { index: true, element: <Navigate to="/today" replace /> },
      // The app opens on Today: the client screens are chunks of their own, fetched once the app is idle.
      { path: 'clients', ...lazyPage(async () => (await import('../features/clients/ClientListPage')).ClientListPage) },
      { path: 'clients/new', ...lazyPage(async () => (await import('../features/clients/ClientFormPages')).ClientCreatePage) },
      { path: 'clients/:clientId', ...lazyPage(async () => (await import('../features/clients/ClientPage')).ClientPage) },
      { path: 'clients/:clientId/edit', ...lazyPage(async () => (await import('../features/clients/ClientFormPages')).ClientEditPage) },
      { path: 'exercises', ...lazyPage(async () => (await import('../features/exercises/ExerciseLibraryPage')).ExerciseLibraryPage) },
      { path: 'exercises/new', ...lazyPage(async () => (await import('../features/exercises/ExerciseFormPages')).ExerciseCreatePage) },
      { path: 'exercises/guide', ...lazyPage(async () => (await import('../features/exercises/MuscleGuidePage')).MuscleGuidePage) },
      { path: 'exercises/guide/:section', ...lazyPage(async () => (await import('../features/exercises/MuscleGuidePage')).MuscleGuidePage) },
      { path: 'exercises/:exerciseId', ...lazyPage(async () => (await import('../features/exercises/ExercisePage')).ExercisePage) },
      { path: 'exercises/:exerciseId/edit', ...lazyPage(async () => (await import('../features/exercises/ExerciseFormPages')).ExerciseEditPage) },
      { path: 'programs', ...lazyPage(async () => (await import('../features/programs/ProgramListPage')).ProgramListPage) },
      { path: 'programs/:programId', ...lazyPage(async () => (await import('../features/programs/ProgramDesignerPage')).ProgramDesignerPage) },
      { path: 'settings', ...lazyPage(async () => (await import('../features/settings/SettingsPage')).SettingsPage) },
      ...progressRoutes,
      ...dataSafetyRoutes,
      { path: '*', element: <NotFoundPage /> }
    ]
  }
])

/**
 * The other screens' chunks are fetched once the start's own calls are answered: before that, an idle
 * moment is only the app waiting for the core, and fetching and evaluating chunks then (the main process
 * serves the files in Electron) would delay the very answers Today waits for.
 */
function preloadPagesOnceAnswered(): () => void {
  let stopPreloading: (() => void) | undefined
  const startWhenSettled = () => {
    if (stopPreloading || queryClient.isFetching({ predicate: (query) => !isStartupCheck(query.queryKey) }) > 0) return
    stopWatching()
    stopPreloading = preloadPages()
  }
  const stopWatching = queryClient.getQueryCache().subscribe(startWhenSettled)
  startWhenSettled()
  return () => {
    stopWatching()
    stopPreloading?.()
  }
}

export function App() {
  useEffect(() => followCoreChanges(), [])
  useEffect(() => preloadPagesOnceAnswered(), [])
  return (
    <QueryClientProvider client={queryClient}>
      {/* The recovery screen instead of the app when the data file cannot be opened. */}
      <RecoveryGate>
        <RouterProvider router={router} />
      </RecoveryGate>
    </QueryClientProvider>
  )
}
