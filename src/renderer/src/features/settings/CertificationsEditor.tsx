import { useEffect, useRef } from 'react'
import { Field } from '../../components/Field'
import { todayIso } from '../../lib/todayIso'
import { newCertificationKey, type CertificationDraft } from './profileDraft'

const MAX_CERTIFICATIONS = 20

/** Common UK/EU fitness qualifications, offered as suggestions; any other name can be typed. */
const NAME_SUGGESTIONS = [
  'First aid certificate',
  'CPR and AED',
  'Gym instructor (Level 2)',
  'Personal trainer (Level 3)',
  'Exercise referral (Level 3)',
  'Pre- and postnatal exercise',
  'Strength and conditioning',
  'Nutrition for physical activity',
  'Group exercise instructor',
  'Pilates instructor',
  'Yoga teacher'
]
const LEVEL_SUGGESTIONS = ['Level 2', 'Level 3', 'Level 4', 'Level 5']

const SOON_DAYS = 60

function daysUntil(date: string): number {
  return Math.round((Date.parse(date) - Date.parse(todayIso())) / 86_400_000)
}

function ExpiryBadge({ expiresOn }: { expiresOn: string }) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(expiresOn)) return null
  const days = daysUntil(expiresOn)
  if (days < 0) return <span className="badge badge-warning">Expired</span>
  if (days <= SOON_DAYS) return <span className="badge badge-warning">Expires in {days === 0 ? 'less than a day' : `${days} days`}</span>
  return null
}

interface CertificationsEditorProps {
  certifications: CertificationDraft[]
  onChange(certifications: CertificationDraft[]): void
  /** Messages keyed by path inside the profile, e.g. "certifications.0.name". */
  issues: Record<string, string>
}

/** The trainer's qualifications as a list of rows: add, edit, remove. */
export function CertificationsEditor({ certifications, onChange, issues }: CertificationsEditorProps) {
  const list = useRef<HTMLOListElement>(null)
  const focusAfterRender = useRef<string | null>(null)

  useEffect(() => {
    const key = focusAfterRender.current
    if (key === null) return
    focusAfterRender.current = null
    const target = key === 'add' ? document.getElementById('add-certification') : list.current?.querySelector<HTMLInputElement>(`[data-row="${key}"] input`)
    target?.focus()
  })

  function update(index: number, patch: Partial<CertificationDraft>) {
    onChange(certifications.map((c, i) => (i === index ? { ...c, ...patch } : c)))
  }

  function add() {
    const row: CertificationDraft = { key: newCertificationKey(), name: '', level: '', expiresOn: '' }
    focusAfterRender.current = row.key
    onChange([...certifications, row])
  }

  function remove(index: number) {
    // Focus the next row's name (or the add button), so the keyboard never falls back to the page top.
    const next = certifications[index + 1] ?? certifications[index - 1]
    focusAfterRender.current = next ? next.key : 'add'
    onChange(certifications.filter((_, i) => i !== index))
  }

  return (
    <fieldset className="certifications">
      <legend>Certifications</legend>
      <p className="field-hint">Qualifications you hold, printed with your name. Add the expiry date to be reminded before it lapses.</p>
      {issues['certifications'] && <p className="field-error">{issues['certifications']}</p>}
      {certifications.length === 0 ? (
        <p className="certifications-empty">No certifications yet.</p>
      ) : (
        <ol className="certification-list" ref={list}>
          {certifications.map((certification, index) => {
            const number = index + 1
            const path = `certifications.${index}`
            return (
              <li key={certification.key} className="certification-row" data-row={certification.key} aria-label={`Certification ${number}`}>
                <Field label="Certification" error={issues[`${path}.name`]} required className="certification-name">
                  {(control) => (
                    <input {...control} type="text" list="certification-names" value={certification.name} maxLength={120}
                      onChange={(e) => update(index, { name: e.target.value })} />
                  )}
                </Field>
                <Field label="Level" error={issues[`${path}.level`]} className="certification-level">
                  {(control) => (
                    <input {...control} type="text" list="certification-levels" value={certification.level} maxLength={40}
                      onChange={(e) => update(index, { level: e.target.value })} />
                  )}
                </Field>
                <Field label="Expires on" error={issues[`${path}.expiresOn`]} className="certification-expiry">
                  {(control) => (
                    <input {...control} type="date" value={certification.expiresOn} onChange={(e) => update(index, { expiresOn: e.target.value })} />
                  )}
                </Field>
                <div className="certification-actions">
                  <ExpiryBadge expiresOn={certification.expiresOn} />
                  <button type="button" className="button button-quiet" onClick={() => remove(index)}
                    aria-label={`Remove certification ${number}${certification.name ? `: ${certification.name}` : ''}`}>
                    Remove
                  </button>
                </div>
              </li>
            )
          })}
        </ol>
      )}
      <datalist id="certification-names">
        {NAME_SUGGESTIONS.map((name) => <option key={name} value={name} />)}
      </datalist>
      <datalist id="certification-levels">
        {LEVEL_SUGGESTIONS.map((level) => <option key={level} value={level} />)}
      </datalist>
      <button type="button" id="add-certification" className="button" onClick={add} disabled={certifications.length >= MAX_CERTIFICATIONS}>
        Add certification
      </button>
      {certifications.length >= MAX_CERTIFICATIONS && <p className="field-hint">That is the most a plan can show ({MAX_CERTIFICATIONS}).</p>}
    </fieldset>
  )
}
