import { QueryClientProvider } from '@tanstack/react-query'
import { useEffect } from 'react'
import { createHashRouter, Navigate, RouterProvider } from 'react-router'
import { ClientCreatePage, ClientEditPage } from '../features/clients/ClientFormPages'
import { ClientListPage } from '../features/clients/ClientListPage'
import { ClientPage } from '../features/clients/ClientPage'
import { ExerciseCreatePage, ExerciseEditPage } from '../features/exercises/ExerciseFormPages'
import { ExerciseLibraryPage } from '../features/exercises/ExerciseLibraryPage'
import { ExercisePage } from '../features/exercises/ExercisePage'
import { MuscleGuidePage } from '../features/exercises/MuscleGuidePage'
import { ProgramDesignerPage } from '../features/programs/ProgramDesignerPage'
import { ProgramListPage } from '../features/programs/ProgramListPage'
import { SettingsPage } from '../features/settings/SettingsPage'
import { dataSafetyRoutes } from '../features/data-safety/routes'
import { RecoveryGate } from '../features/data-safety/RecoveryGate'
import { progressRoutes } from '../features/progress/routes'
import { followCoreChanges, queryClient } from '../lib/query'
import { NotFoundPage } from './NotFoundPage'
import { Shell } from './Shell'

// Hash routing: the Electron app loads index.html from a file:// URL, where path routing cannot work.
const router = createHashRouter([
  {
    element: <Shell />,
    children: [
      { index: true, element: <Navigate to="/clients" replace /> },
      { path: 'clients', element: <ClientListPage /> },
      { path: 'clients/new', element: <ClientCreatePage /> },
      { path: 'clients/:clientId', element: <ClientPage /> },
      { path: 'clients/:clientId/edit', element: <ClientEditPage /> },
      { path: 'exercises', element: <ExerciseLibraryPage /> },
      { path: 'exercises/new', element: <ExerciseCreatePage /> },
      { path: 'exercises/guide', element: <MuscleGuidePage /> },
      { path: 'exercises/guide/:section', element: <MuscleGuidePage /> },
      { path: 'exercises/:exerciseId', element: <ExercisePage /> },
      { path: 'exercises/:exerciseId/edit', element: <ExerciseEditPage /> },
      { path: 'programs', element: <ProgramListPage /> },
      { path: 'programs/:programId', element: <ProgramDesignerPage /> },
      { path: 'settings', element: <SettingsPage /> },
      ...progressRoutes,
      ...dataSafetyRoutes,
      { path: '*', element: <NotFoundPage /> }
    ]
  }
])

export function App() {
  useEffect(() => followCoreChanges(), [])
  return (
    <QueryClientProvider client={queryClient}>
      {/* The recovery screen instead of the app when the data file cannot be opened. */}
      <RecoveryGate>
        <RouterProvider router={router} />
      </RecoveryGate>
    </QueryClientProvider>
  )
}
