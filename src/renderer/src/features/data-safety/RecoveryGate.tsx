import { lazy, Suspense, type ReactNode } from 'react'
import { call } from '../../lib/api'
import { keyFor, queryClient, useCoreQuery } from '../../lib/query'
import { OpeningData } from './OpeningData'

// Asked as soon as the bundle runs, not after the first render: the answer is usually back by the time
// React needs it, so checking the data file costs the start-up next to nothing.
void queryClient.prefetchQuery({ queryKey: keyFor('recovery.status', {}), queryFn: () => call('recovery.status', {}) })

const AFTER_CHECK = { afterCheck: true }

/** The query that waits for the start-up check: not something the rest of the start waits for. */
export function isStartupCheck(queryKey: readonly unknown[]): boolean {
  return queryKey[1] === 'recovery.status' && (queryKey[2] as { afterCheck?: boolean } | undefined)?.afterCheck === true
}

// A chunk of its own: nearly every start opens the data normally, and the recovery screen (with its
// backup table and dialogs) would otherwise be compiled on each of them before Today can show.
const RecoveryScreen = lazy(async () => ({ default: (await import('./RecoveryScreen')).RecoveryScreen }))

/**
 * At start the core says whether the data file opened. When it did not (damaged, foreign, from a
 * newer Spotter...), the recovery screen takes the whole window instead of the app.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useCoreQuery('recovery.status', {})
  // The data shows while the whole file is still checked on a worker thread (seconds for years of
  // records). This second question is answered when that check ends: damage found brings the recovery
  // screen, whether or not the window heard the core's change event (sent before it listened, say).
  const checked = useCoreQuery('recovery.status', AFTER_CHECK, { enabled: status.data?.problem === null })
  // Answered at once on a normal start; after an update the core first upgrades the file.
  if (status.isPending) return <OpeningData />
  const problem = checked.data?.problem ? checked.data : status.data?.problem ? status.data : null
  if (problem) {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={problem} />
      </Suspense>
    )
  }
  // Opened normally, or the question itself failed: the app shows its own errors screen by screen.
  return <>{children}</>
}
