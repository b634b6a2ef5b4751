import { checkA11y, expect, shot, test } from './fixtures'

// The trainer's own measurement types: one is added from a client's measurement form, recorded for
// two clients, then deleted. The dialog says how many values go with it (all clients together) and
// needs an explicit yes; a type with no values goes with a plain confirmation.

test('deleting an own measurement type warns with its values and needs an explicit yes', async ({ page, harness }) => {
  const ana = await harness.value('clients.create', { name: 'Ana Lima' })
  const ben = await harness.value('clients.create', { name: 'Ben Ortiz' })
  await page.goto(`${harness.url}/#/clients/${ana.id}/progress`)
  await page.getByRole('button', { name: 'Record measurements' }).click()
  const form = page.getByRole('form', { name: 'Record measurements' })

  // Two own types from the form, by keyboard.
  for (const name of ['Neck girth', 'Wrist girth']) {
    await form.getByRole('button', { name: '+ Add your own measurement type' }).click()
    await expect(form.getByRole('textbox', { name: 'Name' })).toBeFocused()
    await page.keyboard.type(name)
    await form.getByRole('button', { name: 'Add type' }).click()
    await expect(form.getByRole('textbox', { name: new RegExp(`^${name} in`) })).toBeVisible()
  }
  await form.getByRole('textbox', { name: 'Neck girth in cm' }).fill('38')
  await form.getByRole('button', { name: 'Save measurements' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Recorded 1 measurement' })).toBeVisible()
  const types = await harness.value('measurements.types', {})
  const neck = types.items.find((t: { name: string }) => t.name === 'Neck girth')
  // Ben was measured too: the type is everyone's, and so is what deleting it erases.
  await harness.value('measurements.record', { clientId: ben.id, date: '2024-05-02', values: [{ typeId: neck.id, value: 41 }] })
  await harness.value('measurements.record', { clientId: ben.id, date: '2024-06-02', values: [{ typeId: neck.id, value: 40.5 }] })

  const own = form.getByRole('region', { name: 'Your own measurement types' })
  await expect(own.getByRole('listitem').filter({ hasText: 'Neck girth' })).toContainText('3 values recorded')
  await expect(own.getByRole('listitem').filter({ hasText: 'Wrist girth' })).toContainText('no values yet')

  // The warning gives the count; the delete button waits for the tick; keeping it loses nothing.
  await own.getByRole('button', { name: 'Delete the type Neck girth' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete the type “Neck girth”?' })
  await expect(dialog).toContainText('3 values are recorded of “Neck girth”, all clients together (1 for this client)')
  const erase = dialog.getByRole('button', { name: 'Delete type and 3 values' })
  await expect(erase).toBeDisabled()
  await checkA11y(page, 'delete a measurement type with values')
  await shot(page, 'progress-delete-measurement-type')
  // A tick given and then kept back from is asked for again next time.
  await dialog.getByRole('checkbox', { name: 'Yes, erase “Neck girth” and its 3 values' }).check()
  await expect(erase).toBeEnabled()
  await dialog.getByRole('button', { name: 'Keep it' }).click()
  await expect(dialog).toBeHidden()
  expect((await harness.value('measurements.list', { clientId: ben.id })).items).toHaveLength(2)

  // Now for real, from the keyboard: tick the box with Space, then the button.
  await own.getByRole('button', { name: 'Delete the type Neck girth' }).click()
  await expect(dialog.getByRole('checkbox', { name: 'Yes, erase “Neck girth” and its 3 values' })).not.toBeChecked()
  await expect(erase).toBeDisabled()
  await dialog.getByRole('checkbox', { name: 'Yes, erase “Neck girth” and its 3 values' }).focus()
  await page.keyboard.press('Space')
  await expect(erase).toBeEnabled()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(erase).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(own.getByRole('status')).toHaveText('Deleted “Neck girth” and its 3 values.')
  await expect(form.getByRole('textbox', { name: /^Neck girth/ })).toHaveCount(0)
  expect((await harness.value('measurements.list', { clientId: ben.id })).items).toEqual([])
  expect((await harness.value('measurements.list', { clientId: ana.id })).items).toEqual([])

  // A type with no values: a plain confirmation.
  await own.getByRole('button', { name: 'Delete the type Wrist girth' }).click()
  const plain = page.getByRole('dialog', { name: 'Delete the type “Wrist girth”?' })
  await expect(plain).toContainText('No values are recorded of it')
  await checkA11y(page, 'delete a measurement type without values')
  await plain.getByRole('button', { name: 'Delete type' }).click()
  await expect(own.getByRole('status')).toHaveText('Deleted “Wrist girth”.')
  await expect(own.getByRole('listitem')).toHaveCount(0)
  const left = await harness.value('measurements.types', {})
  expect(left.items.filter((t: { builtin: boolean }) => !t.builtin)).toEqual([])
  await shot(page, 'progress-measurement-types-deleted')
})
