import { useRef, useState, type ChangeEvent } from 'react'
import type { Logo } from '../../../../shared/settings'
import { Field } from '../../components/Field'
import { logoDataUrl, readLogoFile } from './logoFile'

interface LogoFieldProps {
  logo: Logo | null
  onChange(logo: Logo | null): void
  /** A message from the schema or the core about the logo being sent. */
  error?: string
}

/** Choose, preview and remove the logo printed on plans. A file that cannot be a logo is refused here, with the reason. */
export function LogoField({ logo, onChange, error }: LogoFieldProps) {
  const [fileError, setFileError] = useState<string>()
  const input = useRef<HTMLInputElement>(null)

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    if (!file) return
    const result = await readLogoFile(file)
    // Clear the picker, so choosing the same file again (after fixing it) is noticed.
    event.target.value = ''
    if (result.ok) {
      setFileError(undefined)
      onChange(result.logo)
    } else {
      setFileError(result.message)
    }
  }

  function remove() {
    setFileError(undefined)
    onChange(null)
    // The Remove button disappears; keep the keyboard user in the same place.
    input.current?.focus()
  }

  return (
    <div className="logo-field">
      <div className="logo-preview" aria-live="polite">
        {logo ? <img src={logoDataUrl(logo)} alt="Your logo" /> : <span className="logo-empty">No logo</span>}
      </div>
      <div className="logo-controls">
        <Field label="Logo" hint="A PNG or JPEG image of at most 512 KB, printed at the top of every plan." error={fileError ?? error}>
          {(control) => (
            <input
              {...control}
              ref={input}
              type="file"
              accept="image/png,image/jpeg"
              onChange={(event) => void choose(event)}
              className="logo-input"
            />
          )}
        </Field>
        {logo && (
          <button type="button" className="button" onClick={remove}>
            Remove logo
          </button>
        )}
      </div>
    </div>
  )
}
