import { z } from 'zod'

// Building blocks shared by every domain's schemas, so that limits and messages read the same everywhere.

export const Id = z.uuid({ error: 'Must be an id made by the app' })

/** Trimmed single-line text with a hard length limit (oversized strings are rejected, never cut). */
export function line(max: number, label = 'This field') {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .transform((s) => s.trim())
    .pipe(z.string().refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), { error: `${label} contains control characters` }))
}

/** Multi-line free text (notes, goals): newlines allowed, same hard limit. */
export function paragraph(max: number, label = 'This field') {
  return z
    .string({ error: `${label} must be text` })
    .max(max, { error: `${label} must be at most ${max} characters` })
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s), { error: `${label} contains control characters` })
}

function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** A calendar date as YYYY-MM-DD (ISO strings compare correctly as text). */
export const IsoDate = z.iso.date({ error: 'Must be a date (YYYY-MM-DD)' })

export const PastDate = IsoDate.refine((d) => d <= todayIso(), { error: 'Must not be in the future' })

export const Timestamp = z.string().describe('ISO 8601 date and time, UTC')

export const EmptyInput = z.strictObject({})
export const IdInput = z.strictObject({ id: Id })
