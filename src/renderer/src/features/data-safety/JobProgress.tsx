import { useEffect, useState } from 'react'
import type { CoreEvents } from '../../../../shared/api'

type Progress = CoreEvents['job.progress']

/**
 * While `active`, what the core reports of its long work (job.progress), shown only once the work
 * has taken 300 ms, so quick work does not flash a progress bar.
 */
export function JobProgress({ active, label, job }: { active: boolean; label: string; /** Only this job's reports (e.g. 'backup'). */ job: string }) {
  const [progress, setProgress] = useState<Progress | null>(null)
  const [visible, setVisible] = useState(false)
  useEffect(() => {
    if (!active) {
      setProgress(null)
      setVisible(false)
      return
    }
    const timer = setTimeout(() => setVisible(true), 300)
    // Other work (an automatic backup in the background) reports on the same event: keep to ours.
    const unsubscribe = window.api.subscribe('job.progress', (report) => {
      if (report.job === job) setProgress(report)
    })
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [active, job])
  if (!active || !visible) return null
  const known = progress !== null && progress.total > 0
  return (
    <div className="job-progress" role="status">
      <span>{progress?.label || label}</span>
      <progress max={known ? progress.total : undefined} value={known ? progress.done : undefined} aria-label={label} />
    </div>
  )
}
