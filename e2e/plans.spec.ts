import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { checkA11y, expect, shot, test } from './fixtures'

// Printed plan journey: from a client's program in the designer, export a PDF with the keyboard; the
// harness's stand-in save dialog writes <dataDir>/exports/<suggested name>, which is then read back.

test.describe.configure({ timeout: 240_000 })

const CLIENT = 'Zoë Łukasiewicz-Nguyễn'
const PROGRAM = '12-week back-of-thigh routine'

test('export a client’s plan from the designer: options by keyboard, save, open, and a one-session card', async ({ page, harness }) => {
  const client = await harness.value('clients.create', { name: CLIENT })
  const templates = await harness.value('programs.list', { templates: true })
  const routine = templates.items.find((t: { name: string }) => t.name === PROGRAM)
  const program = await harness.value('programs.assign', { programId: routine.id, clientId: client.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
  await page.goto(`${harness.url}/#/programs/${program.id}`)
  await expect(page.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible()

  const exportButton = page.getByRole('button', { name: 'Export PDF…' })
  await exportButton.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `Export “${PROGRAM}” as PDF` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByLabel('The whole program, every week')).toBeChecked()
  await expect(dialog.getByLabel('A4')).toBeChecked()
  await checkA11y(page, 'export dialog')
  await shot(page, 'plans-export-dialog')

  // Cancelling the save dialog: nothing is written and the options stay as they were.
  harness.dialogs.answerNext(null)
  await dialog.getByRole('button', { name: 'Choose where to save…' }).press('Enter')
  await expect(dialog.getByRole('button', { name: 'Choose where to save…' })).toBeEnabled()
  expect(existsSync(join(harness.dataDir, 'exports'))).toBe(false)

  // Letter and lb by arrow keys in their radio groups, no exercise guide with Space.
  await dialog.getByLabel('A4').focus()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByLabel('Letter')).toBeChecked()
  await dialog.getByLabel('kg', { exact: true }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByLabel('lb', { exact: true })).toBeChecked()
  await dialog.getByLabel(/How to do each exercise/).focus()
  await page.keyboard.press('Space')
  await expect(dialog.getByLabel(/How to do each exercise/)).not.toBeChecked()
  // The client's progress so far (nothing logged yet), off until asked for.
  await expect(dialog.getByLabel(/Include progress so far/)).not.toBeChecked()
  await dialog.getByLabel(/Include progress so far/).focus()
  await page.keyboard.press('Space')
  await expect(dialog.getByLabel(/Include progress so far/)).toBeChecked()
  await dialog.getByRole('button', { name: 'Choose where to save…' }).press('Enter')

  const saved = dialog.getByRole('status').filter({ hasText: 'Saved' })
  await expect(saved).toBeVisible({ timeout: 120_000 })
  const file = join(harness.dataDir, 'exports', `${CLIENT} - ${PROGRAM}.pdf`)
  await expect(saved).toContainText(file)
  expect(existsSync(file)).toBe(true)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(text).toContain(CLIENT)
  for (const exercise of ['Deadlift', 'Lying leg-curl machine', 'Glute bridge', 'Hip thrust', 'Walking lunges', 'Foam rolling']) expect(text).toContain(exercise)
  expect(text).not.toContain('How to do each exercise')
  expect(text).toMatch(/PROGRESS SO FAR/i)
  expect(text).toContain('No sessions logged in this period.')
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/)

  // Focus lands on Open; it and Show in folder go to the machine with the saved file.
  await expect(dialog.getByRole('button', { name: 'Open' })).toBeFocused()
  await checkA11y(page, 'export saved')
  await shot(page, 'plans-export-saved')
  await page.keyboard.press('Enter')
  await expect.poll(() => harness.dialogs.opened).toEqual([file])
  await dialog.getByRole('button', { name: 'Show in folder' }).press('Enter')
  await expect.poll(() => harness.dialogs.shown).toEqual([file])

  // Again, as a one-session card for week 3's Session B.
  await dialog.getByRole('button', { name: 'Export again with other options' }).press('Enter')
  await dialog.getByLabel('One session as a one-page card').focus()
  await page.keyboard.press('Space')
  await dialog.getByLabel('Week', { exact: true }).selectOption({ index: 2 })
  await dialog.getByLabel('Session', { exact: true }).selectOption({ label: 'Session B' })
  await shot(page, 'plans-export-card-options')
  await dialog.getByRole('button', { name: 'Choose where to save…' }).press('Enter')
  await expect(dialog.getByRole('status').filter({ hasText: 'Saved 1 page' })).toBeVisible({ timeout: 120_000 })
  const card = join(harness.dataDir, 'exports', `${CLIENT} - Session B (week 3).pdf`)
  const cardText = execFileSync('pdftotext', ['-layout', card, '-'], { encoding: 'utf8' })
  expect(cardText).toContain('Week 3')
  expect(cardText).toContain(CLIENT)

  await dialog.getByRole('button', { name: 'Close' }).press('Enter')
  await expect(dialog).toBeHidden()
  await expect(exportButton).toBeVisible()
})

test('a progress report for a client review from the progress page, by keyboard', async ({ page, harness }) => {
  const client = await harness.value('clients.create', { name: CLIENT })
  const templates = await harness.value('programs.list', { templates: true })
  const routine = await harness.value('programs.get', { id: templates.items.find((t: { name: string }) => t.name === PROGRAM).id })
  const deadlift = routine.document.weeks[0].sessions[0].items.find((i: { block: string }) => i.block === 'main').exerciseId
  // 5 × 100 kg: Epley e1RM 100 × (1 + 5/30) = 116.7 kg.
  const set = { reps: 5, loadKg: 100, status: 'done' }
  await harness.value('logs.save', { clientId: client.id, date: '2025-06-02', entries: [{ exerciseId: deadlift, sets: [set, set] }] })
  await page.goto(`${harness.url}/#/clients/${client.id}/progress`)
  await expect(page.getByRole('heading', { level: 1, name: `Progress: ${CLIENT}` })).toBeVisible()

  const button = page.getByRole('button', { name: 'Progress report (PDF)…' })
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `Progress report for ${CLIENT}` })
  await expect(dialog).toBeVisible()
  // Dates of our choosing, Letter by the arrow key.
  await dialog.getByLabel('Period').selectOption('custom')
  await dialog.getByLabel('From').fill('2025-06-01')
  await dialog.getByLabel('To').fill('2025-06-30')
  await dialog.getByLabel('A4').focus()
  await page.keyboard.press('ArrowRight')
  await expect(dialog.getByLabel('Letter')).toBeChecked()
  await checkA11y(page, 'progress report dialog')
  await shot(page, 'plans-progress-report-dialog')
  await dialog.getByRole('button', { name: 'Choose where to save…' }).press('Enter')

  const saved = dialog.getByRole('status').filter({ hasText: 'Saved' })
  await expect(saved).toBeVisible({ timeout: 120_000 })
  const file = join(harness.dataDir, 'exports', `${CLIENT} - Progress report 2025-06-30.pdf`)
  await expect(saved).toContainText(file)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(text).toContain(CLIENT)
  expect(text).toContain('1 June 2025 – 30 June 2025')
  expect(text).toContain('Deadlift')
  expect(text).toContain('116.7 kg')
  expect(text).toMatch(/Page 1 of \d/)
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/)
  await expect(dialog.getByRole('button', { name: 'Open' })).toBeFocused()
  await checkA11y(page, 'progress report saved')
  await shot(page, 'plans-progress-report-saved')
  await page.keyboard.press('Enter')
  await expect.poll(() => harness.dialogs.opened).toEqual([file])
  await dialog.getByRole('button', { name: 'Close' }).press('Enter')
  await expect(button).toBeVisible()
})
