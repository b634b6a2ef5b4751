import { describe, expect, it } from 'vitest'
import type { ProgramSummary } from '../../src/shared/programs'
import { currentProgram, progressText } from '../../src/renderer/src/features/programs/currentProgram'
import { dateText } from '../../src/renderer/src/features/programs/programText'
import { openTestCore } from '../helpers/store'
import { templateId } from './helpers'

// The client page's "current program": which active program it shows and how far along it is; and the
// days a built-in template suggests, which assigning proposes.

function summary(id: string, startDate: string | null, weeks: number): ProgramSummary {
  const end = startDate ? new Date(Date.parse(`${startDate}T00:00:00Z`) + (weeks * 7 - 1) * 86_400_000).toISOString().slice(0, 10) : null
  return {
    id,
    name: id,
    goal: '',
    level: 'beginner',
    isTemplate: false,
    builtin: false,
    clientId: 'c',
    clientName: 'C',
    status: 'active',
    startDate,
    endDate: end,
    weekdays: [1, 3, 5],
    weeks,
    sessionsPerWeek: 3,
    revision: 1,
    archivedAt: null,
    updatedAt: '2030-01-01T00:00:00.000Z'
  }
}

describe('current program on the client page', () => {
  const ended = summary('ended', '2030-01-07', 4)
  const running = summary('running', '2030-02-04', 12)
  const coming = summary('coming', '2030-06-03', 8)

  it('prefers the one running today, then the next to start, then the latest started', () => {
    expect(currentProgram([ended, coming, running], '2030-02-20')?.id).toBe('running')
    expect(currentProgram([ended, coming], '2030-02-20')?.id).toBe('coming')
    expect(currentProgram([ended], '2030-02-20')?.id).toBe('ended')
    expect(currentProgram([], '2030-02-20')).toBeNull()
  })

  it('says which week it is, when it starts, or that it ended', () => {
    expect(progressText(running, '2030-02-04')).toBe('Week 1 of 12')
    expect(progressText(running, '2030-02-10')).toBe('Week 1 of 12')
    expect(progressText(running, '2030-02-11')).toBe('Week 2 of 12')
    expect(progressText(running, running.endDate!)).toBe('Week 12 of 12')
    expect(progressText(running, '2030-02-03')).toBe(`Starts on ${dateText('2030-02-04')} (tomorrow) · 12 weeks`)
    expect(progressText(running, '2030-01-31')).toBe(`Starts on ${dateText('2030-02-04')} (in 4 days) · 12 weeks`)
    expect(progressText(running, '2029-12-01')).toBe(`Starts on ${dateText('2030-02-04')} · 12 weeks`)
    expect(progressText(ended, '2030-03-01')).toBe(`Ended on ${dateText(ended.endDate!)}`)
    expect(progressText(summary('draft', null, 6), '2030-03-01')).toBe('6 weeks, not scheduled yet')
  })
})

describe('suggested weekdays', () => {
  it('built-in templates list the days they suggest; a client’s program lists its own days', async () => {
    const t = openTestCore()
    const templates = await t.value('programs.list', { templates: true })
    const walking = templates.items.find((p) => p.id === templateId('walking-plan'))
    expect(walking?.weekdays).toEqual([1, 3, 6])
    for (const p of templates.items) expect(p.weekdays?.length ?? 0).toBeGreaterThanOrEqual(p.sessionsPerWeek)
    const client = await t.value('clients.create', { name: 'Ada Lane' })
    await t.value('programs.assign', { programId: walking!.id, clientId: client.id, startDate: '2030-01-07', weekdays: [2, 4, 7] })
    const mine = await t.value('programs.list', { clientId: client.id })
    expect(mine.items[0]?.weekdays).toEqual([2, 4, 7])
  })
})
