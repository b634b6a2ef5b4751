import type { ReactNode } from 'react'
import { useId } from 'react'
import type { Sheet } from './sheet'
import type { SheetErrors } from './sheetMapping'
import { PainFields } from './PainFields'

type Patch = Partial<Pick<Sheet, 'date' | 'startTime' | 'durationMinutes' | 'effort' | 'notes' | 'pain'>>

function Box({ label, hint, error, children }: { label: string; hint?: string; error?: string; children(ids: { id: string; describedBy?: string }): ReactNode }) {
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div className={`field log-field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy })}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  )
}

/** When the session happened: the first boxes of the sheet. */
export function WhenFields({ sheet, errors, onChange }: { sheet: Sheet; errors: SheetErrors; onChange(patch: Patch): void }) {
  return (
    <div className="log-when">
      <Box label="Date" error={errors.date}>
        {({ id, describedBy }) => (
          <input id={id} type="date" className="input" value={sheet.date} data-field="date" data-enter-nav="" aria-describedby={describedBy} aria-invalid={errors.date ? true : undefined} onChange={(e) => onChange({ date: e.target.value })} required />
        )}
      </Box>
      <Box label="Start time" error={errors.startTime}>
        {({ id, describedBy }) => (
          <input id={id} type="time" className="input" value={sheet.startTime} data-field="startTime" data-enter-nav="" aria-describedby={describedBy} aria-invalid={errors.startTime ? true : undefined} onChange={(e) => onChange({ startTime: e.target.value })} />
        )}
      </Box>
    </div>
  )
}

/** How the session went as a whole: the last part of the sheet. */
export function HowFields({ sheet, errors, onChange }: { sheet: Sheet; errors: SheetErrors; onChange(patch: Patch): void }) {
  return (
    <fieldset className="card log-session">
      <legend>The whole session</legend>
      <div className="log-how">
        <Box label="Duration (minutes)" error={errors.durationMinutes}>
          {({ id, describedBy }) => (
            <input id={id} type="text" inputMode="numeric" className="input" autoComplete="off" value={sheet.durationMinutes} data-field="durationMinutes" data-enter-nav="" aria-describedby={describedBy} aria-invalid={errors.durationMinutes ? true : undefined} onChange={(e) => onChange({ durationMinutes: e.target.value })} />
          )}
        </Box>
        <Box label="Overall effort (1-10)" hint="1 very easy, 10 as hard as possible" error={errors.effort}>
          {({ id, describedBy }) => (
            <input id={id} type="text" inputMode="numeric" className="input" autoComplete="off" value={sheet.effort} data-field="effort" data-enter-nav="" aria-describedby={describedBy} aria-invalid={errors.effort ? true : undefined} onChange={(e) => onChange({ effort: e.target.value })} />
          )}
        </Box>
      </div>
      <Box label="Notes" error={errors.notes}>
        {({ id, describedBy }) => (
          <textarea id={id} className="input" rows={3} value={sheet.notes} data-field="notes" aria-describedby={describedBy} onChange={(e) => onChange({ notes: e.target.value })} />
        )}
      </Box>
      {sheet.pain ? (
        <PainFields pain={sheet.pain} where="the session" fieldKey="pain" areaError={errors['pain.area']} onChange={(pain) => onChange({ pain })} onRemove={() => onChange({ pain: null })} />
      ) : (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            onChange({ pain: { area: '', note: '' } })
            requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-field="pain.area"]')?.focus())
          }}
        >
          Flag pain during the session
        </button>
      )}
    </fieldset>
  )
}
