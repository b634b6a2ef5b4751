import { createHash } from 'node:crypto'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createCore } from '../src/main/core/index'
import { startHarness, type Harness } from '../src/harness/server'
import { checkA11y, expect, shot, test } from './fixtures'

// A data file that cannot be opened: the app shows the recovery screen instead of failing, says
// what is wrong, changes nothing, and a backup brings the data back.

/** Every file in a folder and its subfolders. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A data folder with two clients and a manual backup of them, whose data file is then damaged. */
async function damagedFolder(damage: (file: string) => void): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'spotter-e2e-recovery-'))
  const core = createCore({ dataDir })
  for (const name of ['Hana Kim', 'Igor Petrov']) {
    const made = await core.call('clients.create', { name })
    if (!made.ok) throw new Error(made.error.message)
  }
  const backup = await core.call('backups.create', {})
  if (!backup.ok) throw new Error(backup.error.message)
  core.close()
  damage(join(dataDir, 'spotter.db'))
  return dataDir
}

let harness: Harness | undefined
let dataDir: string | undefined
test.afterEach(async () => {
  await harness?.close()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  harness = undefined
  dataDir = undefined
})

test('a damaged data file shows the recovery screen, and restoring a backup brings the data back', async ({ page }) => {
  // A quarter of the file's pages overwritten with zeros, as a failing disk or an interrupted copy leaves it.
  // Its header and schema still read, so the app opens it and finds the damage with the whole-file check
  // it runs on a worker thread meanwhile (test/recovery/background-check.test.ts): the screen then turns.
  dataDir = await damagedFolder((file) => {
    const bytes = readFileSync(file)
    const page = (at: number) => Math.floor((bytes.length * at) / 4096) * 4096
    bytes.fill(0, page(0.5), page(0.75))
    writeFileSync(file, bytes)
  })
  const dbFile = join(dataDir, 'spotter.db')
  const damagedHash = sha(dbFile)
  harness = await startHarness({ dataDir, rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await page.goto(harness.url)
  const title = page.getByRole('heading', { level: 1 })
  await expect(title).toBeFocused()
  await expect(page.getByText('Spotter has not changed, moved or deleted this file.')).toBeVisible()
  // Plain words first; SQLite's own report stays folded under "Technical details".
  await expect(page.getByText(/^Part of the file cannot be read/)).toBeVisible()
  await expect(page.getByText(/integrity check/)).toBeHidden()
  await expect(page.getByText(dbFile, { exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Put back a backup' })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Open another data folder' })).toBeVisible()
  const backupRow = page.getByRole('row').filter({ hasText: 'Made by you' })
  await expect(backupRow.getByRole('cell').nth(1)).toHaveText('2')
  await checkA11y(page, 'recovery screen')
  await shot(page, 'recovery-screen')
  // Looking changed nothing.
  expect(sha(dbFile)).toBe(damagedHash)

  // Save what can still be read, into an export file (the harness's save dialog answers <dataDir>/exports/).
  await page.getByRole('button', { name: 'Save what can be read…' }).click()
  const saved = page.getByRole('status').filter({ hasText: /^Saved 2 clients/ })
  await expect(saved).toBeVisible()
  const salvageFile = (await saved.locator('code').textContent())!
  expect(salvageFile.startsWith(join(dataDir, 'exports'))).toBe(true)
  expect(JSON.parse(readFileSync(salvageFile, 'utf8'))).toBeTruthy()
  expect(sha(dbFile)).toBe(damagedHash)

  // From the keyboard: Tab to the backup's Restore button, Enter, then confirm.
  const restore = backupRow.getByRole('button', { name: /^Restore the backup from/ })
  for (let i = 0; i < 20 && !(await restore.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(restore).toBeFocused()
  await page.keyboard.press('Enter')
  const confirm = page.getByRole('dialog', { name: 'Put this backup in place?' })
  await expect(confirm).toContainText('2 clients')
  await shot(page, 'recovery-restore-confirm')
  await confirm.getByRole('button', { name: 'Restore this backup' }).click()

  // The app opens (on Today) with the restored data.
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  await expect(page.getByRole('link', { name: /Hana Kim/ })).toBeVisible()
  await expect(page.getByRole('link', { name: /Igor Petrov/ })).toBeVisible()
  await shot(page, 'recovery-restored')

  // The damaged file was moved aside, byte for byte, never deleted.
  const kept = filesUnder(dataDir).filter((file) => file !== dbFile)
  expect(kept.some((file) => sha(file) === damagedHash), `the damaged file among ${kept.join(', ')}`).toBe(true)
  expect(errors).toEqual([])
})

test('a file that is not a Spotter data file is named as such, and another folder can be opened instead', async ({ page }) => {
  dataDir = await damagedFolder((file) => writeFileSync(file, 'Name,Email\nHana Kim,hana@example.com\n'))
  const dbFile = join(dataDir, 'spotter.db')
  const before = sha(dbFile)
  harness = await startHarness({ dataDir, rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined })
  await page.goto(harness.url)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByText(/not a Spotter data file|not an SQLite/i).first()).toBeVisible()

  const elsewhere = mkdtempSync(join(tmpdir(), 'spotter-e2e-elsewhere-'))
  try {
    harness.host.answerNext(elsewhere)
    await page.getByRole('button', { name: 'Choose a folder…' }).click()
    // An empty folder starts afresh: the app opens, with no clients.
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Clients' }).click()
    await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()
    expect(sha(dbFile)).toBe(before)
  } finally {
    await harness.close()
    harness = undefined
    rmSync(elsewhere, { recursive: true, force: true })
  }
})

test('after an update, the window says the data is being opened, then shows the upgraded data', async ({ page }) => {
  // A store of an earlier schema version: the harness, as the app, checks and upgrades it on a worker thread.
  dataDir = mkdtempSync(join(tmpdir(), 'spotter-e2e-upgrade-'))
  copyFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'schema-versions', 'v3.db'), join(dataDir, 'spotter.db'))
  harness = await startHarness({ dataDir, rendererDir: process.env.SPOTTER_RENDERER_DIR || undefined })
  // This small store upgrades in a blink; the start's first question is held so the waiting screen shows
  // as it does during a long upgrade, then answered by the real core.
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/api/recovery.status', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(harness.url)
  await expect(page.getByRole('heading', { level: 1, name: 'Opening your data…' })).toBeVisible()
  await expect(page.getByRole('status')).toContainText('With years of records this can take a minute')
  await checkA11y(page, 'opening your data')
  await shot(page, 'opening-data')

  release()
  await expect(page.getByRole('heading', { level: 1, name: /Today/ })).toBeVisible()
  await page.getByRole('navigation').getByRole('link', { name: 'Clients' }).click()
  await expect(page.getByRole('link', { name: /Aisha Rahman/ })).toBeVisible()
})
