import { Field } from '../../components/Field'

export interface PasswordChoice {
  protect: boolean
  password: string
  repeat: string
}

export const NO_PASSWORD: PasswordChoice = { protect: false, password: '', repeat: '' }

/** Field errors of a password choice (empty when it is fine); the same limits as the contract's. */
export function passwordErrors(choice: PasswordChoice): { password?: string; repeat?: string } {
  if (!choice.protect) return {}
  if (choice.password.length < 8) return { password: 'Use at least 8 characters' }
  if (choice.password.length > 200) return { password: 'Use at most 200 characters' }
  if (choice.repeat !== choice.password) return { repeat: 'The two passwords are not the same' }
  return {}
}

/** "Protect with a password", then the password twice (a typo would lock the trainer out of their own file). */
export function PasswordFields({ value, onChange, errors }: { value: PasswordChoice; onChange(v: PasswordChoice): void; errors: { password?: string; repeat?: string } }) {
  return (
    <div className="ds-password">
      <label className="checkbox">
        <input type="checkbox" checked={value.protect} onChange={(e) => onChange({ ...value, protect: e.target.checked })} />
        Protect the file with a password
      </label>
      {value.protect && (
        <>
          <Field label="Password" hint="At least 8 characters. Without it the file cannot be opened: keep it somewhere safe." error={errors.password} required>
            {(control) => <input {...control} type="password" autoComplete="new-password" value={value.password} onChange={(e) => onChange({ ...value, password: e.target.value })} />}
          </Field>
          <Field label="Password again" error={errors.repeat} required>
            {(control) => <input {...control} type="password" autoComplete="new-password" value={value.repeat} onChange={(e) => onChange({ ...value, repeat: e.target.value })} />}
          </Field>
        </>
      )}
    </div>
  )
}
