import { READINESS_QUESTIONS } from '../src/shared/vocabulary'
import { checkA11y, expect, shot, test } from './fixtures'

// The Today screen on a busy day: sessions missed over the last two weeks (one caught up from the paper
// sheet), a program about to end, and a client still waiting for medical clearance.

function localIso(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function daysFromToday(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  return localIso(d)
}

test('Today lists missed sessions to catch up on, programs ending soon and clients waiting for clearance', async ({ page, harness }) => {
  const answers = Object.fromEntries(READINESS_QUESTIONS.map((q) => [q.id, q.id === 'kneeTingling']))
  await harness.value('clients.create', { name: 'Ben Okafor', readiness: { answeredOn: daysFromToday(-3), answers } })
  const cara = await harness.value('clients.create', { name: 'Cara Diaz', level: 'beginner', trainingLocation: 'home' })
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === 'Back of the thighs at home (beginner)')
  // Eight weeks that started 51 days ago: the last day is 4 days away; Mondays, Wednesdays and Fridays.
  const program = await harness.value('programs.assign', { programId: home.id, clientId: cara.id, startDate: daysFromToday(-51), weekdays: [1, 3, 5] })

  await page.goto(`${harness.url}/#/today`)
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  const clearance = page.getByRole('region', { name: 'Medical clearance needed' })
  await expect(clearance).toContainText('Ben Okafor')
  await expect(clearance.getByRole('link', { name: 'Record clearance for Ben Okafor' })).toHaveAttribute('href', /#\/clients\/.+\/edit$/)
  const ending = page.getByRole('region', { name: 'Programs ending soon' })
  await expect(ending).toContainText('Cara Diaz')
  await expect(ending).toContainText(program.document.name)
  await expect(ending).toContainText('4 days left')

  const missed = page.getByRole('region', { name: /Missed, last 14 days/ })
  const rows = missed.getByTestId('dashboard-session')
  await expect(rows.first()).toBeVisible()
  const before = await rows.count()
  expect(before).toBeGreaterThanOrEqual(5) // two weeks of three sessions, less any today
  await checkA11y(page, 'today with missed sessions')
  await shot(page, 'dashboard-missed')

  // Catch up the newest missed session from its paper sheet: its targets are filled in, save as they are.
  await rows.first().getByRole('link', { name: /^Log / }).click()
  await expect(page.getByRole('heading', { level: 1, name: /^Log / })).toBeVisible()
  await expect(page.getByText(/planned for/)).toBeVisible()
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('status').filter({ hasText: 'Saved the session' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click()
  await expect(page.getByRole('region', { name: /Missed, last 14 days/ }).getByTestId('dashboard-session')).toHaveCount(before - 1)
})

test('a studio day with more sessions than fit lists the first ones with the day’s totals, and shows all on request', async ({ page, harness }) => {
  const templates = await harness.value('programs.list', { templates: true })
  const home = templates.items.find((t: { name: string }) => t.name === 'Back of the thighs at home (beginner)')
  // Starting today on today's weekday and two more: every client has a session today.
  const iso = new Date().getDay() || 7
  const weekdays = [iso, ((iso + 1) % 7) + 1, ((iso + 3) % 7) + 1].sort()
  const names = Array.from({ length: 45 }, (_, i) => `Studio Client ${String(i + 1).padStart(2, '0')}`)
  for (const name of names) {
    const client = await harness.value('clients.create', { name, level: 'beginner', trainingLocation: 'home' })
    await harness.value('programs.assign', { programId: home.id, clientId: client.id, startDate: localIso(), weekdays })
  }
  await page.goto(`${harness.url}/#/today`)
  const today = page.getByRole('region', { name: /Sessions today/ })
  await expect(today).toContainText('0 of 45 logged')
  await expect(today.getByTestId('dashboard-session')).toHaveCount(40)
  await expect(today).toContainText('The first 40 of 45, by client name.')
  await expect(today.getByTestId('dashboard-session').first()).toContainText('Studio Client 01')
  await checkA11y(page, 'today with more sessions than shown')
  await shot(page, 'dashboard-busy-day')
  const showAll = today.getByRole('button', { name: 'Show all 45' })
  await showAll.focus()
  await page.keyboard.press('Enter')
  await expect(today.getByTestId('dashboard-session')).toHaveCount(45)
  await expect(today.getByTestId('dashboard-session').last()).toContainText('Studio Client 45')
  await expect(today.getByRole('button', { name: /Show all/ })).toHaveCount(0)
})
