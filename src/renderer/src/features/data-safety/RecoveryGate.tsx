import { lazy, Suspense, type ReactNode } from 'react'
import { call } from '../../lib/api'
import { keyFor, queryClient, useCoreQuery } from '../../lib/query'

// Asked as soon as the bundle runs, not after the first render: the answer is usually back by the time
// React needs it, so checking the data file costs the start-up next to nothing.
void queryClient.prefetchQuery({ queryKey: keyFor('recovery.status', {}), queryFn: () => call('recovery.status', {}) })

// A chunk of its own: nearly every start opens the data normally, and the recovery screen (with its
// backup table and dialogs) would otherwise be compiled on each of them before Today can show.
const RecoveryScreen = lazy(async () => ({ default: (await import('./RecoveryScreen')).RecoveryScreen }))

/**
 * At start the core says whether the data file opened. When it did not (damaged, foreign, from a
 * newer Spotter...), the recovery screen takes the whole window instead of the app.
 */
export function RecoveryGate({ children }: { children: ReactNode }) {
  const status = useCoreQuery('recovery.status', {})
  if (status.isPending) return null
  if (status.data && status.data.problem !== null) {
    return (
      <Suspense fallback={null}>
        <RecoveryScreen status={status.data} />
      </Suspense>
    )
  }
  // Opened normally, or the question itself failed: the app shows its own errors screen by screen.
  return <>{children}</>
}
