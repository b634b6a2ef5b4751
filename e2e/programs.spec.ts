import type { Locator, Page } from '@playwright/test'
import { checkA11y, expect, shot, test, type HarnessFixture } from './fixtures'

// The designer journeys run several axe scans over a page of a few hundred fields and wait on real
// autosaves; on the 2-core machine that is more than the default minute when specs run in parallel.
test.describe.configure({ timeout: 150_000 })

const HOME_TEMPLATE = 'Back of the thighs at home (beginner)'
const SESSION_A = 'Session A: hinge and squat'
const HOME_KIT = ['mat', 'chair', 'step', 'wall', 'household-weights', 'stability-ball']

async function homeBeginner(harness: HarnessFixture, name = 'Ben Okafor'): Promise<{ id: string }> {
  return harness.value('clients.create', { name, level: 'beginner', trainingLocation: 'home', equipment: HOME_KIT })
}

function mainBlock(page: Page, session = SESSION_A): Locator {
  return page.getByRole('list', { name: `Main, ${session}` })
}

async function namesIn(list: Locator): Promise<string[]> {
  return list.locator('.item-exercise').allTextContents()
}

function checks(page: Page): Locator {
  return page.getByTestId('checks-panel')
}

async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveText('Saved')
}

async function openPrograms(page: Page, url: string, search = ''): Promise<void> {
  await page.goto(`${url}/#/programs${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible()
}

test('programs list: built-in templates, a new template, search, status and one client’s programs', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  const ana = await harness.value('clients.create', { name: 'Ana Ruiz', level: 'intermediate', trainingLocation: 'gym' })
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  await harness.value('programs.assign', { programId: home.id, clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
  const anas = await harness.value('programs.assign', { programId: home.id, clientId: ana.id, startDate: '2030-01-07', weekdays: [2, 4, 6], name: 'Ana’s plan' })
  await harness.value('programs.setStatus', { id: anas.id, status: 'completed' })

  await page.goto(harness.url)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible()
  await expect(page.getByTestId('template-row')).toHaveCount(5)
  await expect(page.getByTestId('template-row').filter({ hasText: HOME_TEMPLATE })).toContainText('Built in')
  await expect(page.getByTestId('program-row')).toHaveCount(2)
  await checkA11y(page, 'programs list')
  await shot(page, 'programs-list')

  // Status narrows the clients' programs; search narrows by name.
  await page.getByLabel('Status').selectOption('completed')
  await expect(page.getByTestId('program-row')).toHaveCount(1)
  await expect(page.getByTestId('program-row')).toContainText('Ana’s plan')
  await page.getByLabel('Status').selectOption('')
  await page.getByLabel('Search programs').fill('walk')
  await expect(page.getByTestId('program-row')).toHaveCount(0)
  await expect(page.getByTestId('template-row')).toHaveCount(1)
  await page.getByLabel('Search programs').fill('')

  // ?client=<id> shows one client's programs.
  await openPrograms(page, harness.url, `?client=${ben.id}`)
  await expect(page.getByRole('heading', { name: 'Ben Okafor’s programs' })).toBeVisible()
  await expect(page.getByTestId('program-row')).toHaveCount(1)
  await expect(page.getByTestId('program-row')).toContainText('Ben Okafor')

  // A new template from the dialog opens in the designer.
  await openPrograms(page, harness.url)
  await page.getByRole('button', { name: '+ New program' }).click()
  const dialog = page.getByRole('dialog', { name: 'New program' })
  await dialog.getByLabel('Name').fill('Mobility basics')
  await dialog.getByLabel('Weeks').fill('4')
  await dialog.getByLabel('Sessions a week').fill('2')
  await checkA11y(page, 'new program dialog')
  await dialog.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mobility basics' })).toBeVisible()
  await expect(page.getByText('Template', { exact: true })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Weeks' }).getByRole('button')).toHaveCount(4)
  await expect(page.getByTestId('session-card')).toHaveCount(2)
  await openPrograms(page, harness.url)
  await expect(page.getByTestId('template-row').filter({ hasText: 'Mobility basics' })).toContainText('Yours')

  // Assigning to a client who already has an active program offers to replace it.
  await openPrograms(page, harness.url, `?client=${ben.id}`)
  await page.getByRole('button', { name: 'Use template Walking plan: three walks a week' }).click()
  const assign = page.getByRole('dialog', { name: 'Assign “Walking plan: three walks a week”' })
  const replace = assign.getByRole('checkbox', { name: `Complete “${HOME_TEMPLATE}” and drop its sessions from the start date on` })
  await expect(replace).toBeChecked()
  await expect(assign.getByRole('checkbox', { name: 'Saturday' })).toBeChecked()
  await assign.getByRole('textbox', { name: 'Start date' }).fill('2030-03-04')
  await assign.getByRole('button', { name: 'Assign' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Walking plan: three walks a week' })).toBeVisible()
  const bens = await harness.value('programs.list', { clientId: ben.id })
  expect(bens.items.map((p: { name: string; status: string }) => `${p.name}: ${p.status}`).sort()).toEqual([`${HOME_TEMPLATE}: completed`, 'Walking plan: three walks a week: active'])
})

test('a studio with more programs than a page shows how many there are, and every one is reachable by keyboard', async ({ page, harness }) => {
  // 130 programs: more than the page of 100 the list shows at first. Drafts without sessions are cheap to make.
  const ben = await homeBeginner(harness)
  for (let i = 1; i <= 130; i++) {
    await harness.value('programs.create', { clientId: ben.id, name: `Block ${String(i).padStart(3, '0')}`, weeks: 1, withSessions: false })
  }
  await openPrograms(page, harness.url)
  const rows = page.getByTestId('program-row')
  await expect(page.getByText('Showing 100 of 130 programs', { exact: true })).toBeVisible()
  await expect(rows).toHaveCount(100)
  await expect(rows.last()).toContainText('Block 100')
  await expect(page.getByText('5 templates', { exact: true })).toBeVisible()
  await checkA11y(page, 'programs list with more than a page')
  await shot(page, 'programs-list-first-page')

  // Show more by keyboard: the rest arrive and focus lands on the first new one.
  const more = page.getByRole('button', { name: 'Show 30 more programs' })
  await expect(page.getByText('30 not shown yet')).toBeVisible()
  await more.focus()
  await page.keyboard.press('Enter')
  await expect(rows).toHaveCount(130)
  await expect(page.getByRole('link', { name: 'Block 101' })).toBeFocused()
  await expect(rows.last()).toContainText('Block 130')
  await expect(page.getByText('130 programs', { exact: true })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0)
  await page.getByRole('link', { name: 'Block 130' }).scrollIntoViewIfNeeded()
  await shot(page, 'programs-list-all-shown')

  // Search narrows as before, and the count says how many match.
  await page.getByLabel('Search programs').fill('Block 125')
  await expect(page.getByText('1 program matches', { exact: true })).toBeVisible()
  await expect(rows).toHaveCount(1)
  await page.getByRole('link', { name: 'Block 125' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Block 125' })).toBeVisible()
})

test('designer journey: assign the home template, a barbell move fires checks, swap fixes it, keyboard reorder, undo, reload keeps it', async ({ page, harness }) => {
  await homeBeginner(harness)
  await openPrograms(page, harness.url)
  await page.getByRole('button', { name: `Use template ${HOME_TEMPLATE}` }).click()
  const dialog = page.getByRole('dialog', { name: `Assign “${HOME_TEMPLATE}”` })
  await dialog.getByLabel('Client').selectOption({ label: 'Ben Okafor' })
  await expect(dialog.getByRole('checkbox', { name: 'Monday' })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: 'Wednesday' })).toBeChecked()
  await checkA11y(page, 'assign dialog')
  await dialog.getByRole('button', { name: 'Assign' }).click()

  await expect(page.getByRole('heading', { level: 1, name: HOME_TEMPLATE })).toBeVisible()
  await expect(page.getByText('Program for Ben Okafor')).toBeVisible()
  await expect(checks(page).getByRole('status')).toHaveText('No issues: the program follows every rule we check.')
  const before = await namesIn(mainBlock(page))
  expect(before.length).toBeGreaterThan(2)

  // Add a barbell move by typing its name; Enter adds it with its default prescription.
  const add = page.getByRole('combobox', { name: `Add an exercise to main, ${SESSION_A}` })
  // Past the first eight matches too: the list scrolls, End reaches the last, two Escapes leave the box empty.
  const hip = await harness.value('exercises.list', { query: 'hip', limit: 40 })
  expect(hip.total).toBeGreaterThan(8)
  await add.fill('hip')
  const options = page.getByRole('listbox', { name: 'Matching exercises' }).getByRole('option')
  await expect(options).toHaveCount(hip.items.length)
  await add.press('ArrowDown')
  await add.press('End')
  await expect(options.last()).toHaveAttribute('aria-selected', 'true')
  await expect(options.last()).toBeInViewport()
  await add.press('Escape')
  await add.press('Escape')
  await expect(add).toHaveValue('')
  await add.fill('deadlift')
  await expect(page.getByRole('option', { name: /^Deadlift/ })).toBeVisible()
  await shot(page, 'designer-add-exercise-open')
  await add.press('Enter')
  await expect(add).toHaveValue('')
  await expect.poll(() => namesIn(mainBlock(page))).toEqual([...before, 'Deadlift'])
  const deadlift = mainBlock(page).getByTestId('item-row').filter({ hasText: 'Deadlift' }).last()
  await expect(deadlift.getByLabel('Sets, Deadlift')).toHaveValue('3')
  await expect(checks(page).getByTestId('check-issue').filter({ hasText: 'Missing equipment' })).toContainText('Deadlift in Session A: hinge and squat needs barbell')
  await expect(checks(page).getByTestId('check-issue').filter({ hasText: 'Above the client’s level' })).toContainText('Deadlift')
  await expect(deadlift).toHaveClass(/item-flag-error/)
  await waitSaved(page)
  await checkA11y(page, 'designer with failing checks')
  await shot(page, 'designer-checks-fire')

  // "Show" takes focus to the item the check points at.
  await checks(page).getByTestId('check-issue').filter({ hasText: 'Missing equipment' }).getByRole('button', { name: /Show/ }).click()
  await expect(deadlift.getByLabel('Sets, Deadlift')).toBeFocused()

  // Swap keeps the prescription: first raise the sets, then swap for the suggested ladder step.
  await deadlift.getByLabel('Sets, Deadlift').fill('4')
  await deadlift.getByRole('button', { name: 'Swap Deadlift' }).click()
  const swap = page.getByRole('dialog', { name: 'Swap Deadlift' })
  await expect(swap.getByRole('button').first()).toHaveText('Single-leg deadlift')
  await checkA11y(page, 'swap dialog')
  await swap.getByRole('button', { name: 'Single-leg deadlift' }).click()
  await expect.poll(() => namesIn(mainBlock(page))).toEqual([...before, 'Single-leg deadlift'])
  await expect(mainBlock(page).getByLabel('Sets, Single-leg deadlift')).toHaveValue('4')
  await expect(checks(page).getByRole('status')).toHaveText('No issues: the program follows every rule we check.')

  // Reorder with the keyboard: Alt+Up from a field of the row moves it up; focus stays on the field.
  const moved = before[before.length - 1]!
  const movedSets = mainBlock(page).getByLabel(`Sets, ${moved}`)
  await movedSets.focus()
  await page.keyboard.press('Alt+ArrowUp')
  const reordered = [...before.slice(0, -2), moved, before[before.length - 2]!, 'Single-leg deadlift']
  await expect.poll(() => namesIn(mainBlock(page))).toEqual(reordered)
  await expect(movedSets).toBeFocused()

  // A change, then Ctrl+Z takes it back (and only it); Ctrl+Shift+Z redoes, Ctrl+Z again undoes.
  const restBefore = await mainBlock(page).getByLabel(`Rest seconds, ${moved}`).inputValue()
  await mainBlock(page).getByLabel(`Rest seconds, ${moved}`).fill('75')
  await page.keyboard.press('Control+z')
  await expect(mainBlock(page).getByLabel(`Rest seconds, ${moved}`)).toHaveValue(restBefore)
  await page.keyboard.press('Control+Shift+z')
  await expect(mainBlock(page).getByLabel(`Rest seconds, ${moved}`)).toHaveValue('75')
  await page.keyboard.press('Control+z')
  await expect(mainBlock(page).getByLabel(`Rest seconds, ${moved}`)).toHaveValue(restBefore)
  await expect.poll(() => namesIn(mainBlock(page))).toEqual(reordered)
  await waitSaved(page)
  await shot(page, 'designer-after-swap-and-reorder')

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: HOME_TEMPLATE })).toBeVisible()
  await expect.poll(() => namesIn(mainBlock(page))).toEqual(reordered)
  await expect(mainBlock(page).getByLabel('Sets, Single-leg deadlift')).toHaveValue('4')
  await expect(mainBlock(page).getByLabel(`Rest seconds, ${moved}`)).toHaveValue(restBefore)
  await expect(checks(page).getByRole('status')).toHaveText('No issues: the program follows every rule we check.')
})

test('designer tools: autosave within a second, a check’s fix, superset, drag and drop within and between blocks, duplicate and undo, progression preview and apply, copy a week forward', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  const program = await harness.value('programs.assign', { programId: home.id, clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
  await page.goto(`${harness.url}/#/programs/${program.id}`)
  await expect(page.getByRole('heading', { level: 1, name: HOME_TEMPLATE })).toBeVisible()
  const stored = async () => (await harness.value('programs.get', { id: program.id })).document

  // Typing is stored about half a second later, with no save button.
  const first = mainBlock(page).getByTestId('item-row').first()
  const firstName = (await first.locator('.item-exercise').textContent())!
  await first.getByLabel(`Sets, ${firstName}`).fill('5')
  const typedAt = Date.now()
  await expect.poll(async () => (await stored()).weeks[0].sessions[0].items.find((i: { block: string }) => i.block === 'main').prescription.sets, { intervals: [100] }).toBe(5)
  expect(Date.now() - typedAt).toBeLessThan(1500)
  await waitSaved(page)

  // Removing the warm-up fires its check; the fix puts the standard warm-up back.
  const warmUp = page.getByRole('list', { name: `Warm-up, ${SESSION_A}` })
  for (const name of await namesIn(warmUp)) await warmUp.getByRole('button', { name: `Remove ${name}` }).click()
  await expect(warmUp).toHaveCount(0)
  const issue = checks(page).getByTestId('check-issue').filter({ hasText: 'No warm-up' })
  await expect(issue).toContainText('Session A: hinge and squat')
  await issue.getByRole('button', { name: /^Add the standard warm-up/ }).click()
  await expect(issue).toHaveCount(0)
  expect((await namesIn(warmUp)).length).toBeGreaterThan(0)

  // Two items become a superset, labelled A1 and A2.
  const secondName = (await namesIn(mainBlock(page)))[1]!
  await mainBlock(page).getByRole('button', { name: `Group ${secondName} with the one above` }).click()
  await expect(mainBlock(page).locator('.item-label-code')).toHaveText(['A1', 'A2', '', ''])
  await expect(mainBlock(page).getByRole('button', { name: `Ungroup ${secondName}` })).toBeVisible()

  // Drag and drop: the last main item onto the first; then the last main item into the cool-down block.
  // (A drag cannot scroll the page in Playwright, so the window is tall enough to show both ends.)
  await page.setViewportSize({ width: 1280, height: 1200 })
  const mainNames = await namesIn(mainBlock(page))
  await mainBlock(page).getByTestId('drag-handle').last().dragTo(mainBlock(page).getByTestId('item-row').first())
  await expect.poll(() => namesIn(mainBlock(page))).toEqual([mainNames[3], mainNames[0], mainNames[1], mainNames[2]])
  await expect(mainBlock(page).locator('.item-label-code')).toHaveText(['', 'A1', 'A2', ''])
  const coolDown = page.getByRole('list', { name: `Cool-down, ${SESSION_A}` })
  const coolNames = await namesIn(coolDown)
  const sessionCard = page.getByTestId('session-card').first()
  await mainBlock(page).getByTestId('drag-handle').last().dragTo(sessionCard.getByTestId('block-cool-down').locator('.block-title'))
  await expect.poll(() => namesIn(coolDown)).toEqual([...coolNames, mainNames[2]])
  await expect.poll(() => namesIn(mainBlock(page))).toEqual([mainNames[3], mainNames[0], mainNames[1]])
  await page.keyboard.press('Control+z')
  await expect.poll(() => namesIn(coolDown)).toEqual(coolNames)

  // Duplicate a session, then take it back with Ctrl+Z.
  const sessionA = page.getByTestId('session-card').filter({ has: page.getByRole('list', { name: `Main, ${SESSION_A}` }) })
  await sessionA.getByRole('button', { name: 'Duplicate session' }).click()
  await expect(page.getByTestId('session-card')).toHaveCount(4)
  await expect(page.getByRole('list', { name: `Main, ${SESSION_A} (copy)` })).toBeVisible()
  await page.keyboard.press('Control+z')
  await expect(page.getByTestId('session-card')).toHaveCount(3)

  // Progression: the course over 12 weeks, previewed week by week, then applied.
  await page.getByRole('button', { name: 'Progression…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Progression from week 1' })
  await dialog.getByRole('radio', { name: /Course/ }).check()
  await dialog.getByLabel('Weeks').fill('12')
  const preview = dialog.getByTestId('progression-preview')
  await expect(preview.locator('tbody tr')).toHaveCount(12)
  await expect(preview.locator('tbody tr').nth(4)).toContainText('Definition')
  await expect(preview.getByRole('status')).toContainText('4 weeks added')
  await checkA11y(page, 'progression dialog')
  await shot(page, 'designer-progression-preview')
  await dialog.getByRole('button', { name: 'Apply to weeks 2–12' }).click()
  const weeks = page.getByRole('navigation', { name: 'Weeks' }).getByRole('button')
  await expect(weeks).toHaveCount(12)
  await expect(weeks.nth(8)).toContainText('Strength')

  // Copy week 1 onto the following weeks after renaming a session.
  await weeks.first().click()
  await page.getByRole('textbox', { name: 'Session name' }).first().fill('Legs A')
  await page.getByRole('button', { name: 'Copy onto weeks 2–12' }).click()
  await weeks.nth(2).click()
  await expect(page.getByRole('textbox', { name: 'Session name' }).first()).toHaveValue('Legs A')
  await waitSaved(page)
  const doc = await stored()
  expect(doc.weeks).toHaveLength(12)
  expect(doc.weeks.map((w: { sessions: { name: string }[] }) => w.sessions[0]!.name)).toEqual(Array(12).fill('Legs A'))

  // Twelve copied weeks: a finding that holds in all of them is one entry naming the weeks, not twelve.
  const same = checks(page).getByTestId('check-issue').filter({ hasText: 'No progression' }).first()
  await expect(same).toContainText('Weeks 1–12')
  await expect(same).toContainText('1 of 12')
  await same.getByRole('button', { name: /^Show/ }).click()
  await expect(weeks.first()).toHaveAttribute('aria-current', 'true')
  // Next place steps to week 2 and keeps focus in the panel, so the trainer can go on stepping.
  await same.getByRole('button', { name: /^Next place/ }).click()
  await expect(weeks.nth(1)).toHaveAttribute('aria-current', 'true')
  await expect(same).toContainText('2 of 12')
  await expect(same.getByRole('button', { name: /^Next place/ })).toBeFocused()
  await same.getByRole('button', { name: /^Previous place/ }).click()
  await expect(weeks.first()).toHaveAttribute('aria-current', 'true')
  await shot(page, 'designer-check-over-weeks')
  await weeks.nth(2).click()

  // A check in another week: "Show" opens that week and puts focus in the session it names.
  const week3WarmUp = page.getByRole('list', { name: 'Warm-up, Legs A' })
  for (const name of await namesIn(week3WarmUp)) await week3WarmUp.getByRole('button', { name: `Remove ${name}` }).click()
  await weeks.first().click()
  await expect(weeks.first()).toHaveAttribute('aria-current', 'true')
  const warmUpIssue = checks(page).getByTestId('check-issue').filter({ hasText: 'No warm-up' })
  await expect(warmUpIssue).toContainText('week 3')
  await warmUpIssue.getByRole('button', { name: /Show/ }).click()
  await expect(weeks.nth(2)).toHaveAttribute('aria-current', 'true')
  await expect(page.getByRole('textbox', { name: 'Session name' }).first()).toBeFocused()

  // Removing a week.
  await page.getByRole('button', { name: 'Remove week 3' }).click()
  await expect(weeks).toHaveCount(11)
  await expect(warmUpIssue).toHaveCount(0)
  await waitSaved(page)
  expect((await stored()).weeks).toHaveLength(11)
})

test('a built-in template opens read-only, and a copy of it can be edited', async ({ page, harness }) => {
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  await page.goto(`${harness.url}/#/programs/${home.id}`)
  await expect(page.getByRole('heading', { level: 1, name: HOME_TEMPLATE })).toBeVisible()
  await expect(page.getByText('Built-in template', { exact: true })).toBeVisible()
  await expect(mainBlock(page).getByRole('textbox').first()).toBeDisabled()
  await expect(page.getByRole('combobox', { name: `Add an exercise to main, ${SESSION_A}` })).toHaveCount(0)
  await checkA11y(page, 'built-in template')
  await page.getByRole('button', { name: 'make your own copy' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `${HOME_TEMPLATE} (copy)` })).toBeVisible()
  await expect(page.getByText('Template', { exact: true })).toBeVisible()
  await expect(mainBlock(page).getByRole('textbox').first()).toBeEnabled()
})

test('a save from elsewhere wins: the designer reloads the newer program and says why', async ({ page, harness }) => {
  const program = await harness.value('programs.create', { name: 'Strength base', weeks: 2, sessionsPerWeek: 1 })
  await page.goto(`${harness.url}/#/programs/${program.id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Strength base' })).toBeVisible()
  // Another window saves first.
  await harness.value('programs.save', { id: program.id, revision: program.revision, document: { ...program.document, name: 'Strength base (edited elsewhere)' } })
  await page.getByLabel('Goal').fill('Lift more')
  await expect(page.getByText('This program was changed elsewhere, so it was reloaded with the latest version.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Strength base (edited elsewhere)' })).toBeVisible()
  await expect(page.getByLabel('Goal')).toHaveValue('')
  await checkA11y(page, 'designer after a conflict')
  // Editing carries on from the newer revision.
  await page.getByLabel('Goal').fill('Lift more, safely')
  await waitSaved(page)
  expect((await harness.value('programs.get', { id: program.id })).document.goal).toBe('Lift more, safely')
})

test('a client’s program is rescheduled and saved as a template from the designer', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  const program = await harness.value('programs.assign', { programId: home.id, clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5], name: 'Ben’s legs' })
  await page.goto(`${harness.url}/#/programs/${program.id}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Ben’s legs' })).toBeVisible()
  await expect(page.getByText(/^From .* on Mon, Wed, Fri · 8 weeks$/)).toBeVisible()

  await page.getByRole('button', { name: 'Reschedule…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reschedule' })
  await dialog.getByLabel('Start date').fill('2030-02-05')
  await dialog.getByRole('checkbox', { name: 'Wednesday' }).uncheck()
  await dialog.getByRole('checkbox', { name: 'Friday' }).uncheck()
  await dialog.getByRole('checkbox', { name: 'Tuesday' }).check()
  await dialog.getByRole('checkbox', { name: 'Thursday' }).check()
  await dialog.getByRole('checkbox', { name: 'Monday' }).uncheck()
  await dialog.getByRole('checkbox', { name: 'Saturday' }).check()
  await checkA11y(page, 'reschedule dialog')
  await dialog.getByRole('button', { name: 'Reschedule' }).click()
  await expect(page.getByText(/^From .* on Tue, Thu, Sat · 8 weeks$/)).toBeVisible()
  const stored = await harness.value('programs.get', { id: program.id })
  expect(stored).toMatchObject({ startDate: '2030-02-05', weekdays: [2, 4, 6] })
  const schedule = await harness.value('programs.schedule', { programId: program.id, limit: 3 })
  expect(schedule.items.map((s: { date: string }) => s.date)).toEqual(['2030-02-05', '2030-02-07', '2030-02-09'])

  await page.getByRole('button', { name: 'Save as template' }).click()
  await expect(page.getByText('Template', { exact: true })).toBeVisible()
  const mine = (await harness.value('programs.list', { templates: true })).items.filter((t: { builtin: boolean }) => !t.builtin)
  expect(mine).toHaveLength(1)
  await expect(page).toHaveURL(new RegExp(`#/programs/${mine[0].id}$`))
})

test('archive hides a program until restored; delete says what goes and erases it', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  const program = await harness.value('programs.assign', { programId: home.id, clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5], name: 'Ben’s legs' })
  const template = await harness.value('programs.create', { name: 'Short lived', weeks: 2, sessionsPerWeek: 1 })

  await page.goto(`${harness.url}/#/programs/${program.id}`)
  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible()
  await expect(page.getByTestId('program-row')).toHaveCount(0)
  await page.getByLabel('Show archived').check()
  const row = page.getByTestId('program-row').filter({ hasText: 'Ben’s legs' })
  await expect(row).toContainText('Archived')
  await row.getByRole('button', { name: 'Restore Ben’s legs' }).click()
  await expect(row).not.toContainText('Archived')

  await page.goto(`${harness.url}/#/programs/${template.id}`)
  await page.getByRole('button', { name: 'Delete…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete “Short lived”?' })
  await expect(dialog.getByRole('listitem')).toHaveText(['1 template', '2 weeks', '2 sessions'])
  // The safe choice has focus, and Escape keeps the program.
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await page.getByRole('button', { name: 'Delete…' }).click()
  await expect(dialog.getByRole('listitem')).toHaveText(['1 template', '2 weeks', '2 sessions'])
  await checkA11y(page, 'delete dialog')
  await shot(page, 'programs-delete-dialog')
  await dialog.getByRole('button', { name: 'Delete for good' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Programs' })).toBeVisible()
  await expect(page.getByTestId('template-row').filter({ hasText: 'Short lived' })).toHaveCount(0)
  expect((await harness.call('programs.get', { id: template.id })).ok).toBe(false)
})

test('client page: assign from the client, see the current program and next sessions, reschedule and reassign, by keyboard', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  await page.goto(`${harness.url}/#/clients/${ben.id}`)
  const section = page.getByTestId('client-program')
  await expect(section.getByRole('heading', { name: 'Training program' })).toBeVisible()
  await expect(section).toContainText('Ben Okafor has no program yet')

  // Assign the walking plan: its suggested days (Mon, Wed, Sat) are proposed.
  await section.getByRole('button', { name: 'Assign a program…' }).focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Assign a program to Ben Okafor' })
  await expect(dialog.getByLabel('Template')).toBeFocused()
  await dialog.getByRole('button', { name: 'Assign' }).click()
  await expect(dialog.getByText('Choose a template', { exact: true })).toBeVisible()
  await expect(dialog.getByLabel('Template')).toBeFocused()
  await dialog.getByLabel('Template').selectOption({ label: 'Walking plan: three walks a week (12 weeks, 3 a week)' })
  for (const [day, ticked] of [['Monday', true], ['Tuesday', false], ['Wednesday', true], ['Saturday', true]] as const) {
    await expect(dialog.getByRole('checkbox', { name: day })).toBeChecked({ checked: ticked })
  }
  await expect(dialog).toContainText('the days this template suggests are ticked')
  await checkA11y(page, 'assign from the client page')
  await shot(page, 'client-assign-dialog')
  await dialog.getByLabel('Start date').fill('2030-01-07')
  await dialog.getByLabel('Start date').press('Enter')
  await expect(dialog).toBeHidden()

  await expect(section.getByRole('link', { name: 'Walking plan: three walks a week' })).toBeVisible()
  await expect(section).toContainText('Starts on')
  await expect(section).toContainText('Mon, Wed, Sat')
  const next = section.getByRole('list', { name: 'Next sessions' }).getByRole('listitem')
  await expect(next).toHaveCount(6)
  await expect(next.first()).toContainText('Walk 1')
  await expect(next.first()).toContainText('week 1')
  await expect(next.nth(2)).toContainText('Saturday')
  await checkA11y(page, 'client page with a program')
  await shot(page, 'client-page-current-program')

  // Reschedule from the client page: Tuesdays, Thursdays and Sundays.
  await section.getByRole('button', { name: 'Reschedule…' }).focus()
  await page.keyboard.press('Enter')
  const reschedule = page.getByRole('dialog', { name: /^Reschedule/ })
  for (const day of ['Monday', 'Wednesday', 'Saturday']) await reschedule.getByRole('checkbox', { name: day }).uncheck()
  for (const day of ['Tuesday', 'Thursday', 'Sunday']) await reschedule.getByRole('checkbox', { name: day }).check()
  await reschedule.getByRole('button', { name: 'Reschedule' }).click()
  await expect(section.getByRole('status')).toContainText('Rescheduled')
  await expect(section).toContainText('Tue, Thu, Sun')
  await expect(next.first()).toContainText('Tuesday')

  // Reassign: the home template replaces the walking plan, which is completed.
  await section.getByRole('button', { name: 'Reassign…' }).click()
  const reassign = page.getByRole('dialog', { name: 'Reassign Ben Okafor' })
  await reassign.getByLabel('Template').selectOption({ label: `${HOME_TEMPLATE} (8 weeks, 3 a week)` })
  await expect(reassign.getByRole('checkbox', { name: /Complete “Walking plan/ })).toBeChecked()
  await reassign.getByRole('textbox', { name: 'Start date' }).fill('2030-01-14')
  await checkA11y(page, 'reassign dialog')
  await reassign.getByRole('button', { name: 'Assign' }).click()
  await expect(section.getByRole('link', { name: HOME_TEMPLATE })).toBeVisible()
  await expect(next.first()).toContainText(SESSION_A)
  const programs = await harness.value('programs.list', { clientId: ben.id })
  expect(programs.items.map((p: { name: string; status: string }) => [p.name, p.status]).sort()).toEqual([
    [HOME_TEMPLATE, 'active'],
    ['Walking plan: three walks a week', 'completed']
  ])

  // The finished walking plan can be run again: it is offered among Ben's other programs, with its days.
  await section.getByRole('button', { name: 'Reassign…' }).click()
  const again = reassign.locator('optgroup[label="Ben Okafor’s other programs"] option')
  await expect(again).toHaveCount(1)
  await expect(again).toHaveText(/^Walking plan: three walks a week \(completed, from /)
  await reassign.getByLabel('Template').selectOption((await again.getAttribute('value'))!)
  await expect(reassign.getByRole('checkbox', { name: 'Tuesday' })).toBeChecked()
  await expect(reassign).toContainText('its current days are ticked')
  await reassign.getByRole('button', { name: 'Cancel' }).click()

  // Open in designer.
  await section.getByRole('link', { name: 'Open in designer' }).click()
  await expect(page.getByRole('heading', { level: 1, name: HOME_TEMPLATE })).toBeVisible()
  await expect(page.getByText('Program for Ben Okafor')).toBeVisible()
})

test('designer details and structure: description, circuits, moves to another session and week by keyboard and by drag, a new week, undo', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  const program = await harness.value('programs.assign', { programId: home.id, clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })
  await page.goto(`${harness.url}/#/programs/${program.id}`)
  await expect(page.getByRole('heading', { level: 1, name: HOME_TEMPLATE })).toBeVisible()
  const stored = async () => (await harness.value('programs.get', { id: program.id })).document

  // Description, goal and level are edited in place and saved.
  await page.getByLabel('Description').fill('Eight weeks at home.\nKeep every rep slow.')
  await page.getByLabel('Goal').fill('Stronger hamstrings at home')
  await waitSaved(page)
  expect(await stored()).toMatchObject({ description: 'Eight weeks at home.\nKeep every rep slow.', goal: 'Stronger hamstrings at home' })

  // Three items grouped, then made a circuit: labelled A1-A3, the kind shown and stored.
  const names = await namesIn(mainBlock(page))
  await mainBlock(page).getByRole('button', { name: `Group ${names[1]} with the one above` }).click()
  await mainBlock(page).getByRole('button', { name: `Group ${names[2]} with the one above` }).click()
  await expect(mainBlock(page).locator('.item-label-code')).toHaveText(['A1', 'A2', 'A3', ''])
  await expect(mainBlock(page).locator('.item-group-kind')).toHaveText(['Superset'])
  await expect(mainBlock(page).getByLabel(`Group kind, ${names[1]}`)).toHaveCount(0)
  await mainBlock(page).getByLabel(`Group kind, ${names[0]}`).selectOption('circuit')
  await expect(mainBlock(page).locator('.item-group-kind')).toHaveText(['Circuit'])
  await expect(mainBlock(page).getByLabel('Circuit A3')).toBeVisible()
  await waitSaved(page)
  const grouped = (await stored()).weeks[0].sessions[0].items.filter((i: { block: string }) => i.block === 'main')
  expect(grouped.map((i: { group: string | null; groupKind: string | null }) => `${i.group}:${i.groupKind}`)).toEqual(['A:circuit', 'A:circuit', 'A:circuit', 'null:null'])
  await checkA11y(page, 'designer with a circuit')
  await shot(page, 'designer-circuit')

  // Alt+Shift+Down takes the last main item to the next session; focus follows it.
  const sessionB = (await page.getByRole('textbox', { name: 'Session name' }).nth(1).inputValue())
  const last = names[3]!
  await mainBlock(page).getByLabel(`Sets, ${last}`).focus()
  await page.keyboard.press('Alt+Shift+ArrowDown')
  await expect.poll(() => namesIn(mainBlock(page, sessionB))).toContain(last)
  expect(await namesIn(mainBlock(page))).not.toContain(last)
  await expect(mainBlock(page, sessionB).getByLabel(`Sets, ${last}`)).toBeFocused()

  // Alt+Page Down takes it on to the same session of week 2, which opens.
  const weeks = page.getByRole('navigation', { name: 'Weeks' }).getByRole('button')
  await page.keyboard.press('Alt+PageDown')
  await expect(weeks.nth(1)).toHaveAttribute('aria-current', 'true')
  await expect(mainBlock(page, sessionB).getByLabel(`Sets, ${last}`).last()).toBeFocused()
  await waitSaved(page)
  let doc = await stored()
  const countIn = (d: typeof doc, w: number, s: number) => d.weeks[w].sessions[s].items.length
  expect([countIn(doc, 0, 0), countIn(doc, 0, 1), countIn(doc, 1, 1)]).toEqual([countIn(doc, 1, 0) - 1, countIn(doc, 1, 1) - 1, countIn(doc, 0, 1) + 1])

  // Drag a warm-up item of week 2 onto the week 3 button: it goes to the same session there.
  const warmUpA = page.getByRole('list', { name: `Warm-up, ${SESSION_A}` })
  const warmName = (await namesIn(warmUpA))[0]!
  const week3Before = (await stored()).weeks[2].sessions[0].items.length
  await warmUpA.getByTestId('drag-handle').first().dragTo(weeks.nth(2))
  await expect(weeks.nth(2)).toHaveAttribute('aria-current', 'true')
  await expect.poll(async () => (await stored()).weeks[2].sessions[0].items.length, { timeout: 5000 }).toBe(week3Before + 1)
  await expect(page.getByRole('list', { name: `Warm-up, ${SESSION_A}` }).locator('.item-exercise')).toContainText([warmName, warmName])

  // Holding a dragged item over a week opens it, so it can be dropped in a chosen place there.
  await page.keyboard.press('Control+z')
  await weeks.nth(1).click()
  const holdName = (await namesIn(page.getByRole('list', { name: `Warm-up, ${SESSION_A}` })))[0]!
  const handle = page.getByRole('list', { name: `Warm-up, ${SESSION_A}` }).getByTestId('drag-handle').first()
  await handle.hover()
  await page.mouse.down()
  await weeks.nth(3).hover()
  await weeks.nth(3).hover({ position: { x: 6, y: 6 } })
  await expect(weeks.nth(3)).toHaveAttribute('aria-current', 'true')
  const week4Main = mainBlock(page).getByTestId('item-row').first()
  await week4Main.hover()
  await week4Main.hover({ position: { x: 12, y: 6 } })
  await page.mouse.up()
  await expect.poll(() => namesIn(mainBlock(page))).toContain(holdName)
  await page.keyboard.press('Control+z')
  await expect.poll(() => namesIn(mainBlock(page))).not.toContain(holdName)
  await page.keyboard.press('Control+y')
  await expect.poll(() => namesIn(mainBlock(page))).toContain(holdName)
  await page.keyboard.press('Control+z')

  // Both drags are taken back; week 3 is as it was.
  await waitSaved(page)
  expect((await stored()).weeks[2].sessions[0].items.length).toBe(week3Before)

  // + Add week appends a copy of the last week and shows it.
  await page.getByRole('button', { name: '+ Add week' }).click()
  await expect(weeks).toHaveCount(9)
  await expect(page.getByRole('heading', { name: 'Week 9' })).toBeVisible()
  await waitSaved(page)
  doc = await stored()
  expect(doc.weeks).toHaveLength(9)
  expect(doc.weeks[8].sessions.map((s: { lineageId: string }) => s.lineageId)).toEqual(doc.weeks[7].sessions.map((s: { lineageId: string }) => s.lineageId))
  await shot(page, 'designer-week-added')

  await page.reload()
  await expect(page.getByLabel('Description')).toHaveValue('Eight weeks at home.\nKeep every rep slow.')
  await expect(mainBlock(page).locator('.item-group-kind')).toHaveText(['Circuit'])
})

test('settings: the session length limit drives the designer’s “session too long” check', async ({ page, harness }) => {
  const ben = await homeBeginner(harness)
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === HOME_TEMPLATE)
  const program = await harness.value('programs.assign', { programId: home.id, clientId: ben.id, startDate: '2030-01-07', weekdays: [1, 3, 5] })

  await page.goto(`${harness.url}/#/settings`)
  const limit = page.getByLabel('Longest session you plan')
  await expect(limit).toHaveValue('60')
  await limit.fill('5')
  await limit.press('Enter')
  await expect(page.getByText('The session limit must be at least 15 minutes')).toBeVisible()
  await expect(limit).toHaveAttribute('aria-invalid', 'true')
  await limit.fill('15')
  await limit.press('Tab')
  await expect(page.getByText('Sessions over 15 minutes are flagged. Saved.')).toBeVisible()
  await checkA11y(page, 'settings with the session limit')
  await shot(page, 'settings-session-limit')
  expect((await harness.value('settings.get', {})).sessionLimitMinutes).toBe(15)

  await page.goto(`${harness.url}/#/programs/${program.id}`)
  const issue = checks(page).getByTestId('check-issue').filter({ hasText: 'Session too long' }).first()
  await expect(issue).toContainText('over your 15-minute limit')
})
