import { useEffect, useId, useState } from 'react'
import { BackupSettingsUpdate } from '../../../../shared/data-safety'

type NumberKey = 'everyHours' | 'keepDaily' | 'keepWeekly' | 'keepManual'

/**
 * A whole-number backup setting, checked with the contract's own limits and saved when the box is
 * left or Enter is pressed (not on each key, so typing 12 never saves 1).
 */
export function NumberSetting({ name, label, unit, value, onSave }: { name: NumberKey; label: string; unit: string; value: number; onSave(n: number): void }) {
  const id = useId()
  const [draft, setDraft] = useState(String(value))
  const [error, setError] = useState<string | null>(null)
  useEffect(() => setDraft(String(value)), [value])
  const commit = () => {
    const parsed = BackupSettingsUpdate.safeParse({ [name]: draft.trim() === '' ? Number.NaN : Number(draft) })
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Enter a whole number')
    setError(null)
    const next = parsed.data[name]
    if (next !== undefined && next !== value) onSave(next)
  }
  return (
    <div className={`field ds-number${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <span className="ds-number-input">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          step={1}
          value={draft}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value)
            if (error) setError(null)
          }}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              commit()
            }
          }}
        />
        <span aria-hidden="true">{unit}</span>
      </span>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
