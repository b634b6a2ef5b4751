import type { RouteObject } from 'react-router'
import { DataPage } from './DataPage'

/** Screens of data safety (backups, restore, import and export), added to the app's router. */
export const dataSafetyRoutes: RouteObject[] = [{ path: 'data', element: <DataPage /> }]
