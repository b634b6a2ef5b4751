import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { checkA11y, expect, shot, test } from './fixtures'

const PROFILE = {
  'Your name': 'Sam Carter',
  'Business name': 'Carter Strength & Conditioning',
  Email: 'sam@carter-strength.example',
  Phone: '+44 7700 900123',
  Website: 'www.carter-strength.example',
  Address: '12 Mill Lane, Leeds LS1 4AB'
}

/** A small, real PNG logo drawn by the page's canvas (so it is a genuine image, not a stub of bytes). */
async function drawLogoPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 240
    canvas.height = 96
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#17212f'
    ctx.fillRect(0, 0, 240, 96)
    ctx.fillStyle = '#f5a524'
    ctx.font = 'bold 40px sans-serif'
    ctx.fillText('CARTER', 24, 62)
    return canvas.toDataURL('image/png').split(',')[1]!
  })
  return Buffer.from(base64, 'base64')
}

async function openSettings(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/#/settings`)
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Trainer profile' })).toBeVisible()
}

function certificationRow(page: Page, number: number) {
  return page.getByRole('listitem', { name: `Certification ${number}` })
}

async function settingsInCore(harness: { call(method: string, input?: unknown): Promise<{ ok: boolean; value?: unknown }> }) {
  const envelope = await harness.call('settings.get')
  expect(envelope.ok).toBe(true)
  return envelope.value as {
    trainer: Record<string, unknown> & { logo: { mimeType: string; dataBase64: string } | null }
    units: { weight: string; length: string }
    paperSize: string
    firstDayOfWeek: string
  }
}

test('the trainer fills in the whole profile with certifications and a logo, saves it, and finds it again after a reload', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await openSettings(page, harness.url)
  await expect(page.getByText('No certifications yet.')).toBeVisible()
  await expect(page.getByText('No logo', { exact: true })).toBeVisible()
  await checkA11y(page, 'settings (empty)')
  await shot(page, 'settings-empty')

  for (const [label, value] of Object.entries(PROFILE)) await page.getByLabel(label, { exact: true }).fill(value)

  // Certifications, by keyboard: the add button moves focus to the new row's first field.
  await page.getByRole('button', { name: 'Add certification' }).focus()
  await page.keyboard.press('Enter')
  await expect(certificationRow(page, 1).getByLabel(/^Certification/)).toBeFocused()
  await page.keyboard.type('First aid certificate')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(certificationRow(page, 1).getByLabel('Expires on', { exact: true })).toBeFocused()
  await certificationRow(page, 1).getByLabel('Expires on', { exact: true }).fill('2030-03-31')

  await page.getByRole('button', { name: 'Add certification' }).click()
  await expect(certificationRow(page, 2).getByLabel(/^Certification/)).toBeFocused()
  await page.keyboard.type('Personal trainer (Level 3)')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Level 3')

  const logo = await drawLogoPng(page)
  await page.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'carter-logo.png', mimeType: 'image/png', buffer: logo })
  await expect(page.getByRole('img', { name: 'Your logo' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Unsaved changes' })).toBeVisible()

  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()

  const stored = await settingsInCore(harness)
  expect(stored.trainer).toEqual({
    name: PROFILE['Your name'],
    business: PROFILE['Business name'],
    email: PROFILE.Email,
    phone: PROFILE.Phone,
    website: PROFILE.Website,
    address: PROFILE.Address,
    certifications: [
      { name: 'First aid certificate', level: '', expiresOn: '2030-03-31' },
      { name: 'Personal trainer (Level 3)', level: 'Level 3', expiresOn: null }
    ],
    logo: { mimeType: 'image/png', dataBase64: logo.toString('base64') }
  })

  await page.reload()
  await expect(page.getByLabel('Your name', { exact: true })).toHaveValue(PROFILE['Your name'])
  for (const [label, value] of Object.entries(PROFILE)) await expect(page.getByLabel(label, { exact: true })).toHaveValue(value)
  await expect(certificationRow(page, 1).getByLabel(/^Certification/)).toHaveValue('First aid certificate')
  await expect(certificationRow(page, 1).getByLabel('Expires on', { exact: true })).toHaveValue('2030-03-31')
  await expect(certificationRow(page, 2).getByLabel(/^Certification/)).toHaveValue('Personal trainer (Level 3)')
  await expect(certificationRow(page, 2).getByLabel('Level', { exact: true })).toHaveValue('Level 3')
  const preview = page.getByRole('img', { name: 'Your logo' })
  await expect(preview).toBeVisible()
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240)
  // Nothing is pending after a reload of saved data.
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)

  await checkA11y(page, 'settings (filled)')
  await shot(page, 'settings-filled')

  // Removing a certification and the logo is saved too.
  await certificationRow(page, 1).getByRole('button', { name: 'Remove certification 1: First aid certificate' }).click()
  await expect(certificationRow(page, 1).getByLabel(/^Certification/)).toBeFocused()
  await page.getByRole('button', { name: 'Remove logo' }).click()
  await expect(page.getByLabel('Logo', { exact: true })).toBeFocused()
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  const afterRemoval = await settingsInCore(harness)
  expect(afterRemoval.trainer.certifications).toEqual([{ name: 'Personal trainer (Level 3)', level: 'Level 3', expiresOn: null }])
  expect(afterRemoval.trainer.logo).toBeNull()
})

test('a logo that is too big or not a PNG/JPEG is refused with a message next to the field, and nothing is saved', async ({ page, harness }) => {
  await openSettings(page, harness.url)
  const logoInput = page.getByLabel('Logo', { exact: true })

  // A PNG header followed by 600 KB of padding: right type, too big.
  const oversized = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600 * 1024)])
  await logoInput.setInputFiles({ name: 'huge-logo.png', mimeType: 'image/png', buffer: oversized })
  await expect(logoInput).toHaveAccessibleDescription(/"huge-logo\.png" is 600 KB; a logo can be at most 512 KB/)
  await expect(page.getByRole('img', { name: 'Your logo' })).toHaveCount(0)
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)

  await logoInput.setInputFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') })
  await expect(logoInput).toHaveAccessibleDescription(/"logo\.gif" is not a PNG or JPEG image/)

  // Named and typed as a PNG, but the bytes are text.
  await logoInput.setInputFiles({ name: 'renamed.png', mimeType: 'image/png', buffer: Buffer.from('this is not an image') })
  await expect(logoInput).toHaveAccessibleDescription(/"renamed\.png" does not contain a PNG or JPEG image/)

  // Saving now stores the profile without any logo.
  await page.getByLabel('Your name', { exact: true }).fill('Sam Carter')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  expect((await settingsInCore(harness)).trainer).toMatchObject({ name: 'Sam Carter', logo: null })

  // With a logo saved, a bad file afterwards leaves the saved logo in place.
  const good = await drawLogoPng(page)
  await logoInput.setInputFiles({ name: 'good.png', mimeType: 'image/png', buffer: good })
  await expect(logoInput).not.toHaveAccessibleDescription(/not a PNG/)
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await logoInput.setInputFiles({ name: 'huge-logo.png', mimeType: 'image/png', buffer: oversized })
  await expect(logoInput).toHaveAccessibleDescription(/at most 512 KB/)
  await expect(page.getByRole('img', { name: 'Your logo' })).toBeVisible()
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
  expect((await settingsInCore(harness)).trainer.logo).toEqual({ mimeType: 'image/png', dataBase64: good.toString('base64') })
  await shot(page, 'settings-logo-refused')
})

test('a certification without a name is flagged next to the field, focused, and nothing is saved', async ({ page, harness }) => {
  await openSettings(page, harness.url)
  await page.getByLabel('Your name', { exact: true }).fill('Sam Carter')
  await page.getByRole('button', { name: 'Add certification' }).click()
  await certificationRow(page, 1).getByLabel('Level', { exact: true }).fill('Level 2')
  await page.getByRole('button', { name: 'Save profile' }).click()

  const name = certificationRow(page, 1).getByLabel(/^Certification/)
  await expect(name).toHaveAccessibleDescription('Name the certification')
  await expect(name).toBeFocused()
  await expect(page.getByRole('alert')).toContainText('Nothing was saved')
  expect((await settingsInCore(harness)).trainer).toMatchObject({ name: '', certifications: [] })

  // The message goes as soon as the field is fixed, and then the profile saves.
  await name.fill('Gym instructor (Level 2)')
  await expect(name).not.toHaveAccessibleDescription('Name the certification')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  expect((await settingsInCore(harness)).trainer.certifications).toEqual([{ name: 'Gym instructor (Level 2)', level: 'Level 2', expiresOn: null }])
})

test('leaving with unsaved profile edits asks first; staying keeps them, leaving drops them', async ({ page, harness }) => {
  await openSettings(page, harness.url)
  await page.getByLabel('Business name', { exact: true }).fill('Carter Strength')
  const clientsLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' })

  await clientsLink.click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Stay and keep editing' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(clientsLink).toBeFocused()
  await expect(page).toHaveURL(/#\/settings$/)
  await expect(page.getByLabel('Business name', { exact: true })).toHaveValue('Carter Strength')

  await clientsLink.click()
  await dialog.getByRole('button', { name: 'Leave without saving' }).click()
  await expect(page).toHaveURL(/#\/clients$/)
  expect((await settingsInCore(harness)).trainer.business).toBe('')

  // Once saved, leaving needs no confirmation.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByLabel('Business name', { exact: true })).toHaveValue('')
  await page.getByLabel('Business name', { exact: true }).fill('Carter Strength')
  await page.getByRole('button', { name: 'Save profile' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
  await clientsLink.click()
  await expect(page).toHaveURL(/#\/clients$/)
})

test('units, paper size and week start save on each change and stay set after a reload', async ({ page, harness }) => {
  await openSettings(page, harness.url)
  const kilograms = page.getByRole('radio', { name: 'Kilograms (kg)' })
  await expect(kilograms).toBeChecked()
  await expect(page.getByRole('radio', { name: 'A4', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Monday' })).toBeChecked()

  // An unsaved profile edit survives these saves (they refresh the settings the form was loaded from).
  await page.getByLabel('Business name', { exact: true }).fill('Carter Strength')

  // Keyboard: arrow keys move between the options of a group, and each move is saved.
  await kilograms.focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Pounds (lb)' })).toBeChecked()
  await expect(page.getByRole('status').filter({ hasText: 'Weights are shown in pounds (lb). Saved.' })).toBeVisible()

  await page.getByRole('radio', { name: 'Inches (in)' }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Lengths are shown in inches (in). Saved.' })).toBeVisible()
  await page.getByRole('radio', { name: 'Letter', exact: true }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Plans are printed on Letter paper. Saved.' })).toBeVisible()
  await page.getByRole('radio', { name: 'Sunday' }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Weeks start on Sunday. Saved.' })).toBeVisible()

  await page.keyboard.press('Shift+Tab')
  await expect(page.getByRole('radio', { name: 'Letter', exact: true })).toBeFocused()
  await shot(page, 'settings-units-keyboard-focus')
  const stored = await settingsInCore(harness)
  expect(stored).toMatchObject({ units: { weight: 'lb', length: 'in' }, paperSize: 'Letter', firstDayOfWeek: 'sunday' })
  await expect(page.getByLabel('Business name', { exact: true })).toHaveValue('Carter Strength')
  await expect(page.getByText('Unsaved changes')).toBeVisible()

  await page.reload()
  await expect(page.getByRole('radio', { name: 'Pounds (lb)' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Inches (in)' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Letter', exact: true })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Sunday' })).toBeChecked()
  // The profile form is untouched by these saves.
  await expect(page.getByText('Unsaved changes')).toHaveCount(0)
})

test('sample data loads once, and removing it after confirming leaves the trainer’s own clients alone', async ({ page, harness }) => {
  const own = await harness.call('clients.create', { name: 'Priya Shah' })
  expect(own.ok).toBe(true)
  await openSettings(page, harness.url)

  await page.getByRole('button', { name: 'Load sample data' }).click()
  const status = page.getByRole('status').filter({ hasText: /sample clients/ })
  await expect(status).toContainText(/Loaded \d+ sample clients\./)
  const listed = await harness.call('clients.list', { status: 'all' })
  const total = (listed.ok ? (listed.value as { total: number }).total : 0) - 1
  expect(total).toBeGreaterThan(0)
  await expect(status).toContainText(`Loaded ${total} sample clients.`)
  await expect(status.getByRole('link', { name: 'See them in Clients' })).toBeVisible()

  await page.getByRole('button', { name: 'Load sample data' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The sample clients are already loaded.' })).toBeVisible()

  // Changing one's mind in the dialog removes nothing.
  await page.getByRole('button', { name: 'Remove sample data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Remove the sample data?' })
  await expect(dialog).toBeVisible()
  await checkA11y(page, 'settings (remove sample data dialog)')
  await shot(page, 'settings-remove-samples-dialog')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toBeFocused()
  expect(await harness.call('clients.list', { status: 'all' })).toMatchObject({ ok: true, value: { total: total + 1 } })

  await page.getByRole('button', { name: 'Remove sample data' }).click()
  await dialog.getByRole('button', { name: 'Remove sample clients' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Removed ${total} sample clients. Your own clients were not touched.` })).toBeVisible()
  const remaining = await harness.call('clients.list', { status: 'all' })
  expect(remaining).toMatchObject({ ok: true, value: { total: 1, items: [{ name: 'Priya Shah' }] } })
})

test('“Your data” shows the real data folder, database file and versions', async ({ page, harness }) => {
  await openSettings(page, harness.url)
  const info = await harness.call('app.info')
  expect(info.ok).toBe(true)
  const section = page.getByRole('region', { name: 'Your data' })
  const fact = (term: string) => section.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]')
  await expect(fact('Data folder')).toHaveText(harness.dataDir)
  await expect(fact('Database file')).toHaveText(join(harness.dataDir, 'spotter.db'))
  const value = info.ok ? (info.value as { version: string; schemaVersion: number }) : { version: '?', schemaVersion: -1 }
  await expect(fact('Spotter version')).toHaveText(value.version)
  await expect(fact('Data format version')).toHaveText(String(value.schemaVersion))
  await expect(section).toContainText('--data-dir DIR')
  await expect(section).toContainText('SPOTTER_DATA_DIR')
})
