import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { loadFontMetrics } from '../../src/main/core/pdf/fonts'
import { layoutPlan, weekGroups } from '../../src/main/core/pdf/layout'
import { buildPlanModel, type PlanSources } from '../../src/main/core/pdf/plan-data'
import { PlanExportInput } from '../../src/shared/plans'
import { openTestCore, tempDir, type TestCore } from '../helpers/store'
import { CLIENT_NAME, countWhole, pdfInfo, pdfPages, savePngs, twelveWeekPlan } from './helpers'

// The whole printed plan of a real program (the built-in 12-week routine given to a client), read
// back from the PDF the way a person would read it: names, every week's prescription, page numbers.

// An export in tests starts a worker that compiles the TS document code first: slow on a busy machine.
vi.setConfig({ testTimeout: 240_000 })

describe('plans.export: a 12-week program on paper', () => {
  it('prints the client, every exercise, each week of the progression and numbered pages', async () => {
    const t = openTestCore()
    const { program } = await twelveWeekPlan(t)
    const path = join(tempDir(), 'plan.pdf')
    const progress: { job: string; done: number; total: number }[] = []
    t.core.on('job.progress', (p) => progress.push(p))

    const result = await t.value('plans.export', { programId: program.id, path, paper: 'A4', units: 'kg' })
    expect(result.path).toBe(path)
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
    expect(result.bytes).toBe(readFileSync(path).length)
    savePngs(path, 'twelve-week')

    const pages = pdfPages(path)
    const all = pages.join('\n')
    expect(pdfInfo(path).pages).toBe(result.pages)
    expect(pages).toHaveLength(result.pages)

    // Every page: the client's name (with its diacritics) and "Page N of M".
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(CLIENT_NAME)
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`)
    })

    // Every exercise by name, and its instructions exactly once.
    const exerciseIds = [...new Set(program.document.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items.map((i) => i.exerciseId))))]
    const guidePages = pages.filter((p) => /How to do each exercise|Exercise guide/i.test(p) || /STEPS/.test(p))
    for (const id of exerciseIds) {
      const exercise = await t.value('exercises.get', { id })
      expect(all).toContain(exercise.content.name)
      const firstStep = exercise.content.steps[0]!.slice(0, 30)
      expect(guidePages.join('\n').split(firstStep).length - 1, `steps of ${exercise.content.name}`).toBe(1)
    }

    // The structure implies the pages: cover, schedule, each session once per four weeks, guides, safety.
    const sessionPages = pages.filter((p) => /Weeks? \d+(–\d+)?\s*$/m.test(p.split('\n').slice(0, 4).join('\n')))
    expect(sessionPages).toHaveLength(3 * weekGroups(12).length)
    expect(pages[0]).toContain('12-week back-of-thigh routine')
    expect(pages[1]).toContain('Weeks at a glance')
    expect(pages.at(-1)).toContain('Stop if it hurts')
    expect(pages.length).toBe(2 + sessionPages.length + guidePages.length + 1)

    // Each week's prescription of each item sits on its session's page for that week.
    for (const [s, session] of program.document.weeks[0]!.sessions.entries()) {
      for (const group of weekGroups(12)) {
        const label = `Weeks ${group[0]! + 1}–${group.at(-1)! + 1}`
        const page = sessionPages.find((p) => p.includes(session.name) && p.includes(label))
        expect(page, `${session.name} ${label}`).toBeDefined()
        const expected = new Map<string, number>()
        for (const w of group) {
          for (const item of program.document.weeks[w]!.sessions[s]!.items) {
            const p = item.prescription
            const reps = p.reps ? (p.reps.min === p.reps.max ? `${p.reps.min}` : `${p.reps.min}-${p.reps.max}`) : null
            const work = reps ? `${p.sets} × ${reps}${p.perSide ? ' /side' : ''}` : p.durationMinutes ? `${p.durationMinutes} min` : null
            if (work) expected.set(work, (expected.get(work) ?? 0) + 1)
          }
          expect(page).toContain(`Week ${w + 1}`)
        }
        for (const [work, count] of expected) expect(countWhole(page!, work), `${work} on ${session.name} ${label}`).toBe(count)
      }
    }

    // Progress went to the UI in order and finished.
    expect(progress.length).toBeGreaterThanOrEqual(3)
    expect(new Set(progress.map((p) => p.job)).size).toBe(1)
    expect(progress.at(-1)).toMatchObject({ done: 5, total: 5 })
  })

  it('our pagination is exact: react-pdf never had to push content onto a page we did not plan', async () => {
    const t = openTestCore()
    const { program } = await twelveWeekPlan(t)
    // The worker measures words with the embedded font; so does this thread now.
    await loadFontMetrics()
    for (const paper of ['A4', 'Letter'] as const) {
      const path = join(tempDir(), `plan-${paper}.pdf`)
      const result = await t.value('plans.export', { programId: program.id, path, paper })
      // Rebuilt the same way the handler does, through the core's own services.
      const model = buildPlanModel(await sourcesFrom(t, program.id), PlanExportInput.parse({ programId: program.id, path, paper }))
      expect(result.pages, paper).toBe(layoutPlan(model).length)
    }
  })

  it('a one-session card fits one page and names the session, the week and the client', async () => {
    const t = openTestCore()
    const { program } = await twelveWeekPlan(t)
    const session = program.document.weeks[2]!.sessions[1]!
    const path = join(tempDir(), 'card.pdf')
    const result = await t.value('plans.export', { programId: program.id, sessionId: session.id, instructions: false, path })
    savePngs(path, 'card')
    expect(result.pages).toBe(1)
    const [text] = pdfPages(path)
    expect(text).toContain(session.name)
    expect(text).toContain('Week 3')
    expect(text).toContain(CLIENT_NAME)
    expect(text).toContain('Wednesday, 18 March 2026')
    expect(text).not.toContain('Week 4')
  })

  it('writes all or nothing: a missing folder is refused before drawing, a second export replaces the first, no temp file stays', async () => {
    const t = openTestCore()
    const { program, template } = await twelveWeekPlan(t)
    const dir = tempDir()
    const missing = await t.call('plans.export', { programId: program.id, path: join(dir, 'nope', 'plan.pdf') })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(existsSync(join(dir, 'nope'))).toBe(false)

    const path = join(dir, 'plan.pdf')
    writeFileSync(path, 'an older plan')
    await t.value('plans.export', { programId: template.id, path, instructions: false })
    const text = pdfPages(path).join('\n')
    // A template prints "Template" where the client's name goes.
    expect(text).toContain('Template')
    expect(text).not.toContain(CLIENT_NAME)
    expect(readdirSync(dir)).toEqual(['plan.pdf'])

    const relative = await t.call('plans.export', { programId: program.id, path: 'plan.pdf' })
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'path' }] } })
  })

  it('suggests a file name from the client and the program', async () => {
    const t = openTestCore()
    const { program, template } = await twelveWeekPlan(t)
    expect(await t.value('plans.suggestedName', { programId: program.id })).toEqual({ name: `${CLIENT_NAME} - 12-week back-of-thigh routine.pdf` })
    expect(await t.value('plans.suggestedName', { programId: template.id })).toEqual({ name: 'Template - 12-week back-of-thigh routine.pdf' })
    const session = program.document.weeks[0]!.sessions[0]!
    expect((await t.value('plans.suggestedName', { programId: program.id, sessionId: session.id })).name).toBe(`${CLIENT_NAME} - ${session.name} (week 1).pdf`)
  })
})

/** What plan-data reads, fetched through the core's own methods first (the same rows the handler reads). */
async function sourcesFrom(t: TestCore, programId: string): Promise<PlanSources> {
  const program = await t.value('programs.get', { id: programId })
  const settings = await t.value('settings.get', {})
  const ids = [...new Set(program.document.weeks.flatMap((w) => w.sessions.flatMap((s) => s.items.map((i) => i.exerciseId))))]
  const exercises = new Map(await Promise.all(ids.map(async (id) => [id, await t.value('exercises.get', { id })] as const)))
  const images = new Map(await Promise.all(ids.map(async (id) => [id, await t.value('exercises.image', { id })] as const)))
  return {
    programs: { get: () => program },
    settings: { read: () => settings },
    exercises: { get: (id) => exercises.get(id)!, image: (id) => images.get(id) ?? null }
  }
}
