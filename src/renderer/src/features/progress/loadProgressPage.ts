/** The progress page's code (with the charts library): its own chunk, fetched early when a client page is idle. */
export const loadProgressPage = () => import('./page/ProgressPage')
