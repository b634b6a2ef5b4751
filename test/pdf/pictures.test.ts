import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { openTestCore, tempDir } from '../helpers/store'
import { pdfPages, twelveWeekPlan } from './helpers'

// Pictures reach the paper: the trainer's logo on the cover and an exercise's picture in the guide.

// An export in tests starts a worker that compiles the TS document code first: slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 })

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='

function imageCount(path: string): number {
  // pdfimages -list: two header lines, then one line per image (type "image") and per alpha mask ("smask").
  const rows = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2)
  return rows.filter((row) => row.trim().split(/\s+/)[2] === 'image').length
}

describe('printed plan: pictures', () => {
  it('prints the logo on the cover and an exercise picture in its guide, and none when instructions are off', async () => {
    const t = openTestCore()
    const { program } = await twelveWeekPlan(t)
    await t.value('settings.update', { trainer: { name: 'Sam Ortega', business: 'Ortega Strength Studio', logo: { mimeType: 'image/png', dataBase64: PNG } } })
    const deadlift = program.document.weeks[0]!.sessions[0]!.items.find((i) => i.block === 'main')!
    const mine = await t.value('exercises.duplicate', { id: deadlift.exerciseId, name: 'Deadlift, Sam’s way' })
    await t.value('exercises.setImage', { id: mine.id, mimeType: 'image/png', dataBase64: PNG })
    await t.value('programs.swap', { programId: program.id, revision: program.revision, itemId: deadlift.id, exerciseId: mine.id, allWeeks: true })

    const dir = tempDir()
    await t.value('plans.export', { programId: program.id, path: join(dir, 'with.pdf') })
    await t.value('plans.export', { programId: program.id, path: join(dir, 'without.pdf'), instructions: false })
    expect(pdfPages(join(dir, 'with.pdf')).join('\n')).toContain('Deadlift, Sam’s way')
    expect(imageCount(join(dir, 'with.pdf'))).toBe(2)
    expect(imageCount(join(dir, 'without.pdf'))).toBe(1)
  })
})
