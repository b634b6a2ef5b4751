import { checkA11y, expect, shot, test } from './fixtures'

test('the app opens on Today, titled Spotter, with only real destinations in the navigation', async ({ page, harness }) => {
  await page.goto(harness.url)
  await expect(page).toHaveTitle(/Spotter/)
  await expect(page).toHaveURL(/#\/today$/)
  await expect(page.getByRole('heading', { level: 1, name: /Today/ })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link')).toHaveText(['Today', 'Clients', 'Exercises', 'Programs', 'Backups & data', 'Settings'])
  await nav.getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await checkA11y(page, 'settings')
  await shot(page, 'shell-settings')
})

test('window.api in the page is the bridge, and its calls reach the real core', async ({ page, harness }) => {
  await page.goto(harness.url)
  const info = await page.evaluate(() => window.api.invoke('app.info', {}))
  expect(info).toMatchObject({ ok: true, value: { name: 'Spotter', dataDir: harness.dataDir } })
  const rejected = await page.evaluate(() => window.api.invoke('clients.create', { name: '' }))
  expect(rejected).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'name' }] } })
  // The bridge cannot be replaced by page scripts.
  const replaced = await page.evaluate(() => {
    try {
      ;(window as unknown as { api: unknown }).api = {}
    } catch {
      /* strict-mode assignment to a read-only property throws; either way it must not change */
    }
    return window.api.host
  })
  expect(replaced).toBe('browser')
})

test('an unknown address shows a way back instead of a blank screen', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/no-such-screen`)
  await expect(page.getByRole('heading', { name: 'This page does not exist' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to your clients' }).click()
  await expect(page).toHaveURL(/#\/clients$/)
})

test('reloading with unsaved typing asks first, and staying keeps the text', async ({ page, harness }) => {
  await page.goto(`${harness.url}/#/clients/new`)
  const name = page.getByLabel('Name')
  await name.fill('Half-typed Person')
  let asked = false
  page.once('dialog', async (dialog) => {
    asked = dialog.type() === 'beforeunload'
    await dialog.dismiss()
  })
  // Dismissing the prompt cancels the reload, so nothing waits for a page load here.
  await page.evaluate(() => setTimeout(() => location.reload(), 0))
  await expect.poll(() => asked).toBe(true)
  await expect(name).toHaveValue('Half-typed Person')
})

test('opening a client from the list puts focus on its heading', async ({ page, harness }) => {
  await harness.value('clients.create', { name: 'Focus Person' })
  await page.goto(`${harness.url}/#/clients`)
  await page.getByRole('link', { name: /Focus Person/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Focus Person' })).toBeFocused()
})
