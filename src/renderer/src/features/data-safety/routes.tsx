import type { RouteObject } from 'react-router'

/** Screens of data safety (backups, restore, import and export), added to the app's router. */
export const dataSafetyRoutes: RouteObject[] = []
