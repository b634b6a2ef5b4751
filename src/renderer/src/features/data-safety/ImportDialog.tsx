import { useEffect, useState } from 'react'
import type { ImportPreview } from '../../../../shared/data-safety'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { ApiError, call } from '../../lib/api'
import { queryClient } from '../../lib/query'
import { describeCounts, formatWhen, plural } from './dataText'

/** A preview failed because the file is locked (or the password was wrong): ask for it, rather than fail. */
function needsPassword(error: unknown): boolean {
  return error instanceof ApiError && error.issues.some((issue) => issue.path === 'password')
}

type Step = { kind: 'checking' } | { kind: 'password'; message: string | null } | { kind: 'preview'; preview: ImportPreview } | { kind: 'failed'; message: string }

/**
 * Import an export file: checked first (what it holds, when and by which Spotter it was made), a
 * password if it has one, then an explicit choice: replace everything (a whole store) or add the
 * client (a one-client file).
 */
export function ImportDialog({ path, onClose, onDone }: { path: string; onClose(): void; onDone(message: string): void }) {
  const [step, setStep] = useState<Step>({ kind: 'checking' })
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function check(withPassword?: string) {
    setStep({ kind: 'checking' })
    try {
      const preview = await call('transfer.previewImport', { path, ...(withPassword ? { password: withPassword } : {}) })
      setStep({ kind: 'preview', preview })
    } catch (failure) {
      if (failure instanceof ApiError && needsPassword(failure)) {
        const message = withPassword ? (failure.issues.find((i) => i.path === 'password')?.message ?? failure.message) : null
        setStep({ kind: 'password', message })
      } else setStep({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) })
    }
  }

  useEffect(() => {
    void check()
  }, [path])

  async function apply(preview: ImportPreview) {
    if (busy) return
    setBusy(true)
    setError(null)
    const secret = password ? { password } : {}
    try {
      if (preview.kind === 'store') {
        const result = await call('transfer.importStore', { path, ...secret, confirm: true })
        onDone(`Imported: you now have ${describeCounts(result.counts)}. Your data as it was before is kept as a backup.`)
      } else {
        const result = await call('transfer.importClient', { path, ...secret })
        onDone(`Added ${result.clientName} with ${plural(result.programs, 'program')} and ${plural(result.logs, 'log')}.`)
      }
      void queryClient.invalidateQueries()
    } catch (failure) {
      setError(`Nothing was imported: ${failure instanceof Error ? failure.message : String(failure)}`)
    } finally {
      setBusy(false)
    }
  }

  const preview = step.kind === 'preview' ? step.preview : null
  const title = preview ? (preview.kind === 'store' ? 'Replace all your data with this file?' : `Add ${preview.clientName ?? 'this client'}?`) : 'Import from a file'
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {preview?.kind === 'store' ? 'Keep my data' : 'Cancel'}
          </button>
          {step.kind === 'password' && (
            <button type="button" className="button button-primary" onClick={() => void check(password)}>
              Open the file
            </button>
          )}
          {preview && (
            <button type="button" className={`button ${preview.kind === 'store' ? 'button-danger' : 'button-primary'}`} onClick={() => void apply(preview)}>
              {busy ? 'Importing…' : preview.kind === 'store' ? 'Replace all my data' : 'Add this client'}
            </button>
          )}
        </>
      }
    >
      <p className="ds-path">
        <code>{path}</code>
      </p>
      {step.kind === 'checking' && <p role="status">Checking the file…</p>}
      {step.kind === 'failed' && (
        <p className="field-error" role="alert">
          This file cannot be imported: {step.message}
        </p>
      )}
      {step.kind === 'password' && (
        <Field label="Password" hint="This file is protected. Type the password it was exported with." error={step.message ?? undefined} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="off"
              autoFocus
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') void check(password)
              }}
            />
          )}
        </Field>
      )}
      {preview && (
        <>
          <dl className="ds-facts">
            <dt>Holds</dt>
            <dd>{preview.kind === 'store' ? 'Everything (a whole export)' : `One client: ${preview.clientName ?? ''}`}</dd>
            <dt>Clients</dt>
            <dd>{preview.counts.clients.toLocaleString()}</dd>
            <dt>Programs</dt>
            <dd>{preview.counts.programs.toLocaleString()}</dd>
            <dt>Logs</dt>
            <dd>{preview.counts.logs.toLocaleString()}</dd>
            <dt>Exported</dt>
            <dd>
              {formatWhen(preview.exportedAt)} by Spotter {preview.appVersion}
              {preview.encrypted ? ' (password protected)' : ''}
            </dd>
          </dl>
          <p>
            {preview.kind === 'store'
              ? 'Everything in Spotter now is replaced by what this file holds. Spotter first keeps a backup of your current data, so you can go back.'
              : 'The client is added beside your other clients; nobody already here is changed.'}
          </p>
        </>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  )
}
