import type { Locator, Page } from '@playwright/test'
import { checkA11y, expect, shot, test, type HarnessFixture } from './fixtures'

interface Summary {
  id: string
  name: string
  level: string
  setting: string
  muscleGroups: string[]
  builtin: boolean
}
interface ListResult {
  items: Summary[]
  total: number
  excludedByLimitations: number
}

function rows(page: Page): Locator {
  return page.getByTestId('exercise-row')
}

function rowNamed(page: Page, name: string): Locator {
  return rows(page).filter({ has: page.locator('.exercise-row-name', { hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) }) })
}

async function rowNames(page: Page): Promise<string[]> {
  return rows(page).locator('.exercise-row-name').allTextContents()
}

async function list(harness: HarnessFixture, input: object): Promise<ListResult> {
  return harness.value('exercises.list', { limit: 500, ...input })
}

async function idOf(harness: HarnessFixture, name: string): Promise<string> {
  const found = await list(harness, { query: name, includeHidden: true, includeArchived: true })
  const hit = found.items.find((i) => i.name === name)
  if (!hit) throw new Error(`no exercise named ${name}`)
  return hit.id
}

async function openLibrary(page: Page, url: string, search = ''): Promise<void> {
  await page.goto(`${url}/#/exercises${search}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible()
  await expect(rows(page).first()).toBeVisible()
}

async function openExercise(page: Page, harness: HarnessFixture, name: string): Promise<void> {
  await page.goto(`${harness.url}/#/exercises/${await idOf(harness, name)}`)
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

/** Presses Tab until the target has focus, as a keyboard user would; fails if it never does. */
async function tabTo(page: Page, target: Locator, maxPresses = 30): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

/** A small, real PNG drawn by the page's canvas, so the picture shown is a genuine image. */
async function drawPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 160
    canvas.height = 120
    const ctx = canvas.getContext('2d')!
    ctx.fillStyle = '#e8f0fb'
    ctx.fillRect(0, 0, 160, 120)
    ctx.strokeStyle = '#16416f'
    ctx.lineWidth = 6
    ctx.beginPath()
    ctx.moveTo(20, 100)
    ctx.lineTo(80, 40)
    ctx.lineTo(140, 100)
    ctx.stroke()
    return canvas.toDataURL('image/png').split(',')[1]!
  })
  return Buffer.from(base64, 'base64')
}

test('find exercises by muscle, narrow to home + beginner, and come Back to the same list', async ({ page, harness }) => {
  // Tall enough that every filtered row is rendered (the list is virtualized), so "every row" means every row.
  await page.setViewportSize({ width: 1280, height: 2200 })
  const everything = await list(harness, {})
  await openLibrary(page, harness.url)
  await expect(page.getByRole('status').filter({ hasText: `${everything.total} exercises` })).toBeVisible()
  await page.setViewportSize({ width: 1024, height: 700 })
  await checkA11y(page, 'exercise library')
  await shot(page, 'exercises-01-library')
  await page.setViewportSize({ width: 1280, height: 2200 })

  // By an anatomical name: everything that works the semitendinosus, the core's own answer, as you type.
  await page.getByLabel('Search exercises').fill('semitendinosus')
  const bySearch = await list(harness, { query: 'semitendinosus' })
  expect(bySearch.total).toBeGreaterThan(5)
  await expect.poll(() => rowNames(page)).toEqual(bySearch.items.map((i) => i.name))
  await expect(page).toHaveURL(/q=semitendinosus/)

  // By the muscle-group filter instead: every row carries the Hamstrings chip.
  await page.getByLabel('Search exercises').fill('')
  await page.getByLabel('Muscle group').selectOption('Hamstrings')
  const hamstrings = await list(harness, { muscleGroup: 'hamstrings' })
  await expect.poll(() => rowNames(page)).toEqual(hamstrings.items.map((i) => i.name))
  for (const row of await rows(page).all()) await expect(row.locator('.muscle-chip', { hasText: 'Hamstrings' })).toBeVisible()
  // A screen reader hears the whole row, every muscle group included (the row shows three and "+N").
  const firstHamstring = hamstrings.items[0]!
  await expect(rows(page).first()).toHaveAccessibleName(new RegExp(`^${firstHamstring.name.replace(/[()]/g, '\\$&')}, [^·]+, works [^·]*hamstrings`))

  // Home + beginner: every row shown can be done at home and is a beginner move.
  await page.getByLabel('Home or gym', { exact: true }).selectOption('At home')
  await page.getByLabel('Level').selectOption('Beginner')
  const homeBeginner = await list(harness, { muscleGroup: 'hamstrings', setting: 'home', level: 'beginner' })
  expect(homeBeginner.total).toBeGreaterThan(2)
  expect(homeBeginner.total).toBeLessThan(hamstrings.total)
  await expect.poll(() => rowNames(page)).toEqual(homeBeginner.items.map((i) => i.name))
  const metas = await rows(page).locator('.exercise-row-meta').allTextContents()
  for (const meta of metas) expect(meta).toMatch(/ · Beginner · (Home|Home or gym) · /)
  await expect(page.getByRole('status').filter({ hasText: `Showing ${homeBeginner.total} of ${everything.total} exercises` })).toBeVisible()
  await expect(page).toHaveURL(/group=hamstrings/)
  await expect(page).toHaveURL(/setting=home/)
  await expect(page).toHaveURL(/level=beginner/)
  await page.setViewportSize({ width: 1024, height: 700 })
  await checkA11y(page, 'filtered exercise library')
  await shot(page, 'exercises-02-library-filtered')

  // Open one and come Back: the same filters and the same rows.
  const first = homeBeginner.items[0]!.name
  await rowNamed(page, first).click()
  await expect(page.getByRole('heading', { level: 1, name: first })).toBeVisible()
  await page.goBack()
  await expect(page.getByLabel('Muscle group')).toHaveValue('hamstrings')
  await expect(page.getByLabel('Level')).toHaveValue('beginner')
  await expect(page.getByLabel('Home or gym', { exact: true })).toHaveValue('home')
  await expect(rows(page).first().locator('.exercise-row-name')).toHaveText(first)

  // Nothing matches: the empty state says what was asked and clears it.
  await page.getByLabel('Search exercises').fill('zzzz')
  await expect(page.getByTestId('no-matches')).toHaveText(/No exercise matches “zzzz”, hamstrings, beginner and at home\./)
  await page.getByRole('button', { name: 'Clear filters' }).first().click()
  await expect(page.getByLabel('Search exercises')).toHaveValue('')
  await expect(page.getByLabel('Search exercises')).toBeFocused()
  await expect(page.getByLabel('Muscle group')).toHaveValue('')
  await expect(page.getByRole('status').filter({ hasText: `${everything.total} exercises` })).toBeVisible()
  await expect(page).toHaveURL(/#\/exercises$/)
})

test('typing is answered in the screen without asking the core, and an exercise added meanwhile is found at once', async ({ page, harness }) => {
  await openLibrary(page, harness.url)
  const catalogueCalls = () => page.evaluate(() => performance.getEntriesByName('api exercises.catalogue', 'measure').length)
  await expect.poll(catalogueCalls).toBeGreaterThan(0)
  const listAskedSince = (since: number) =>
    page.evaluate((t) => performance.getEntriesByName('api exercises.list', 'measure').filter((e) => e.startTime >= t).length, since)
  const typedAt = await page.evaluate(() => performance.now())
  const search = page.getByLabel('Search exercises')
  await search.pressSequentially('Ham CÚR', { delay: 40 })
  const expected = await list(harness, { query: 'Ham CÚR' })
  expect(expected.total).toBeGreaterThan(1)
  await expect(page.getByRole('status').filter({ hasText: `Showing ${expected.total} of` })).toBeVisible()
  await expect.poll(async () => (await rowNames(page)).slice(0, 5)).toEqual(expected.items.slice(0, 5).map((i) => i.name))
  expect(await listAskedSince(typedAt)).toBe(0)

  // Made elsewhere (another window, the CLI): the core says the library changed and the screen's copy follows.
  const nordic: { content: object } = await harness.value('exercises.get', { id: expected.items[0]!.id })
  await harness.value('exercises.create', { ...nordic.content, name: 'Ham curl on a café bench', aliases: [] })
  await expect(rowNamed(page, 'Ham curl on a café bench')).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: `Showing ${expected.total + 1} of` })).toBeVisible()
  await search.fill('cafe')
  await expect.poll(() => rowNames(page)).toEqual(['Ham curl on a café bench'])
  expect(await listAskedSince(typedAt)).toBe(0)
})

test('keyboard only: search, arrow into the results, move between rows, open with Enter', async ({ page, harness }) => {
  await page.goto(harness.url)
  await page.getByRole('link', { name: 'Exercises' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible()
  const search = page.getByLabel('Search exercises')
  await tabTo(page, search)
  await page.keyboard.type('curl')
  const curls = await list(harness, { query: 'curl' })
  await expect.poll(() => rowNames(page)).toEqual(curls.items.map((i) => i.name))

  await page.keyboard.press('ArrowDown')
  await expect(rows(page).nth(0)).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(rows(page).nth(1)).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(search).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: curls.items[1]!.name })).toBeVisible()
  await expect(page).toHaveURL(new RegExp(`#/exercises/${curls.items[1]!.id}$`))
  // Back finds the search as it was typed.
  await page.goBack()
  await expect(search).toHaveValue('curl')
  await expect.poll(() => rowNames(page)).toEqual(curls.items.map((i) => i.name))
})

test('an exercise page reads like a handout, its ladder steps up and down, and its muscles lead to the guide', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await openExercise(page, harness, 'Floor bridge')
  await expect(page.getByTestId('prescription')).toHaveText('2 sets × 10-12 reps, hold 5 s each rep, rest 45 s')
  const steps = page.getByRole('region', { name: 'How to do it' }).getByRole('listitem')
  expect(await steps.count()).toBeGreaterThan(2)

  const ladder = page.getByRole('region', { name: 'Bridges' })
  await expect(ladder.getByRole('listitem')).toHaveText([/^Floor bridge/, /^Pelvic lift with calves on a chair/, /^Hip thrust/])
  await expect(ladder.locator('[aria-current="step"]')).toHaveText(/Floor bridge.*this exercise/)
  await expect(ladder.getByText('The easiest step')).toBeVisible()
  await checkA11y(page, 'exercise page')
  await shot(page, 'exercises-03-exercise-page')

  await ladder.getByRole('link', { name: 'Step up: Pelvic lift with calves on a chair' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pelvic lift with calves on a chair' })).toBeVisible()
  await page.getByRole('region', { name: 'Bridges' }).getByRole('link', { name: 'Step up: Hip thrust' }).click()
  const hipThrust = page.getByRole('heading', { level: 1, name: 'Hip thrust' })
  // The next step opens at its top, with focus on its name, wherever the ladder link was on screen.
  await expect(hipThrust).toBeFocused()
  await expect(hipThrust).toBeInViewport()
  await expect(page.getByRole('region', { name: 'Bridges' }).getByText('The hardest step')).toBeVisible()
  await page.getByRole('region', { name: 'Bridges' }).getByRole('link', { name: 'Step down: Pelvic lift with calves on a chair' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Pelvic lift with calves on a chair' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Bridges' }).locator('[aria-current="step"]')).toHaveText(/Pelvic lift/)

  // A move that needs a spotter says so before anything else; its cautions stand out.
  await openExercise(page, harness, 'Good morning with a barbell')
  await expect(page.getByRole('note')).toHaveText(/Needs a spotter/)
  await expect(page.getByRole('region', { name: 'Cautions' })).toContainText('Lower back:')
  await shot(page, 'exercises-04-spotter-and-cautions')

  // Every kind of prescription reads as a trainer says it.
  for (const [name, words] of [
    ['Walking', '10 minutes'],
    ['Heel-on-chair hamstring stretch', 'Hold 20 s per side, 2 times'],
    ['Stiff-legged deadlift with a barbell', '3 sets × 8-10 reps, rest 2 min']
  ] as const) {
    await openExercise(page, harness, name)
    await expect(page.getByTestId('prescription')).toHaveText(words)
  }

  // Muscles link to their group in the guide.
  await openExercise(page, harness, 'Floor bridge')
  await page.getByRole('link', { name: 'Semitendinosus' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Muscle guide' })).toBeVisible()
  await expect(page).toHaveURL(/#\/exercises\/guide\/hamstrings$/)
  const hamstrings = page.getByRole('region', { name: /^Hamstrings/ })
  await expect(hamstrings).toBeFocused()
  await expect(hamstrings).toContainText('Semitendinosus')
  await expect(hamstrings).toBeInViewport()
  await checkA11y(page, 'muscle guide')
  await shot(page, 'exercises-05-muscle-guide')
  // And the guide is one click from the library header.
  await openLibrary(page, harness.url)
  await page.getByRole('link', { name: 'Muscle guide' }).click()
  await expect(page).toHaveURL(/#\/exercises\/guide$/)
  await expect(page.getByRole('region', { name: /^Calves/ })).toContainText('Gastrocnemius')

  // A stale or mistyped link says so and offers the way back.
  await page.goto(`${harness.url}/#/exercises/not-an-exercise`)
  await expect(page.getByRole('heading', { level: 1, name: 'This exercise does not exist' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the exercise library' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible()
})

test('a custom exercise with a picture: create, see it, refuse bad files, edit, archive and restore', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await openLibrary(page, harness.url)
  await page.getByRole('link', { name: '+ New exercise' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'New exercise' })).toBeVisible()
  await expect(page.getByLabel('Name')).toBeFocused()

  await page.getByLabel('Name').fill('Banded hamstring walkout')
  await page.getByLabel('Also called').fill('Bridge walkout\nHamstring walk-out')
  await page.getByLabel('Summary').fill('From a bridge, walk the heels out and back with a band above the knees.')
  await page.getByLabel('Movement pattern').selectOption('Bridge')
  await page.getByLabel('Level').selectOption('Intermediate')
  await page.getByLabel('Where').selectOption('Home')
  await page.getByLabel('Measured in').selectOption('Repetitions')
  await page.getByRole('textbox', { name: 'Sets', exact: true }).fill('3')
  await page.getByLabel('Reps, lowest').fill('6')
  await page.getByLabel('Reps, highest').fill('8')
  await page.getByRole('textbox', { name: 'Rest', exact: true }).fill('90')
  const primary = page.getByRole('group', { name: 'Primary muscles' })
  await primary.getByRole('checkbox', { name: 'Semitendinosus' }).check()
  await primary.getByRole('checkbox', { name: 'Biceps femoris' }).check()
  const secondary = page.getByRole('group', { name: 'Secondary muscles' })
  await expect(secondary.getByRole('checkbox', { name: /Semitendinosus/ })).toBeDisabled()
  await secondary.getByRole('checkbox', { name: 'Gluteus maximus' }).check()
  await page.getByRole('checkbox', { name: 'Resistance bands' }).check()
  await page.getByRole('checkbox', { name: 'Exercise mat' }).check()

  // Steps: type two, add a third, then move it to the top with the keyboard.
  await page.getByLabel('Step 1', { exact: true }).fill('Lie on your back, band above the knees, and lift into a bridge.')
  await page.getByRole('button', { name: '+ Add step' }).click()
  await expect(page.getByLabel('Step 2', { exact: true })).toBeFocused()
  await page.keyboard.type('Walk the heels out in small steps, then back in.')
  await page.getByRole('button', { name: '+ Add step' }).click()
  await page.keyboard.type('Loop the band above your knees.')
  await page.getByRole('button', { name: 'Move step 3 up' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Move step 2 up' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Step 1', { exact: true })).toHaveValue('Loop the band above your knees.')
  await page.getByLabel('Coaching cues').fill('Hips stay high the whole time.\nSmall steps.')
  await page.getByLabel('Breathing').fill('Breathe out as the heels go out.')
  await page.getByLabel('Safety notes').fill('Stop if the hamstrings cramp.')
  await page.getByRole('button', { name: '+ Add caution' }).click()
  await page.getByLabel('Area (1)').selectOption('Lower back')
  await page.getByLabel('What to do (1)').fill('Keep the walkout short.')
  await page.getByRole('button', { name: 'Save exercise' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Banded hamstring walkout' })).toBeVisible()
  await expect(page.getByText('Saved “Banded hamstring walkout”.')).toBeVisible()
  await expect(page.getByTestId('prescription')).toHaveText('3 sets × 6-8 reps, rest 90 s')
  await expect(page.getByRole('region', { name: 'How to do it' }).getByRole('listitem')).toHaveText([
    'Loop the band above your knees.',
    'Lie on your back, band above the knees, and lift into a bridge.',
    'Walk the heels out in small steps, then back in.'
  ])
  await expect(page.getByText('Also called Bridge walkout · Hamstring walk-out')).toBeVisible()
  const id = await idOf(harness, 'Banded hamstring walkout')
  const stored = await harness.value('exercises.get', { id })
  expect(stored.content).toMatchObject({ level: 'intermediate', setting: 'home', primaryMuscles: ['biceps-femoris', 'semitendinosus'], cautions: [{ area: 'lower-back' }] })

  // Bad files are refused beside the field and nothing is stored.
  const picker = page.getByLabel('Add a picture')
  await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture at all') })
  await expect(page.getByText('“notes.txt” cannot be used: the picture must be a PNG or JPEG image.')).toBeVisible()
  const big = Buffer.alloc(2 * 1024 * 1024 + 100_000, 0)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(big)
  await picker.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big })
  await expect(page.getByText(/“huge\.png” cannot be used: the picture must be at most 2 MB \(this file is 2\.1 MB\)/)).toBeVisible()
  await picker.setInputFiles({ name: 'renamed.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a pretending to be a png') })
  await expect(page.getByText(/“renamed\.png” cannot be used: the file is not a PNG or JPEG image/)).toBeVisible()
  expect((await harness.value('exercises.get', { id })).hasImage).toBe(false)

  await picker.setInputFiles({ name: 'walkout.png', mimeType: 'image/png', buffer: await drawPng(page) })
  const picture = page.getByRole('img', { name: 'Picture of Banded hamstring walkout' })
  await expect(picture).toBeVisible()
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(160)
  expect((await harness.value('exercises.get', { id })).hasImage).toBe(true)
  await checkA11y(page, 'custom exercise page with a picture')
  await shot(page, 'exercises-06-custom-with-picture')

  // It is in the library as "My exercise", with its thumbnail.
  await openLibrary(page, harness.url, '?source=custom')
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first().locator('.badge', { hasText: 'My exercise' })).toBeVisible()
  await expect(rows(page).first().locator('img.thumb')).toBeVisible()

  // Edit: the form opens with what was saved; a change is saved.
  await rows(page).first().click()
  await page.getByRole('link', { name: 'Edit' }).click()
  await expect(page.getByLabel('Name')).toHaveValue('Banded hamstring walkout')
  await expect(page.getByLabel('Step 3', { exact: true })).toHaveValue('Walk the heels out in small steps, then back in.')
  await page.getByLabel('Name').fill('Banded walkout')
  await page.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Banded walkout' })).toBeVisible()

  // Archive: gone from the library until "Show archived"; then restore.
  await page.getByRole('button', { name: 'Archive' }).click()
  await expect(page.getByText('is archived')).toBeVisible()
  await openLibrary(page, harness.url)
  await page.getByLabel('Search exercises').fill('walkout')
  await expect(page.getByTestId('no-matches')).toBeVisible()
  await page.getByLabel('Show archived').check()
  await expect(rowNamed(page, 'Banded walkout').locator('.badge', { hasText: 'Archived' })).toBeVisible()
  await rowNamed(page, 'Banded walkout').click()
  await page.getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText('is back in the library')).toBeVisible()
  expect((await harness.value('exercises.get', { id })).archivedAt).toBeNull()

  // Remove the picture again.
  await page.getByRole('button', { name: 'Remove picture' }).click()
  await expect(page.getByRole('img', { name: 'Picture of Banded walkout' })).toHaveCount(0)
  expect((await harness.value('exercises.get', { id })).hasImage).toBe(false)
})

test('invalid form input shows messages beside the fields and in a summary, and saves nothing', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await page.goto(`${harness.url}/#/exercises/new`)
  await expect(page.getByRole('heading', { level: 1, name: 'New exercise' })).toBeVisible()
  await page.getByLabel('Reps, lowest').fill('12')
  await page.getByLabel('Reps, highest').fill('8')
  await page.getByRole('button', { name: 'Save exercise' }).click()

  const summary = page.getByRole('alert').filter({ hasText: 'problems to fix before saving' })
  await expect(summary).toBeVisible()
  await expect(summary.getByRole('link')).toHaveText([
    'Name is required',
    'Choose a movement pattern',
    'The lowest reps must not be above the highest',
    'Choose at least one primary muscle',
    'Add at least one step'
  ])
  await expect(page.getByLabel('Name')).toBeFocused()
  await expect(page.getByLabel('Reps, highest')).toHaveAccessibleDescription(/The lowest reps must not be above the highest/)
  await expect(page.getByRole('group', { name: 'Primary muscles' })).toHaveAccessibleDescription(/Choose at least one primary muscle/)
  await checkA11y(page, 'exercise form with errors')
  // The Save bar sticks to the window's bottom; scrolled to the end, the full-page picture shows it where it rests.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await shot(page, 'exercises-07-form-errors')

  // A summary link moves focus to its field; fixing a field clears its message.
  await summary.getByRole('link', { name: 'Choose at least one primary muscle' }).click()
  await expect(page.getByRole('group', { name: 'Primary muscles' }).getByRole('checkbox').first()).toBeFocused()
  await page.getByLabel('Reps, highest').fill('15')
  await expect(summary.getByRole('link', { name: 'The lowest reps must not be above the highest' })).toHaveCount(0)

  expect((await harness.value('exercises.list', { source: 'custom', includeArchived: true })).total).toBe(0)

  // Leaving with typed changes asks first.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exercises' }).click()
  const dialog = page.getByRole('dialog', { name: 'Leave without saving?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Discard changes' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Exercise library' })).toBeVisible()
  expect((await harness.value('exercises.list', { source: 'custom', includeArchived: true })).total).toBe(0)
})

test('duplicate a built-in to adapt it: the copy is edited, the built-in stays as it was', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  const builtinId = await idOf(harness, 'Hip thrust')
  const before = await harness.value('exercises.get', { id: builtinId })
  await openExercise(page, harness, 'Hip thrust')
  await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0)
  await page.getByRole('button', { name: 'Duplicate to adapt' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Edit Hip thrust (my version)' })).toBeVisible()
  await expect(page.getByText('Saved your own copy of “Hip thrust”')).toBeVisible()
  await page.getByLabel('Name').fill('Hip thrust on the sofa')
  await page.getByLabel('Where').selectOption('Home')
  await page.getByRole('checkbox', { name: 'Barbell and plates' }).uncheck()
  await page.getByRole('button', { name: 'Save changes' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Hip thrust on the sofa' })).toBeVisible()
  await expect(page.getByText('My exercise', { exact: true })).toBeVisible()
  // The copy keeps the original's place on the ladder.
  await expect(page.getByRole('region', { name: 'Bridges' }).locator('[aria-current="step"]')).toHaveText(/Hip thrust.*your version is based on this/)
  await page.getByRole('link', { name: 'See the original' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Hip thrust' })).toBeVisible()

  const after = await harness.value('exercises.get', { id: builtinId })
  expect(after.content).toEqual(before.content)
  expect(after.updatedAt).toBe(before.updatedAt)

  // A built-in's edit address explains instead of offering a form the core would refuse.
  await page.goto(`${harness.url}/#/exercises/${builtinId}/edit`)
  await expect(page.getByText('is a built-in exercise, so it stays as it is')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0)
})

test('hide a built-in: gone from the library, back with "Show hidden", then shown again', async ({ page, harness }) => {
  await openExercise(page, harness, 'Walking')
  await page.getByRole('button', { name: 'Hide from library' }).click()
  await expect(page.getByText('“Walking” is hidden from the library')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Show in library' })).toBeFocused()

  await openLibrary(page, harness.url)
  await page.getByLabel('Search exercises').fill('walking')
  await expect(rowNamed(page, 'Walking lunges')).toBeVisible()
  await expect(rowNamed(page, 'Walking')).toHaveCount(0)
  await page.getByLabel('Show hidden').check()
  await expect(rowNamed(page, 'Walking').locator('.badge', { hasText: 'Hidden' })).toBeVisible()
  // A built-in row shown beside it carries neither badge (each row keeps its badges, hidden when they do not apply).
  await expect(rowNamed(page, 'Walking lunges').locator('.badge', { hasText: 'Hidden' })).toBeHidden()
  await expect(rowNamed(page, 'Walking lunges').locator('.badge', { hasText: 'My exercise' })).toBeHidden()
  await rowNamed(page, 'Walking').click()
  await page.getByRole('button', { name: 'Show in library' }).click()
  await expect(page.getByText('“Walking” is back in the library.')).toBeVisible()

  await openLibrary(page, harness.url, '?q=walking')
  await expect(rowNamed(page, 'Walking')).toBeVisible()
  await expect(rowNamed(page, 'Walking').locator('.badge', { hasText: 'Hidden' })).toBeHidden()
})

test('"fits this client" narrows the library to a home beginner with a bad knee and says what it left out', async ({ page, harness }) => {
  await page.setViewportSize({ width: 1280, height: 2200 })
  const marcus = await harness.value('clients.create', {
    name: 'Marcus Okafor',
    sex: 'male',
    level: 'beginner',
    trainingLocation: 'home',
    equipment: ['mat', 'chair', 'household-weights'],
    limitations: [{ area: 'knee', note: 'Old ligament injury; no deep knee bends' }]
  })
  await harness.value('clients.create', { name: 'Aisha Bello', level: 'advanced', trainingLocation: 'gym' })
  const everything = await list(harness, {})
  const fits = await list(harness, { fitsClientId: marcus.id })
  expect(fits.total).toBeGreaterThan(3)
  expect(fits.total).toBeLessThan(everything.total)
  expect(fits.excludedByLimitations).toBeGreaterThan(0)

  // Chosen from the picker.
  await openLibrary(page, harness.url)
  await page.getByLabel('Fits this client').selectOption('Marcus Okafor')
  await expect(page.getByTestId('fits-summary')).toHaveText(
    `Showing what fits Marcus Okafor: home, beginner, his equipment; ${fits.excludedByLimitations} exercises left out because of his knee.`
  )
  await expect.poll(() => rowNames(page)).toEqual(fits.items.map((i) => i.name))
  for (const meta of await rows(page).locator('.exercise-row-meta').allTextContents()) expect(meta).toMatch(/^[^·]+ · Beginner · (Home|Home or gym) · /)
  // Nothing with a knee caution is offered (the squat and the lunges carry one).
  expect(await rowNames(page)).not.toContain('Bodyweight squat')
  await expect(page).toHaveURL(new RegExp(`fits=${marcus.id}`))
  await page.setViewportSize({ width: 1024, height: 700 })
  await checkA11y(page, 'library fitted to a client')
  await shot(page, 'exercises-08-fits-client')

  // And from a link, e.g. one on the client's page.
  await page.goto(`${harness.url}/#/exercises?fits=${marcus.id}&level=beginner`)
  await expect(page.getByLabel('Fits this client')).toHaveValue(marcus.id)
  await expect(page.getByTestId('fits-summary')).toContainText('Showing what fits Marcus Okafor')
  // A change to the client is followed: without the knee limitation nothing is left out for it.
  await harness.value('clients.update', { id: marcus.id, name: 'Marcus Okafor', sex: 'male', level: 'beginner', trainingLocation: 'home', equipment: marcus.equipment, limitations: [] })
  await page.reload()
  await expect(page.getByTestId('fits-summary')).toHaveText('Showing what fits Marcus Okafor: home, beginner, his equipment.')
})

test('a long library stays quick to move through: 600 exercises page in as you go, End reaches the last', async ({ page, harness }) => {
  const base = {
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: ['semimembranosus'],
    level: 'beginner',
    setting: 'home',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 8, max: 12 }, restSeconds: 60 },
    steps: ['Hinge at the hips.']
  }
  for (let i = 0; i < 600; i++) await harness.value('exercises.create', { ...base, name: `Zz drill ${String(i).padStart(3, '0')}` })
  await openLibrary(page, harness.url, '?source=custom')
  await expect(page.getByRole('status').filter({ hasText: 'Showing 600 of' })).toBeVisible()
  // Only what is in view is rendered.
  expect(await rows(page).count()).toBeLessThan(40)
  await rows(page).first().focus()
  await page.keyboard.press('End')
  await expect(rowNamed(page, 'Zz drill 599')).toBeFocused()
  await page.keyboard.press('Home')
  await expect(rowNamed(page, 'Zz drill 000')).toBeFocused()
})
