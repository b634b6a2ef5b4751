import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useBlocker } from 'react-router'
import type { TrainerProfile } from '../../../../shared/settings'
import { Dialog } from '../../components/Dialog'
import { Field } from '../../components/Field'
import { Notice } from '../../components/Notice'
import { useWarnBeforeUnload } from '../../components/UnsavedChangesGuard'
import { issuesByPath } from '../../lib/api'
import { keyFor, queryClient, useCoreMutation } from '../../lib/query'
import { CertificationsEditor } from './CertificationsEditor'
import { LogoField } from './LogoField'
import { useFocusReturn } from './useFocusReturn'
import {
  draftFromProfile,
  isDraftChanged,
  profileIssuesFromCore,
  validateDraft,
  type ProfileDraft,
  type ProfileTextField
} from './profileDraft'

interface TextFieldSpec {
  field: ProfileTextField
  label: string
  type: 'text' | 'email' | 'tel' | 'url'
  autoComplete: string
  maxLength: number
  hint?: string
}

const TEXT_FIELDS: TextFieldSpec[] = [
  { field: 'name', label: 'Your name', type: 'text', autoComplete: 'name', maxLength: 120 },
  { field: 'business', label: 'Business name', type: 'text', autoComplete: 'organization', maxLength: 120 },
  { field: 'email', label: 'Email', type: 'email', autoComplete: 'email', maxLength: 254 },
  { field: 'phone', label: 'Phone', type: 'tel', autoComplete: 'tel', maxLength: 30 },
  { field: 'website', label: 'Website', type: 'text', autoComplete: 'url', maxLength: 200, hint: 'e.g. www.example.com' },
  { field: 'address', label: 'Address', type: 'text', autoComplete: 'street-address', maxLength: 300, hint: 'One line, as it should appear on plans' }
]

function sameProfile(a: TrainerProfile, b: TrainerProfile): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The trainer's own details, printed on every plan. Edited as a draft and saved with one button;
 * leaving the screen with unsaved edits asks first.
 */
export function TrainerProfileSection({ stored }: { stored: TrainerProfile }) {
  // The profile the draft was started from; moves on when saved, or when changed elsewhere while not being edited.
  const [baseline, setBaseline] = useState(stored)
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(stored))
  const [issues, setIssues] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<'idle' | 'saved' | 'invalid'>('idle')
  const [failure, setFailure] = useState<string>()
  const form = useRef<HTMLFormElement>(null)
  const focusFirstInvalid = useRef(false)
  const save = useCoreMutation('settings.update')

  const edited = isDraftChanged(draft, baseline)
  if (stored !== baseline && !edited) {
    setBaseline(stored)
    if (!sameProfile(stored, baseline)) setDraft(draftFromProfile(stored))
  }

  useWarnBeforeUnload(edited)
  const blocker = useBlocker(({ currentLocation, nextLocation }) => edited && currentLocation.pathname !== nextLocation.pathname)
  useFocusReturn(blocker.state === 'blocked')

  useEffect(() => {
    if (!focusFirstInvalid.current) return
    focusFirstInvalid.current = false
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  })

  function edit(next: ProfileDraft) {
    setDraft(next)
    setStatus((s) => (s === 'saved' ? 'idle' : s))
    setFailure(undefined)
    // Once messages are showing, keep them current so each disappears as its field is fixed.
    if (Object.keys(issues).length > 0) {
      const result = validateDraft(next)
      setIssues(result.ok ? {} : result.issues)
      if (result.ok) setStatus('idle')
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const result = validateDraft(draft)
    if (!result.ok) {
      setIssues(result.issues)
      setStatus('invalid')
      focusFirstInvalid.current = true
      return
    }
    setIssues({})
    setFailure(undefined)
    save.mutate(
      { trainer: result.profile },
      {
        onSuccess: (settings) => {
          queryClient.setQueryData(keyFor('settings.get', {}), settings)
          setBaseline(settings.trainer)
          setStatus('saved')
        },
        onError: (error) => {
          const fromCore = profileIssuesFromCore(issuesByPath(error))
          setIssues(fromCore)
          if (Object.keys(fromCore).length > 0) {
            setStatus('invalid')
            focusFirstInvalid.current = true
          } else {
            setFailure(error.message)
          }
        }
      }
    )
  }

  function discard() {
    setDraft(draftFromProfile(baseline))
    setIssues({})
    setStatus('idle')
    setFailure(undefined)
  }

  const statusText = save.isPending ? 'Saving…' : status === 'saved' ? 'Saved.' : edited ? 'Unsaved changes' : ''

  return (
    <section className="card settings-card" aria-labelledby="settings-profile">
      <h2 id="settings-profile">Trainer profile</h2>
      <p className="settings-lead">Printed at the top of every client plan, so clients know who wrote it and how to reach you.</p>
      <form ref={form} onSubmit={submit} noValidate>
        <div className="settings-columns">
          {TEXT_FIELDS.map((spec) => (
            <Field key={spec.field} label={spec.label} hint={spec.hint} error={issues[spec.field]}>
              {(control) => (
                <input
                  {...control}
                  type={spec.type}
                  autoComplete={spec.autoComplete}
                  maxLength={spec.maxLength}
                  value={draft[spec.field]}
                  onChange={(e) => edit({ ...draft, [spec.field]: e.target.value })}
                />
              )}
            </Field>
          ))}
        </div>
        <CertificationsEditor certifications={draft.certifications} issues={issues} onChange={(certifications) => edit({ ...draft, certifications })} />
        <LogoField
          logo={draft.logo}
          error={issues['logo'] ?? issues['logo.dataBase64'] ?? issues['logo.mimeType']}
          onChange={(logo) => edit({ ...draft, logo })}
        />
        {status === 'invalid' && <Notice kind="error">Some details need attention (marked above). Nothing was saved.</Notice>}
        {failure && <Notice kind="error">Your profile was not saved: {failure}</Notice>}
        <div className="settings-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            Save profile
          </button>
          {edited && (
            <button type="button" className="button button-quiet" onClick={discard}>
              Discard changes
            </button>
          )}
          <p className={`settings-status${status === 'saved' && !edited ? ' settings-status-saved' : ''}`} role="status">
            {statusText}
          </p>
        </div>
      </form>
      {/* Mounted only while needed: Dialog names itself by a fixed element id, so two on one page would clash. */}
      {blocker.state === 'blocked' && (
        <Dialog
          open
          title="Leave without saving?"
          onClose={() => blocker.reset?.()}
          actions={
            <>
              <button type="button" className="button" onClick={() => blocker.reset?.()}>
                Stay and keep editing
              </button>
              <button type="button" className="button button-danger" onClick={() => blocker.proceed?.()}>
                Leave without saving
              </button>
            </>
          }
        >
          <p>Your changes to the trainer profile have not been saved. If you leave now, they are lost.</p>
        </Dialog>
      )}
    </section>
  )
}
