import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { checkA11y, expect, shot, test } from './fixtures'

// Backups & data: the trainer backs up, changes things, restores, changes their mind and undoes the
// restore; imports a client list from a spreadsheet and reads which rows were left out and why;
// exports everything with a password and checks the file opens again only with it.

async function openDataPage(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/#/data`)
  await expect(page.getByRole('heading', { level: 1, name: 'Backups & data' })).toBeVisible()
  await expect(page.getByText('Looking for backups…')).toHaveCount(0)
}

async function clientNames(harness: { value(method: string, input?: unknown): Promise<{ items: Array<{ name: string }> }> }): Promise<string[]> {
  const list = await harness.value('clients.list', { status: 'all', limit: 500 })
  return list.items.map((c) => c.name).sort()
}

test('back up, change data, restore the backup, then undo the restore', async ({ page, harness }) => {
  await harness.value('clients.create', { name: 'Ana Lima' })
  await openDataPage(page, harness.url)
  await expect(page.getByRole('link', { name: 'Backups & data' })).toHaveAttribute('aria-current', 'page')

  // "Back up now", from the keyboard.
  await page.getByRole('button', { name: 'Back up now' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Backed up 1 client' })).toBeVisible()
  const manual = page.getByRole('row').filter({ hasText: 'Made by you' })
  await expect(manual).toHaveCount(1)
  await expect(manual.getByRole('cell').nth(1)).toHaveText('1')
  await checkA11y(page, 'backups & data')
  await shot(page, 'data-safety-backups')

  // The trainer goes on working: a new client.
  await harness.value('clients.create', { name: 'Ben Okafor' })
  expect(await clientNames(harness)).toEqual(['Ana Lima', 'Ben Okafor'])

  // Restore: the preview says what the backup holds before anything is replaced. Escape leaves it,
  // and focus comes back to the button that opened it.
  const restoreButton = manual.getByRole('button', { name: /^Restore the backup from/ })
  await restoreButton.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'Restore this backup?' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(restoreButton).toBeFocused()
  await restoreButton.click()
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(preview.getByText('Clients', { exact: true })).toBeVisible()
  await expect(preview.locator('dd').nth(1)).toHaveText('1')
  await expect(preview.getByRole('button', { name: 'Keep my data' })).toBeVisible()
  await checkA11y(page, 'restore preview')
  await shot(page, 'data-safety-restore-preview')
  await preview.getByRole('button', { name: 'Replace my data' }).click()
  await expect(preview).toHaveCount(0)
  await expect(page.getByRole('status').filter({ hasText: 'Restored the backup: you now have 1 client' })).toBeVisible()
  expect(await clientNames(harness)).toEqual(['Ana Lima'])
  // Every screen shows the restored data: Ben is gone from the client list.
  await page.getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('link', { name: /Ana Lima/ })).toBeVisible()
  await expect(page.getByText('Ben Okafor')).toHaveCount(0)

  // Undo the restore: Ben is back.
  await page.getByRole('link', { name: 'Backups & data' }).click()
  const undoOffer = page.getByRole('group', { name: 'Undo the last restore' })
  await expect(undoOffer).toBeVisible()
  await shot(page, 'data-safety-after-restore')
  await undoOffer.getByRole('button', { name: 'Undo restore' }).click()
  const undoDialog = page.getByRole('dialog', { name: 'Undo the restore?' })
  await undoDialog.getByRole('button', { name: 'Undo restore' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Undid the restore: you now have 2 clients' })).toBeVisible()
  expect(await clientNames(harness)).toEqual(['Ana Lima', 'Ben Okafor'])
})

test('import a client list from a CSV file with errors, and read which rows were left out', async ({ page, harness }) => {
  const csv = join(harness.dataDir, 'clients from my spreadsheet.csv')
  writeFileSync(
    csv,
    [
      'Full name,E-mail,Mobile,Birthday,About them',
      'Carla Mendes,carla@example.com,+351 912 345 678,1988-04-12,Knee surgery 2021',
      'Dev Patel,not-an-email,,1990-01-01,',
      ',nobody@example.com,,,',
      'Eva Novak,eva@example.com,,1975-13-45,Runs marathons',
      'Femi Adeyemi,,,2001-07-30,'
    ].join('\n')
  )
  await openDataPage(page, harness.url)
  harness.dialogs.answerNext(csv)
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click()

  // The first rows, with a choice of field above each column; the name column is recognised.
  const mapping = page.getByRole('table', { name: /Your file’s first rows/ })
  await expect(mapping).toBeVisible()
  await expect(mapping.getByLabel('Full name')).toHaveValue('name')
  await expect(mapping.getByRole('cell', { name: 'Carla Mendes' })).toBeVisible()
  // Before importing, the rows that would be left out are already listed.
  const found = page.getByRole('table', { name: /3 problems found/ })
  await expect(found).toBeVisible()
  await expect(found.getByRole('row').filter({ hasText: 'The name is empty' })).toContainText('4')
  await checkA11y(page, 'CSV preview with problems')
  await shot(page, 'data-safety-csv-preview')
  // "About them" was not recognised: the trainer says it holds notes.
  await mapping.getByLabel('About them').selectOption({ label: 'Notes' })
  await expect(mapping.getByLabel('About them')).toHaveValue('notes')
  await expect(page.getByText('The rows are checked again with your choice of columns when you import.')).toBeVisible()
  await checkA11y(page, 'CSV mapping')
  await shot(page, 'data-safety-csv-mapping')

  await page.getByRole('button', { name: 'Import the clients' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Imported 2 clients\. 3 rows were left out/ })).toBeVisible()
  const report = page.getByRole('table', { name: 'Rows left out, and why' })
  await expect(report).toBeVisible()
  // Line numbers count the header as line 1, as a spreadsheet shows them.
  const problem = (line: number) => report.getByRole('row').filter({ has: page.getByRole('cell', { name: String(line), exact: true }) })
  await expect(problem(3)).toContainText('Email')
  await expect(problem(4)).toContainText('Name')
  await expect(problem(5)).toContainText('Date of birth')
  await checkA11y(page, 'CSV import report')
  await shot(page, 'data-safety-csv-report')

  expect(await clientNames(harness)).toEqual(['Carla Mendes', 'Femi Adeyemi'])
  const carla = (await harness.value('clients.list', { query: 'Carla' })).items[0]
  const full = await harness.value('clients.get', { id: carla.id })
  expect(full.notes).toBe('Knee surgery 2021')
})

test('export everything with a password; the file opens again only with that password', async ({ page, harness }) => {
  await harness.value('clients.create', { name: 'Gina Rossi' })
  await openDataPage(page, harness.url)
  await page.getByRole('button', { name: 'Export all data…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export all data' })
  await dialog.getByLabel('Protect the file with a password').check()
  await dialog.getByLabel(/^Password\W*$/).fill('squat-rack-42')
  await dialog.getByLabel('Password again').fill('squat-rack-24')
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(dialog.getByText('The two passwords are not the same')).toBeVisible()
  await dialog.getByLabel('Password again').fill('squat-rack-42')
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
  const done = page.getByRole('status').filter({ hasText: /Exported 1 client/ })
  await expect(done).toContainText('password protected')
  const exported = (await done.locator('code').textContent())!
  expect(exported.startsWith(join(harness.dataDir, 'exports'))).toBe(true)

  // Open it again: the password is asked for; a wrong one is refused, nothing is changed.
  harness.dialogs.answerNext(exported)
  await page.getByRole('button', { name: 'Import from a file…' }).click()
  const importing = page.getByRole('dialog', { name: 'Import from a file' })
  await importing.getByLabel(/^Password\W*$/).fill('wrong-password')
  await importing.getByRole('button', { name: 'Open the file' }).click()
  await expect(importing.locator('.field-error')).toBeVisible()
  await importing.getByLabel(/^Password\W*$/).fill('squat-rack-42')
  await importing.getByRole('button', { name: 'Open the file' }).click()
  const replace = page.getByRole('dialog', { name: 'Replace all your data with this file?' })
  await expect(replace.getByText('(password protected)')).toBeVisible()
  await checkA11y(page, 'import preview')
  await shot(page, 'data-safety-import-preview')
  await replace.getByRole('button', { name: 'Keep my data' }).click()
  await expect(replace).toHaveCount(0)
  expect(await clientNames(harness)).toEqual(['Gina Rossi'])
})

test('backup settings: the folder, how often, how many are kept, and Back up now', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/settings`)
  const section = page.getByRole('region', { name: 'Backups' })
  await expect(section.getByText('Backup folder', { exact: true })).toBeVisible()

  const every = section.getByLabel('Back up every')
  await every.fill('0')
  await every.press('Enter')
  await expect(section.getByText('At least every hour')).toBeVisible()
  await every.fill('6')
  await every.press('Enter')
  await expect(section.getByRole('status')).toHaveText('Backing up every 6 hours.')
  expect((await harness.value('backups.settings')).everyHours).toBe(6)

  const folder = join(harness.dataDir, 'on another drive')
  mkdirSync(folder)
  harness.dialogs.answerNext(folder)
  await section.getByRole('button', { name: 'Change folder…' }).click()
  await expect(section.getByRole('status')).toHaveText(`Backups now go to ${folder}.`)
  await section.getByRole('button', { name: 'Back up now' }).click()
  await expect(section.getByRole('status')).toHaveText(/^Backed up 0 clients/)
  expect((await harness.value('backups.list')).backups.some((b: { path: string }) => b.path.startsWith(folder))).toBe(true)
  await section.scrollIntoViewIfNeeded()
  await checkA11y(page, 'settings with backups')
  await shot(page, 'data-safety-settings')
})

test('hand one client to another trainer: export them alone, and add them from the file', async ({ page, harness }) => {
  await harness.value('clients.create', { name: 'Kai Tanaka', email: 'kai@example.com' })
  await harness.value('clients.create', { name: 'Lena Vogel' })
  await openDataPage(page, harness.url)
  await page.getByRole('button', { name: 'Export one client…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Export one client' })
  // Without a client chosen, the export says what is missing instead of writing anything.
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
  await expect(dialog.getByText('Choose the client to export')).toBeVisible()
  await dialog.getByLabel('Find the client').fill('kai')
  await expect(dialog.getByRole('option')).toHaveCount(1)
  await dialog.getByLabel(/^Client\W*$/).selectOption({ label: 'Kai Tanaka' })
  await expect(dialog.getByText('Choose the client to export')).toHaveCount(0)
  await checkA11y(page, 'export one client')
  await shot(page, 'data-safety-export-client')
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click()
  const done = page.getByRole('status').filter({ hasText: /^Exported 1 client/ })
  await expect(done).toBeVisible()
  const file = (await done.locator('code').textContent())!
  expect(file).toMatch(/Kai Tanaka - Spotter client \d{4}-\d{2}-\d{2}\.json$/)

  // On "another computer": Kai is not here; the file adds Kai beside the others.
  const kai = (await harness.value('clients.list', { query: 'Kai' })).items[0]
  await harness.value('clients.delete', { id: kai.id, confirm: true })
  harness.dialogs.answerNext(file)
  await page.getByRole('button', { name: 'Import from a file…' }).click()
  const adding = page.getByRole('dialog', { name: 'Add Kai Tanaka?' })
  await expect(adding.getByText('One client: Kai Tanaka')).toBeVisible()
  await adding.getByRole('button', { name: 'Add this client' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Added Kai Tanaka' })).toBeVisible()
  expect(await clientNames(harness)).toEqual(['Kai Tanaka', 'Lena Vogel'])
})
