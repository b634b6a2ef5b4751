import { useState, type ReactNode } from 'react'
import type { ExportResult } from '../../../../shared/data-safety'
import { Dialog } from '../../components/Dialog'
import { NO_PASSWORD, PasswordFields, passwordErrors, type PasswordChoice } from './PasswordFields'

interface ExportDialogProps {
  title: string
  /** What is exported, in a sentence. */
  intro: ReactNode
  /** Extra fields above the password (e.g. which client). */
  children?: ReactNode
  /** Checks the extra fields; a message blocks the export. */
  check?(): string | null
  /** Asks where to save, then exports; null when the trainer cancelled the save dialog. */
  run(password: string | undefined): Promise<ExportResult | null>
  onClose(): void
  onDone(result: ExportResult): void
}

/** Export with an optional password: chosen first, then the save dialog, then the file is written. */
export function ExportDialog({ title, intro, children, check, run, onClose, onDone }: ExportDialogProps) {
  const [password, setPassword] = useState<PasswordChoice>(NO_PASSWORD)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const errors = tried ? passwordErrors(password) : {}
  // Re-checked as the trainer fixes it, so a message never outlives its cause.
  const missing = tried ? (check?.() ?? null) : null

  async function submit() {
    if (busy) return
    setTried(true)
    if (check?.() || Object.keys(passwordErrors(password)).length > 0) return
    setBusy(true)
    setError(null)
    try {
      const result = await run(password.protect ? password.password : undefined)
      if (result) onDone(result)
    } catch (failure) {
      setError(`The export failed: ${failure instanceof Error ? failure.message : String(failure)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" onClick={() => void submit()}>
            {busy ? 'Exporting…' : 'Choose where to save…'}
          </button>
        </>
      }
    >
      <div className="ds-dialog-form">
        <p>{intro}</p>
        {children}
        <PasswordFields value={password} onChange={setPassword} errors={errors} />
        {(missing ?? error) && (
          <p className="field-error" role="alert">
            {missing ?? error}
          </p>
        )}
      </div>
    </Dialog>
  )
}
