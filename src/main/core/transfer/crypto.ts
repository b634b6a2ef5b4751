import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import { z } from 'zod'
import { CoreFailure } from '../errors'

// Password-protected exports: the JSON is gzipped, then sealed with AES-256-GCM (authenticated, so a
// wrong password and a changed file are both detected) under a key derived from the password with scrypt.

export const ENCRYPTED_FORMAT = 'spotter-export-encrypted' as const
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 }
/** Decompressed size limit: a small file must not unpack into gigabytes. */
export const MAX_PLAIN_BYTES = 256 * 1024 * 1024

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/)

const Sealed = z.strictObject({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.literal(1),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    // Bounded, so a crafted file cannot make the key derivation take minutes or gigabytes.
    N: z.int().min(2 ** 10).max(2 ** 17),
    r: z.int().min(1).max(16),
    p: z.int().min(1).max(4),
    salt: B64.max(64)
  }),
  cipher: z.literal('aes-256-gcm'),
  iv: B64.max(32),
  tag: B64.max(32),
  data: B64
})
type Sealed = z.infer<typeof Sealed>

function keyFrom(password: string, kdf: Sealed['kdf']): Buffer {
  return scryptSync(password.normalize('NFC'), Buffer.from(kdf.salt, 'base64'), 32, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: 256 * kdf.N * kdf.r })
}

/** The header fields are authenticated too: changing the KDF settings breaks the seal. */
function aadOf(sealed: Omit<Sealed, 'tag' | 'data'>): Buffer {
  return Buffer.from(JSON.stringify([sealed.format, sealed.formatVersion, sealed.kdf, sealed.cipher, sealed.iv]))
}

export function seal(plain: string, password: string): string {
  const kdf = { name: 'scrypt' as const, ...SCRYPT, salt: randomBytes(16).toString('base64') }
  const iv = randomBytes(12)
  const head = { format: ENCRYPTED_FORMAT as typeof ENCRYPTED_FORMAT, formatVersion: 1 as const, kdf, cipher: 'aes-256-gcm' as const, iv: iv.toString('base64') }
  const cipher = createCipheriv('aes-256-gcm', keyFrom(password, kdf), iv)
  cipher.setAAD(aadOf(head))
  const data = Buffer.concat([cipher.update(gzipSync(Buffer.from(plain, 'utf8'))), cipher.final()])
  return JSON.stringify({ ...head, tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') })
}

export function isSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { format?: unknown }).format === ENCRYPTED_FORMAT
}

/** Opens a sealed export; a missing or wrong password is reported on the password field. */
export function unseal(value: unknown, password: string | undefined, path: string): string {
  const parsed = Sealed.safeParse(value)
  if (!parsed.success) throw new CoreFailure('conflict', `${path} is a password-protected export whose wrapping is damaged`, [{ path: 'path', message: 'Damaged file' }])
  if (password === undefined) {
    throw new CoreFailure('conflict', 'This file is protected by a password: enter the password it was exported with', [{ path: 'password', message: 'Enter the password' }])
  }
  const sealed = parsed.data
  let zipped: Buffer
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(password, sealed.kdf), Buffer.from(sealed.iv, 'base64'))
    decipher.setAAD(aadOf(sealed))
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'))
    zipped = Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()])
  } catch {
    throw new CoreFailure('conflict', 'The password is wrong (or the file was changed after it was exported)', [{ path: 'password', message: 'Wrong password' }])
  }
  try {
    return gunzipSync(zipped, { maxOutputLength: MAX_PLAIN_BYTES }).toString('utf8')
  } catch {
    throw new CoreFailure('conflict', `${path} unpacks to more than ${MAX_PLAIN_BYTES / 1024 / 1024} MB or is damaged`, [{ path: 'path', message: 'Damaged or too large' }])
  }
}
