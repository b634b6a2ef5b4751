import { useState } from 'react'

// Inputs of a designer row. Each holds what is typed as a draft and hands the document only values the
// contract accepts, so the autosaved document is always valid; a half-typed value shows as invalid.
// A value changed from outside (undo, redo, a fix) is taken over during the render that receives it,
// not in an effect, so a keystroke costs one render of its cell instead of two.

interface NumberCellProps {
  label: string
  value: number | null
  min: number
  max: number
  /** The grid it moves on (1 for whole numbers). */
  step?: number
  /** Empty means null (e.g. no hold); otherwise empty is invalid. */
  optional?: boolean
  /** Further test on the whole value (e.g. reps min not above max). */
  accept?(value: number): boolean
  onCommit(value: number | null): void
  className?: string
}

export function NumberCell({ label, value, min, max, step = 1, optional = false, accept, onCommit, className }: NumberCellProps) {
  const [draft, setDraft] = useState(value === null ? '' : String(value))
  const [invalid, setInvalid] = useState(false)
  const [shown, setShown] = useState(value)
  const parse = (text: string): number | null => (text.trim() === '' ? null : Number(text))
  // Undo, redo or a fix changed the value: show it (the typed text stays when it means the same).
  if (shown !== value) {
    setShown(value)
    setDraft((d) => (parse(d) === value ? d : value === null ? '' : String(value)))
    setInvalid(false)
  }
  const valid = (n: number | null): boolean =>
    n === null ? optional : Number.isFinite(n) && n >= min && n <= max && Math.abs(n / step - Math.round(n / step)) < 1e-9 && (accept?.(n) ?? true)
  return (
    <input
      className={`cell cell-number${className ? ` ${className}` : ''}`}
      type="text"
      inputMode="decimal"
      aria-label={label}
      aria-invalid={invalid || undefined}
      title={invalid ? `${label}: ${min} to ${max}` : undefined}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value)
        const n = parse(e.target.value)
        const ok = valid(n)
        setInvalid(!ok)
        if (ok && n !== value) onCommit(n)
      }}
      onBlur={() => {
        if (invalid) {
          setDraft(value === null ? '' : String(value))
          setInvalid(false)
        }
      }}
    />
  )
}

interface TextCellProps {
  label: string
  value: string
  maxLength: number
  /** Returns the value to store, or undefined when the text is not acceptable yet. */
  accept?(text: string): string | undefined
  onCommit(value: string): void
  className?: string
  placeholder?: string
}

export function TextCell({ label, value, maxLength, accept = (t) => t, onCommit, className, placeholder }: TextCellProps) {
  const [draft, setDraft] = useState(value)
  const [invalid, setInvalid] = useState(false)
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setDraft((d) => (accept(d) === value ? d : value))
    setInvalid(false)
  }
  return (
    <input
      className={`cell${className ? ` ${className}` : ''}`}
      type="text"
      aria-label={label}
      aria-invalid={invalid || undefined}
      placeholder={placeholder}
      maxLength={maxLength}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value)
        const stored = accept(e.target.value)
        setInvalid(stored === undefined)
        if (stored !== undefined && stored !== value) onCommit(stored)
      }}
      onBlur={() => {
        if (invalid) {
          setDraft(value)
          setInvalid(false)
        }
      }}
    />
  )
}

/** A longer text (a program's description): like TextCell, on several lines. */
export function AreaCell({ label, value, maxLength, onCommit, className, rows = 2 }: { label: string; value: string; maxLength: number; onCommit(value: string): void; className?: string; rows?: number }) {
  const [draft, setDraft] = useState(value)
  const [shown, setShown] = useState(value)
  if (shown !== value) {
    setShown(value)
    setDraft((d) => (d.trim() === value ? d : value))
  }
  return (
    <textarea
      className={`cell${className ? ` ${className}` : ''}`}
      aria-label={label}
      maxLength={maxLength}
      rows={rows}
      value={draft}
      onChange={(e) => {
        setDraft(e.target.value)
        // Control characters (from a paste) would make the document invalid; they carry nothing visible.
        const stored = e.target.value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '').trim()
        if (stored !== value) onCommit(stored)
      }}
    />
  )
}
