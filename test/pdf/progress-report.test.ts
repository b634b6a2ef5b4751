import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import { openTestCore, tempDir, type TestCore } from '../helpers/store'
import { DEADLIFT, HIP_THRUST, LEG_CURL, entry, lift, newClient, saveLog } from '../progress/helpers'
import { CLIENT_NAME, pdfInfo, pdfPages, savePngs } from './helpers'

// The stand-alone progress report (plans.progressReport): what a client sees at a review, checked
// against numbers worked out by hand.

vi.setConfig({ testTimeout: 240_000 })

const typeId = (key: string) => BUILTIN_MEASUREMENT_TYPES.find((t) => t.key === key)!.id

/** A client on the 12-week routine from Monday 2 March 2026 (Mon, Wed, Fri), four of the first six sessions logged. */
async function clientWithLogs(t: TestCore) {
  await t.value('settings.update', { trainer: { name: 'Sam Ortega', business: 'Ortega Strength Studio', email: 'sam@example.com', phone: '', website: '', certifications: [] } })
  const client = await newClient(t, CLIENT_NAME, { weightKg: 80, weightGoal: { targetKg: 75, weeklyRate: { amount: -0.5, unit: 'kg' } } })
  const templates = await t.value('programs.list', { templates: true })
  const template = templates.items.find((p) => p.name.startsWith('12-week'))!
  const program = await t.value('programs.assign', { programId: template.id, clientId: client.id, startDate: '2026-03-02', weekdays: [1, 3, 5] })
  const schedule = (await t.value('programs.schedule', { programId: program.id, limit: 5000 })).items
  const at = (date: string) => schedule.find((s) => s.date === date)!.id
  // Deadlift 5 × 100 kg: e1RM 100 × (1 + 5/30) = 116.67 kg. 8 × 90 later: 114 kg, not a new best.
  await saveLog(t, client.id, '2026-03-02', [entry(DEADLIFT, [lift(5, 100), lift(5, 100)]), entry(LEG_CURL, [lift(12, 50)])], { scheduledSessionId: at('2026-03-02') })
  await saveLog(t, client.id, '2026-03-04', [entry(HIP_THRUST, [lift(10, 60), lift(10, 60), lift(10, 60)])], { scheduledSessionId: at('2026-03-04') })
  await saveLog(t, client.id, '2026-03-09', [entry(DEADLIFT, [lift(8, 90)])], { scheduledSessionId: at('2026-03-09') })
  await saveLog(t, client.id, '2026-03-13', [entry(HIP_THRUST, [lift(10, 70)])], { scheduledSessionId: at('2026-03-13') })
  await t.value('measurements.record', { clientId: client.id, date: '2026-03-02', values: [{ typeId: typeId('body-weight'), value: 80 }, { typeId: typeId('waist'), value: 90 }] })
  await t.value('measurements.record', { clientId: client.id, date: '2026-03-13', values: [{ typeId: typeId('body-weight'), value: 79.2 }, { typeId: typeId('waist'), value: 88 }] })
  return client
}

describe('plans.progressReport', () => {
  it('prints the period, adherence, each exercise with its e1RM, measurements and the weight goal, numbered pages', async () => {
    const t = openTestCore()
    const client = await clientWithLogs(t)
    const dir = tempDir()
    const kgPath = join(dir, 'report-kg.pdf')
    const events: { label: string; done: number; total: number }[] = []
    t.core.on('job.progress', (e) => events.push(e as (typeof events)[number]))
    const kg = await t.value('plans.progressReport', { clientId: client.id, path: kgPath, from: '2026-03-02', to: '2026-03-15', units: 'kg', paper: 'A4' })
    expect(kg.pages).toBe(pdfInfo(kgPath).pages)
    expect(pdfInfo(kgPath)).toMatchObject({ width: 595.28 })
    expect(events.at(-1)).toMatchObject({ label: 'Saved', done: 4, total: 4 })

    const pages = pdfPages(kgPath)
    const text = pages.join('\n')
    expect(text).toContain(CLIENT_NAME)
    expect(text).toContain('2 March 2026 – 15 March 2026')
    expect(text).toContain('Sam Ortega')
    // Six sessions were scheduled in the two weeks, four logged: 67 %.
    expect(text).toMatch(/4 of 6 scheduled/)
    expect(text).toMatch(/67 %/)
    for (const name of ['Deadlift', 'Hip thrust', 'Seated leg-curl machine']) expect(text.toLowerCase()).toContain(name.toLowerCase())
    expect(text).toContain('Epley')
    expect(text).toContain('116.7 kg')
    // Hip thrust 10 × 70: 70 × (1 + 10/30) = 93.33 kg.
    expect(text).toContain('93.3 kg')
    expect(text).toMatch(/5 × 100 kg|5×100 kg/)
    // Body weight 80 → 79.2 kg, waist 90 → 88 cm.
    expect(text).toMatch(/−0\.8 kg/)
    expect(text).toMatch(/−2 cm/)
    expect(text).toMatch(/75 kg/)
    // Volume is reps × load summed: deadlift 2 × 5 × 100 + 8 × 90 = 1,720 kg; hip thrust 3 × 10 × 60 + 10 × 70 = 2,500 kg.
    expect(text).toContain('1,720 kg')
    expect(text).toContain('2,500 kg')
    pages.forEach((page, i) => {
      expect(page).toContain(CLIENT_NAME)
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`)
    })
    // Deadlift was logged twice with a load: its e1RM gets a chart; the leg curl (12 reps) does not.
    expect(text).toMatch(/DEADLIFT: ESTIMATED 1RM/i)
    expect(text).not.toMatch(/LEG-CURL MACHINE: ESTIMATED 1RM/i)
    savePngs(kgPath, 'progress-report-kg')

    // Settings in lb and inches: the report follows them.
    await t.value('settings.update', { units: { weight: 'lb', length: 'in' }, paperSize: 'Letter' })
    const lbPath = join(dir, 'report-lb.pdf')
    await t.value('plans.progressReport', { clientId: client.id, path: lbPath, from: '2026-03-02', to: '2026-03-15' })
    expect(pdfInfo(lbPath)).toMatchObject({ width: 612, height: 792 })
    const lb = pdfPages(lbPath).join('\n')
    // 116.67 kg ÷ 0.45359237 = 257.2 lb; 80 kg = 176.4 lb; 79.2 kg = 174.6 lb; 90 cm = 35.4 in, 88 cm = 34.6 in.
    for (const value of ['257.2 lb', '176.4 lb', '174.6 lb', '35.4 in', '34.6 in', '−1.8 lb', '−0.8 in']) expect(lb).toContain(value)
    expect(lb).not.toMatch(/\d kg\b/)
    savePngs(lbPath, 'progress-report-lb')
    t.close()
  })

  it('refuses a bad period or an unknown client and leaves no file', async () => {
    const t = openTestCore()
    const client = await clientWithLogs(t)
    const dir = tempDir()
    const backwards = await t.call('plans.progressReport', { clientId: client.id, path: join(dir, 'a.pdf'), from: '2026-03-15', to: '2026-03-01' })
    expect(backwards).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const unknown = await t.call('plans.progressReport', { clientId: '01900000-0000-7000-8000-0000000fffff', path: join(dir, 'b.pdf') })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toEqual([])
    expect(existsSync(join(dir, 'a.pdf'))).toBe(false)
    t.close()
  })
})

describe('plans.export with progress', () => {
  it('adds the progress so far before the safety page, pages numbered throughout; off by default', async () => {
    const t = openTestCore()
    const client = await clientWithLogs(t)
    const program = (await t.value('programs.list', { clientId: client.id })).items[0]!
    const dir = tempDir()
    const withPath = join(dir, 'with.pdf')
    const withoutPath = join(dir, 'without.pdf')
    const without = await t.value('plans.export', { programId: program.id, path: withoutPath, instructions: false, logCells: false, units: 'kg' })
    const withProgress = await t.value('plans.export', { programId: program.id, path: withPath, instructions: false, logCells: false, units: 'kg', progress: true })
    expect(pdfPages(withoutPath).join('\n')).not.toContain('Progress so far')
    const pages = pdfPages(withPath)
    expect(withProgress.pages).toBeGreaterThan(without.pages)
    expect(withProgress.pages).toBe(pages.length)
    const first = pages.findIndex((p) => /PROGRESS SO FAR/i.test(p))
    expect(first).toBeGreaterThan(0)
    expect(pages.slice(first).join('\n')).toContain('116.7 kg')
    expect(pages.at(-1)).toContain('Train safely')
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} of ${pages.length}`))
    savePngs(withPath, 'plan-with-progress', { first: first + 1, last: first + 1 })
    t.close()
  })
})
