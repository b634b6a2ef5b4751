import { useEffect, useState } from 'react'

/** False until `delayMs` have passed since the component mounted: a wait shown only once it is noticeable. */
export function useShownAfter(delayMs: number): boolean {
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs)
    return () => clearTimeout(timer)
  }, [delayMs])
  return visible
}

/** "Loading…" that appears only if loading takes a noticeable time, so fast loads don't flash. */
export function DelayedLoading({ label = 'Loading…', delayMs = 300 }: { label?: string; delayMs?: number }) {
  return useShownAfter(delayMs) ? (
    <p className="loading" role="status">
      {label}
    </p>
  ) : null
}
