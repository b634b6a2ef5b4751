import { useState } from 'react'
import { ExportPlanDialog } from './ExportPlanDialog'
import './plans.css'

/** Exports a program (or one session as a one-page card) to a PDF the client can train from. */
export interface ExportPlanButtonProps {
  programId: string
  /** When given, the dialog starts on "one session as today's card" for this session. */
  sessionId?: string
  className?: string
}

export function ExportPlanButton({ programId, sessionId, className }: ExportPlanButtonProps) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className={`button ${className ?? ''}`.trim()} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export PDF…
      </button>
      {open && <ExportPlanDialog programId={programId} sessionId={sessionId} onClose={() => setOpen(false)} />}
    </>
  )
}
