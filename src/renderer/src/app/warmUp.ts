/**
 * Work the app chunk would otherwise do on its way to Today's first paint, done instead in the first idle
 * moment while that chunk is still being fetched and compiled (the main thread has nothing else to do then):
 * - The first Intl formatter a renderer process makes loads ICU's locale, calendar and time-zone data:
 *   20-50 ms of main-thread work (measured in Chromium), the largest single cost of evaluating the app
 *   chunk, whose day formatters (progressText.ts) are made at its top level. Afterwards each takes well
 *   under a millisecond.
 * - The first read of sessionStorage (react-router reads it when the router is made) waits on the browser
 *   process to hand over the storage area; read once here, it is then in the page.
 */
export function warmUp(): void {
  const warm = () => {
    new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(0)
    // Numbers have data of their own (a few ms more), and Today formats some.
    new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(1)
    try {
      sessionStorage.getItem('spotter')
    } catch {
      // Storage can be unavailable; react-router copes, and so does this.
    }
  }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 200 })
  else setTimeout(warm, 0)
}
