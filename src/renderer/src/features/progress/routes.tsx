import type { RouteObject } from 'react-router'

/** Screens of progress tracking (dashboard, session log, measurements, progress), added to the app's router. */
export const progressRoutes: RouteObject[] = []
