import type { Locator, Page } from '@playwright/test'
import { checkA11y, expect, shot, test, type HarnessFixture } from './fixtures'

const ZOE = 'Zoë Łukasiewicz-Nguyễn'

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

function rows(page: Page): Locator {
  return page.getByTestId('client-row')
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search clients').fill(text)
}

/** A core call that must succeed; its value. */
async function value(harness: HarnessFixture, method: string, input: unknown) {
  const envelope = await harness.call(method, input)
  if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error.message}`)
  return envelope.value
}

/** How many clients the store holds, archived included. */
async function total(harness: HarnessFixture): Promise<number> {
  return (await value(harness, 'clients.list', { status: 'all' })).total
}

test('a client with every field: create, find, edit, archive, restore and delete', async ({ page, harness }) => {
  // Imperial units, so the form converts: 5 ft 10 in must be stored as 177.8 cm.
  await value(harness, 'settings.update', { units: { weight: 'lb', length: 'in' } })
  await page.goto(`${harness.url}/#/clients`)

  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()
  await checkA11y(page, 'empty client list')
  await shot(page, 'clients-01-empty')
  await page.getByRole('link', { name: 'Add your first client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible()
  await expect(page.getByLabel('Name')).toBeFocused()

  await page.getByLabel('Name').fill(ZOE)
  await page.getByLabel('Email').fill('zoe@example.com')
  await page.getByLabel('Phone').fill('+44 20 7946 0958')
  await page.getByLabel('Date of birth').fill('1988-04-12')
  await page.getByLabel('Sex').selectOption('Female')
  await page.getByLabel('Height, feet').fill('5')
  await page.getByLabel('Height, inches').fill('10')
  await page.getByLabel('Weight', { exact: true }).fill('150')
  await page.getByLabel('Goals in their words').fill('Run a half marathon without the hamstring niggles.')
  await page.getByRole('checkbox', { name: 'Strength' }).check()
  await page.getByRole('checkbox', { name: 'Body weight' }).check()
  await page.getByLabel('Level').selectOption('Intermediate')
  await page.getByLabel('Where they train').selectOption('Home and gym')
  await page.getByRole('checkbox', { name: 'Dumbbells' }).check()
  await page.getByRole('checkbox', { name: 'Exercise mat' }).check()

  await page.getByRole('button', { name: 'Add injury or limitation' }).click()
  // Adding a row puts the cursor in it.
  await expect(page.getByLabel('Body area (1)')).toBeFocused()
  await page.getByLabel('Body area (1)').selectOption('Knee')
  await page.getByLabel('Note (1)').fill('Right knee aches on stairs')
  await page.getByRole('button', { name: 'Add injury or limitation' }).click()
  await page.getByLabel('Body area (2)').selectOption('Wrist')
  await page.getByRole('button', { name: 'Remove limitation 2 (Wrist)' }).click()
  await expect(page.getByLabel('Body area (2)')).toHaveCount(0)

  const questions = page.locator('.readiness-question')
  await expect(questions).toHaveCount(8)
  for (let i = 0; i < 8; i++) await questions.nth(i).getByLabel('No').check()
  await page.getByRole('group', { name: /bone or joint problem/ }).getByLabel('Yes').check()
  await page.getByLabel('Date answered').fill('2026-11-01')
  await expect(page.locator('.clearance').getByText('Medical clearance needed')).toBeVisible()
  await expect(page.getByLabel('Clearance received on')).toBeVisible()

  await page.getByLabel('Set a body-weight goal').check()
  await page.getByLabel('Target weight').fill('140')
  const rates = await page.getByLabel('Weekly rate').locator('option').allTextContents()
  expect(rates).toEqual([
    'Lose 2 lb a week', 'Lose 1.5 lb a week', 'Lose 1 lb a week', 'Lose 0.5 lb a week', 'Maintain',
    'Gain 0.5 lb a week', 'Gain 1 lb a week', 'Gain 1.5 lb a week', 'Gain 2 lb a week'
  ])
  await page.getByLabel('Weekly rate').selectOption('Lose 1 lb a week')
  await expect(page.getByText('At this rate the target is about 10 weeks away.')).toBeVisible()
  await page.getByLabel('Notes', { exact: true }).fill('Prefers early mornings.')
  await page.getByLabel('Tags').fill('runner, mornings')
  await shot(page, 'clients-02-form-filled')
  await checkA11y(page, 'filled client form')
  await page.getByRole('button', { name: 'Save client' }).click()

  // The client page shows every value, in the trainer's units.
  await expect(page.getByRole('heading', { level: 1, name: ZOE })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: `Saved ${ZOE}` })).toBeVisible()
  const card = (name: string) => page.getByRole('region', { name, exact: true })
  await expect(page.locator('.client-badges')).toHaveText('Medical clearance needed')
  await expect(card('Contact')).toContainText('zoe@example.com')
  await expect(card('Contact')).toContainText('+44 20 7946 0958')
  await expect(card('Contact')).toContainText(/1988.*\(age 38\)/)
  await expect(card('Contact')).toContainText('Female')
  await expect(card('Body')).toContainText('5 ft 10 in')
  await expect(card('Body')).toContainText('150 lb')
  await expect(card('Training')).toContainText('Intermediate')
  await expect(card('Training')).toContainText('Home and gym')
  await expect(card('Training')).toContainText('Exercise mat')
  await expect(card('Training')).toContainText('Dumbbells')
  await expect(card('Goals')).toContainText('Run a half marathon without the hamstring niggles.')
  await expect(card('Goals').getByRole('listitem')).toHaveText(['Strength', 'Body weight'])
  await expect(card('Injuries and limitations')).toHaveText(/Knee — Right knee aches on stairs/)
  await expect(card('Injuries and limitations').getByRole('listitem')).toHaveCount(1)
  await expect(card('Health readiness')).toContainText('Answered on')
  await expect(card('Health readiness').getByRole('listitem')).toHaveText([/bone or joint problem/])
  await expect(card('Health readiness')).toContainText('No clearance recorded yet.')
  await expect(card('Body-weight goal')).toContainText('140 lb')
  await expect(card('Body-weight goal')).toContainText('Lose 1 lb a week')
  await expect(card('Body-weight goal')).toContainText('about 10 weeks away')
  await expect(card('Notes')).toContainText('Prefers early mornings.')
  await expect(card('Tags').getByRole('listitem')).toHaveText(['runner', 'mornings'])
  await expect(card('Record')).toContainText('Added')
  await checkA11y(page, 'client page')
  await shot(page, 'clients-03-client-page')

  const id = page.url().split('/').at(-1)!
  const stored = await value(harness, 'clients.get', { id })
  expect(stored).toMatchObject({ heightCm: 177.8, phone: '+44 20 7946 0958', medicalClearanceNeeded: true, tags: ['runner', 'mornings'] })
  expect(stored.weightKg).toBeCloseTo(68.04, 2)
  expect(stored.weightGoal).toEqual({ targetKg: expect.closeTo(63.5, 1), weeklyRate: { amount: -1, unit: 'lb' } })

  // The list shows the clearance badge; search finds her without accents and by phone digits.
  await page.getByRole('main').getByRole('link', { name: 'Clients', exact: true }).click()
  await expect(page.getByText('1 active client', { exact: true })).toBeVisible()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText(ZOE)
  await expect(rows(page).first()).toContainText('Medical clearance needed')
  await expect(rows(page).first()).toContainText('Intermediate')
  await expect(rows(page).first()).toContainText('Home and gym')
  await expect(rows(page).first()).toContainText('runner')
  await expect(rows(page).first()).toContainText('zoe@example.com')
  await search(page, 'lukasiewicz')
  await expect(page.getByText('1 match', { exact: true })).toBeVisible()
  await expect(rows(page)).toHaveText([new RegExp(ZOE)])
  await search(page, 'nobody-like-this')
  await expect(page.getByText('No matches', { exact: true })).toBeVisible()
  await expect(rows(page)).toHaveCount(0)
  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(page.getByLabel('Search clients')).toBeFocused()
  await expect(page.getByLabel('Search clients')).toHaveValue('')
  await expect(rows(page)).toHaveCount(1)
  await search(page, '7946 0958')
  await expect(rows(page)).toHaveText([new RegExp(ZOE)])
  await search(page, '442079460958')
  await expect(rows(page)).toHaveText([new RegExp(ZOE)])
  await checkA11y(page, 'client list with a search')
  await shot(page, 'clients-04-list-search')

  // Edit: change phone and level; untouched values keep what was stored.
  await rows(page).first().click()
  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${ZOE}` })).toBeVisible()
  await expect(page.getByLabel('Height, feet')).toHaveValue('5')
  await expect(page.getByLabel('Height, inches')).toHaveValue('10')
  await expect(page.getByLabel('Note (1)')).toHaveValue('Right knee aches on stairs')
  await page.getByLabel('Phone').fill('+44 20 7946 0000')
  await page.getByLabel('Level').selectOption('Advanced')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Contact' })).toContainText('+44 20 7946 0000')
  await expect(page.getByRole('region', { name: 'Training', exact: true })).toContainText('Advanced')
  const edited = await value(harness, 'clients.get', { id })
  expect(edited).toMatchObject({ phone: '+44 20 7946 0000', level: 'advanced', heightCm: 177.8, weightKg: stored.weightKg })

  // Archive: gone from Active, there under Archived (with its badge), then restore.
  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Archived ${ZOE}` })).toBeVisible()
  await expect(page.locator('.client-badges')).toContainText('Archived')
  await page.getByRole('main').getByRole('link', { name: 'Clients', exact: true }).click()
  await expect(page.getByText('No active clients: everyone is archived.')).toBeVisible()
  await expect(rows(page)).toHaveCount(0)
  await page.getByRole('radio', { name: 'Archived' }).check()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('Archived')
  await page.getByRole('radio', { name: 'All' }).check()
  await expect(rows(page).first()).toContainText('Archived')
  await expect(page.getByText('1 client', { exact: true })).toBeVisible()
  await rows(page).first().click()
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Restored ${ZOE}` })).toBeVisible()
  await expect(page.locator('.client-badges')).not.toContainText('Archived')
  await page.getByRole('main').getByRole('link', { name: 'Clients', exact: true }).click()
  await page.getByRole('radio', { name: 'Active' }).check()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).not.toContainText('Archived')

  // Delete, after a dialog that names what goes; Cancel is the safe default.
  await rows(page).first().click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: `Delete ${ZOE}?` })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(dialog.getByRole('listitem')).toHaveText([
    'client profile, contact details, goals and notes',
    '1 injury or limitation',
    '1 health-readiness questionnaire',
    '1 body-weight goal'
  ])
  await checkA11y(page, 'delete dialog')
  await shot(page, 'clients-05-delete-dialog')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  expect(await total(harness)).toBe(1)
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await dialog.getByRole('button', { name: `Delete ${ZOE}` }).click()
  await expect(page).toHaveURL(/#\/clients$/)
  await expect(page.getByRole('status').filter({ hasText: `Deleted ${ZOE}` })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()
  expect(await total(harness)).toBe(0)
  const gone = await harness.call('clients.get', { id })
  expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })

  // An old address to the client says plainly that it is gone.
  await page.goto(`${harness.url}/#/clients/${id}`)
  await expect(page.getByRole('heading', { name: 'This client no longer exists' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to clients' }).click()
  await expect(page).toHaveURL(/#\/clients$/)
})

test('invalid input shows each message next to its field and saves nothing', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/clients/new`)
  await page.getByLabel('Email').fill('not-an-email')
  await page.getByLabel('Date of birth').fill('2099-01-01')
  await page.getByLabel('Height').fill('300')
  await page.getByRole('button', { name: 'Save client' }).click()

  const summary = page.getByRole('alert').filter({ hasText: 'problems to fix' })
  await expect(summary.getByRole('heading')).toHaveText('There are 4 problems to fix before saving')
  await expect(summary.getByRole('link')).toHaveText([
    'Name is required',
    'Enter an email like name@example.com',
    'Must not be in the future',
    'Height must be at most 250 cm'
  ])
  // Each message is tied to its field, and the first invalid field has the cursor.
  await expect(page.getByLabel('Name')).toBeFocused()
  await expect(page.getByLabel('Name')).toHaveAccessibleDescription('Name is required')
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('Enter an email like name@example.com')
  await expect(page.getByLabel('Date of birth')).toHaveAccessibleDescription('Must not be in the future')
  await expect(page.getByLabel('Height')).toHaveAccessibleDescription('Height must be at most 250 cm')
  await checkA11y(page, 'client form with errors')
  await shot(page, 'clients-06-form-errors')
  expect(await total(harness)).toBe(0)

  // A summary link takes the cursor to its field.
  await summary.getByRole('link', { name: 'Height must be at most 250 cm' }).click()
  await expect(page.getByLabel('Height')).toBeFocused()

  // Fixing a field clears its message; the others stay until they are fixed.
  await page.getByLabel('Height').fill('172.5')
  await expect(page.getByLabel('Height')).not.toHaveAttribute('aria-invalid')
  await expect(summary.getByRole('link')).toHaveCount(3)

  // Blur validation on a touched field, before any save.
  await page.getByLabel('Phone').fill('12')
  await page.getByLabel('Phone').blur()
  await expect(page.getByLabel('Phone')).toHaveAccessibleDescription('A phone number needs at least 6 digits')

  // A readiness answer without the rest asks for the rest.
  await page.getByRole('group', { name: /ever said you have a heart condition/ }).getByLabel('No').check()
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(page.getByRole('group', { name: /chest pain when you are physically active/ })).toHaveAccessibleDescription('Answer yes or no')
  expect(await total(harness)).toBe(0)

  await page.getByLabel('Name').fill('Valid Person')
  await page.getByLabel('Email').fill('valid@example.com')
  await page.getByLabel('Phone').fill('020 7946 0321')
  await page.getByLabel('Date of birth').fill('1990-01-01')
  await page.getByRole('button', { name: 'Clear answers (not answered yet)' }).click()
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Valid Person' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Body', exact: true })).toContainText('172.5 cm')
  await expect(page.getByRole('region', { name: 'Health readiness' })).toContainText('Not answered yet.')
  expect(await total(harness)).toBe(1)
})

test('keyboard only: add clients and open one from the list', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/clients`)
  await expect(page.getByRole('heading', { name: 'No clients yet' })).toBeVisible()

  for (const [name, email] of [
    ['Ana Keyboard', 'ana@example.com'],
    ['Bea Keyboard', 'bea@example.com']
  ]) {
    await page.keyboard.press('Control+n')
    await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible()
    await expect(page.getByLabel('Name')).toBeFocused()
    await page.keyboard.type(name!)
    await page.keyboard.press('Tab')
    await expect(page.getByLabel('Email')).toBeFocused()
    await page.keyboard.type(email!)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
    await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Clients', exact: true }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  }

  await tabTo(page, page.getByLabel('Search clients'))
  await page.keyboard.type('keyboard')
  await expect(page.getByText('2 matches', { exact: true })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(rows(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(rows(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(rows(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByLabel('Search clients')).toBeFocused()
  // Tab also reaches the list (one stop for the whole list), after the filter and the sort.
  await tabTo(page, page.getByLabel('Sort by'))
  await page.keyboard.press('Tab')
  await expect(rows(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Bea Keyboard' })).toBeVisible()
  expect(await total(harness)).toBe(2)
})

test('unsaved changes: leaving the form asks first, and staying keeps what was typed', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/clients`)
  await page.getByRole('link', { name: 'Add your first client' }).click()
  await page.getByLabel('Name').fill('Half-typed Client')
  await page.getByLabel('Goals in their words').fill('Something worth keeping')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  await shot(page, 'clients-07-unsaved-changes')
  await dialog.getByRole('button', { name: 'Keep editing' }).click()
  await expect(dialog).toBeHidden()
  await expect(page).toHaveURL(/#\/clients\/new$/)
  await expect(page.getByLabel('Name')).toHaveValue('Half-typed Client')
  await expect(page.getByLabel('Goals in their words')).toHaveValue('Something worth keeping')

  // Cancel asks too; Escape in the dialog means stay.
  await page.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByLabel('Name')).toHaveValue('Half-typed Client')

  // The browser's Back asks as well; discarding leaves and saves nothing.
  await page.goBack()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  expect(await total(harness)).toBe(0)
})

test('sample data from the empty state: the sample clients appear, names intact', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/clients`)
  await page.getByRole('button', { name: 'Load sample data' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Loaded \d+ sample clients/ })).toBeVisible()
  const loaded = await total(harness)
  expect(loaded).toBeGreaterThan(5)
  await expect(page.getByText(`${loaded} active clients`, { exact: true })).toBeVisible()
  await expect(rows(page).filter({ hasText: 'Marcus Okafor' })).toContainText('Medical clearance needed')
  await checkA11y(page, 'populated client list')
  await shot(page, 'clients-08-list-sample')
  // Zoë sorts last: at the end of the list (only the rows in view and two past it are in the page).
  await page.locator('.result-list').evaluate((list) => list.scrollTo({ top: list.scrollHeight }))
  await expect(rows(page).filter({ hasText: ZOE })).toHaveCount(1)

  await search(page, 'zoe nguyen')
  await expect(rows(page)).toHaveText([new RegExp(ZOE)])
  await rows(page).first().click()
  await expect(page.getByRole('heading', { level: 1, name: ZOE })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Health readiness' })).toContainText('No to every question.')
  // Back returns to the same search.
  await page.goBack()
  await expect(page.getByLabel('Search clients')).toHaveValue('zoe nguyen')
  await expect(rows(page)).toHaveText([new RegExp(ZOE)])
  await rows(page).first().click()

  // Sort by last change puts the client just edited first.
  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page).toHaveURL(/\/edit$/)
  await page.getByLabel('Notes', { exact: true }).fill('Moved sessions to Tuesdays.')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('region', { name: 'Notes' })).toContainText('Moved sessions to Tuesdays.')
  await page.getByRole('main').getByRole('link', { name: 'Clients', exact: true }).click()
  await page.getByLabel('Search clients').fill('')
  await page.getByLabel('Sort by').selectOption('Last change')
  await expect(rows(page).first()).toContainText(ZOE)
  await page.getByLabel('Sort by').selectOption('Name')
  await expect(rows(page).first()).not.toContainText(ZOE)
})

test('thousands of clients: the list stays virtualized and pages in as it scrolls', async ({ page, harness }) => {
  const count = 1200
  for (let i = 1; i <= count; i++) {
    const created = await harness.call('clients.create', { name: `Client ${String(i).padStart(4, '0')}`, phone: `0700 ${String(100000 + i)}` })
    expect(created.ok).toBe(true)
  }
  await page.goto(`${harness.url}/#/clients`)
  await expect(page.getByText(`${count} active clients`, { exact: true })).toBeVisible()
  await expect(rows(page).first()).toHaveText(/Client 0001/)
  // Only the rows in view (plus a few) are in the page.
  expect(await rows(page).count()).toBeLessThan(40)

  await page.getByLabel('Search clients').press('ArrowDown')
  await expect(rows(page).first()).toBeFocused()
  await page.keyboard.press('End')
  const last = page.getByTestId('client-row').filter({ hasText: 'Client 1200' })
  await expect(last).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await expect(page.getByTestId('client-row').filter({ hasText: 'Client 1199' })).toBeFocused()
  expect(await rows(page).count()).toBeLessThan(60)

  await search(page, '100777')
  await expect(rows(page)).toHaveText([/Client 0777/])
  await shot(page, 'clients-09-list-many')
})

test('errors from the core are shown where they belong, never swallowed', async ({ page, harness }) => {
  const failure = (code: string, message: string, issues: { path: string; message: string }[] = []) => ({ json: { ok: false, error: { code, message, issues } } })
  await value(harness, 'clients.create', { name: 'Existing Client' })

  // A refused save: field issues land next to their fields, the message on top; nothing is saved.
  await page.route('**/api/clients.create', (route) =>
    route.fulfill(failure('invalid_input', 'The core refused the client', [{ path: 'email', message: 'This email is refused by the core' }]))
  )
  await page.goto(`${harness.url}/#/clients/new`)
  await page.getByLabel('Name').fill('Refused Client')
  await page.getByLabel('Email').fill('refused@example.com')
  await page.getByRole('button', { name: 'Save client' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved.' })).toContainText('The core refused the client')
  await expect(page.getByLabel('Email')).toHaveAccessibleDescription('This email is refused by the core')
  await expect(page.getByLabel('Email')).toBeFocused()
  await expect(page.getByRole('heading', { level: 1, name: 'New client' })).toBeVisible()
  expect(await total(harness)).toBe(1)
  await page.unroute('**/api/clients.create')

  // A failed archive says why.
  await page.route('**/api/clients.archive', (route) => route.fulfill(failure('store_unavailable', 'The data file is locked by another program')))
  await page.getByRole('main').getByRole('link', { name: 'Clients', exact: true }).click()
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Discard changes' }).click()
  await rows(page).filter({ hasText: 'Existing Client' }).click()
  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByRole('alert')).toHaveText('The data file is locked by another program')
  await expect(page.getByRole('button', { name: 'Archive' })).toBeVisible()

  // A list that cannot load says so and offers to try again.
  await page.route('**/api/clients.list', (route) => route.fulfill(failure('internal', 'Something broke while reading clients')))
  await page.goto(`${harness.url}/#/clients?status=all`)
  await expect(page.getByRole('alert')).toContainText('Something broke while reading clients')
  await page.unroute('**/api/clients.list')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(rows(page)).toHaveText([/Existing Client/])
  await expect(page.getByRole('alert')).toHaveCount(0)
})
