import { useEffect, useState } from 'react'
import type { CoreEvents } from '../../../../shared/api'

type Progress = CoreEvents['job.progress']

/**
 * While `active`, what the core reports of its long work (job.progress), shown only once the work
 * has taken 300 ms, so quick work does not flash a progress bar.
 */
export function JobProgress({ active, label }: { active: boolean; label: string }) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    if (!active) {
      setProgress(null)
      setVisible(false)
      return
    }
    const timer = setTimeout(() => setVisible(true), 300)
    const unsubscribe = window.api.subscribe('job.progress', setProgress)
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [active])
  if (!active || !visible) return null
  const known = progress !== null && progress.total > 0
  return (
    <div className="job-progress" role="status">
      <span>{progress?.label || label}</span>
      <progress max={known ? progress.total : undefined} value={known ? progress.done : undefined} aria-label={label} />
    </div>
  )
}
