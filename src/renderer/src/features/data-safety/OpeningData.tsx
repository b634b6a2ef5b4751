import { useShownAfter } from '../../components/DelayedLoading'

/**
 * What the window says while the core is not answering yet: after an update of Spotter it checks the
 * whole data file and brings it up to this version first, which takes a while with years of records.
 * Shown only after a moment, so a normal start (answered in milliseconds) never flashes it.
 */
export function OpeningData({ delayMs = 400 }: { delayMs?: number }) {
  const shown = useShownAfter(delayMs)
  if (!shown) return null
  return (
    <main className="recovery" id="main">
      <div className="recovery-panel" role="status">
        <h1>Opening your data…</h1>
        <div className="card">
          <p>
            Spotter is checking your data file and updating it for this version. With years of records this can take a minute.
            Your data stays exactly as it was until the update is complete.
          </p>
        </div>
      </div>
    </main>
  )
}
