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

function decodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - padding
}

/** Base64 image data within a size limit (counted in decoded bytes, not characters). */
export function imageData(maxBytes: number, label: string) {
  const maxBase64 = Math.ceil(maxBytes / 3) * 4
  const limit = maxBytes >= 1024 * 1024 ? `${maxBytes / 1024 / 1024} MB` : `${maxBytes / 1024} KB`
  return z
    .string({ error: `${label} must be image data` })
    .min(8, { error: `${label} is empty` })
    .max(maxBase64, { error: `${label} must be at most ${limit}`, abort: true })
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: `${label} is not a valid image encoding` })
    // The length cap alone lets through up to 2 bytes over (base64 pads to 4 characters); count the bytes.
    .refine((s) => decodedBytes(s) <= maxBytes, { error: `${label} must be at most ${limit}` })
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Checks the first bytes (the file signature) against the declared type; works in Node and the browser. */
export function imageMatchesType(mimeType: 'image/png' | 'image/jpeg', dataBase64: string): boolean {
  let head: string
  try {
    head = atob(dataBase64.slice(0, 12))
  } catch {
    return false
  }
  const bytes = Array.from(head, (ch) => ch.charCodeAt(0))
  if (mimeType === 'image/png') return PNG_SIGNATURE.every((b, i) => bytes[i] === b)
  return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
}
