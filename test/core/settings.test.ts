import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, LOGO_MAX_BYTES } from '../../src/shared/settings'
import { openTestCore, storeHash, tempDir } from '../helpers/store'

const trainer = {
  name: 'Sam Rivera',
  business: 'Rivera Strength',
  email: 'sam@rivera.example',
  phone: '+1 555 0100',
  website: 'rivera.example',
  address: '1 Main St',
  certifications: [{ name: 'Personal Trainer', level: 'Level 3', expiresOn: '2027-06-30' }],
  logo: null
}

/** A logo of exactly `bytes` bytes, as the settings screen sends it. */
/** A PNG-signed buffer of exactly `bytes` bytes (the contract checks the signature as well as the size). */
function logoOf(bytes: number) {
  const data = Buffer.alloc(bytes, 7)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(data)
  return { mimeType: 'image/png' as const, dataBase64: data.toString('base64') }
}

describe('settings', () => {
  it('starts with the defaults', async () => {
    const { value } = openTestCore()
    expect(await value('settings.get', {})).toEqual(DEFAULT_SETTINGS)
  })

  it('updating one section keeps the others', async () => {
    const { value } = openTestCore()
    await value('settings.update', { trainer })
    const after = await value('settings.update', { units: { weight: 'lb', length: 'in' } })
    expect(after).toEqual({ ...DEFAULT_SETTINGS, trainer, units: { weight: 'lb', length: 'in' } })
    const later = await value('settings.update', { paperSize: 'Letter', firstDayOfWeek: 'sunday' })
    expect(later).toEqual({ trainer, units: { weight: 'lb', length: 'in' }, paperSize: 'Letter', firstDayOfWeek: 'sunday' })
  })

  it('accepts a 512 KB logo and refuses one a byte larger, writing nothing', async () => {
    const { value, call, db } = openTestCore()
    const saved = await value('settings.update', { trainer: { ...trainer, logo: logoOf(LOGO_MAX_BYTES) } })
    expect(Buffer.from(saved.trainer.logo?.dataBase64 ?? '', 'base64').length).toBe(LOGO_MAX_BYTES)

    const hash = storeHash(db)
    for (const bytes of [LOGO_MAX_BYTES + 1, LOGO_MAX_BYTES + 2, LOGO_MAX_BYTES + 1024]) {
      const answer = await call('settings.update', { trainer: { ...trainer, logo: logoOf(bytes) } })
      expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'trainer.logo.dataBase64', message: 'The logo must be at most 512 KB' }] } })
    }
    expect(storeHash(db)).toBe(hash)
  })

  it('refuses a bad section without touching the good ones sent with it', async () => {
    const { call, value, db } = openTestCore()
    await value('settings.update', { trainer })
    const hash = storeHash(db)
    const answer = await call('settings.update', { units: { weight: 'kg', length: 'cm' }, paperSize: 'A3' })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'paperSize', message: 'Paper size is A4 or Letter' }] } })
    expect(storeHash(db)).toBe(hash)
  })

  it('is kept across closing and reopening the store', async () => {
    const dataDir = tempDir()
    const first = openTestCore(dataDir)
    await first.value('settings.update', { trainer, firstDayOfWeek: 'saturday' })
    first.close()
    const second = openTestCore(dataDir)
    expect(await second.value('settings.get', {})).toEqual({ ...DEFAULT_SETTINGS, trainer, firstDayOfWeek: 'saturday' })
  })
})
