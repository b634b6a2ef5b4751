/** Exports a program (or one session as a one-page card) to a PDF the client can train from. */
export interface ExportPlanButtonProps {
  programId: string
  /** When given, the dialog starts on "one session as today's card" for this session. */
  sessionId?: string
  className?: string
}

export function ExportPlanButton(_props: ExportPlanButtonProps) {
  return null
}
