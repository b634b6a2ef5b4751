import { useEffect, useState } from 'react'

/** "Loading…" that appears only if loading takes a noticeable time, so fast loads don't flash. */
export function DelayedLoading({ label = 'Loading…', delayMs = 300 }: { label?: string; delayMs?: number }) {
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs)
    return () => clearTimeout(timer)
  }, [delayMs])
  return visible ? (
    <p className="loading" role="status">
      {label}
    </p>
  ) : null
}
