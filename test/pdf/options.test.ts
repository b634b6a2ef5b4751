import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openTestCore, tempDir } from '../helpers/store'
import { pdfInfo, pdfPages, savePngs, twelveWeekPlan } from './helpers'

// The export options change what is on paper: paper size, weight units, the exercise guide, log cells.

// An export in tests starts a worker that compiles the TS document code first: slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 })

describe('plans.export options', () => {
  it('Letter vs A4, lb vs kg, without instructions, without log cells', async () => {
    const t = openTestCore()
    const { program } = await twelveWeekPlan(t)
    // Give the deadlift a kg load in every week so units have something to convert.
    const document = structuredClone(program.document)
    for (const week of document.weeks) for (const s of week.sessions) for (const item of s.items.slice(2, 3)) item.prescription.load = { kind: 'kg', value: 60 }
    await t.value('programs.save', { id: program.id, revision: program.revision, document })
    const dir = tempDir()
    const out = (name: string) => join(dir, `${name}.pdf`)

    const a4 = await t.value('plans.export', { programId: program.id, path: out('a4'), paper: 'A4', units: 'kg' })
    const letter = await t.value('plans.export', { programId: program.id, path: out('letter'), paper: 'Letter', units: 'lb', instructions: false, logCells: false })
    savePngs(out('letter'), 'letter-lb', { first: 3, last: 3 })

    expect(pdfInfo(out('a4'))).toMatchObject({ width: 595.28, height: 841.89 })
    expect(pdfInfo(out('letter'))).toMatchObject({ width: 612, height: 792 })

    const a4Text = pdfPages(out('a4')).join('\n')
    const letterText = pdfPages(out('letter')).join('\n')
    expect(a4Text).toMatch(/(?<![\d.])60 kg/)
    expect(a4Text).not.toMatch(/\d lb\b/)
    // 60 kg is 132.28 lb, printed to the nearest half pound.
    expect(letterText).toContain('132.5 lb')
    expect(letterText).not.toMatch(/\d kg\b/)

    // Instructions off: no exercise guide and fewer pages; log cells off: no boxes to fill in.
    expect(a4Text).toContain('How to do each exercise')
    expect(letterText).not.toContain('How to do each exercise')
    expect(letter.pages).toBeLessThan(a4.pages)
    expect(a4Text).toMatch(/\breps\b/)
    expect(letterText).not.toMatch(/\breps\b\s+kg|\breps\b\s+lb/)
    expect(letterText).not.toContain('done')

    // Settings give the defaults: a trainer who works in lb on Letter gets that without choosing.
    await t.value('settings.update', { units: { weight: 'lb', length: 'in' }, paperSize: 'Letter' })
    await t.value('plans.export', { programId: program.id, path: out('defaults'), instructions: false })
    expect(pdfInfo(out('defaults'))).toMatchObject({ width: 612, height: 792 })
    expect(pdfPages(out('defaults')).join('\n')).toContain('132.5 lb')
  })
})
