import { describe, expect, it } from 'vitest'
import { openTestCore, type TestCore } from '../helpers/store'
import { item } from '../programs/helpers'
import { assignedProgram, DEADLIFT, entry, lift, newClient, saveLog } from './helpers'

// The Today page reads two facts from copies kept by triggers (migration 0007): a dated session's log
// (scheduled_sessions.log_id, for the missed list) and a program's last day (programs.end_date, for
// programs ending soon). Whatever the trainer does to logs and programs, the page must follow.

/** Rows whose copy differs from what it copies: none, ever. */
function staleCopies(t: TestCore): { logs: number; ends: number } {
  const logs = t.db
    .prepare('SELECT count(*) FROM scheduled_sessions s WHERE s.log_id IS NOT (SELECT l.id FROM session_logs l WHERE l.scheduled_session_id = s.id)')
    .pluck()
    .get() as number
  const ends = t.db
    .prepare(
      `SELECT count(*) FROM programs p WHERE p.end_date IS NOT (SELECT CASE WHEN p.start_date IS NOT NULL AND count(*) > 0
         THEN date(p.start_date, '+' || (count(*) * 7 - 1) || ' days') END FROM program_weeks w WHERE w.program_id = p.id)`
    )
    .pluck()
    .get() as number
  return { logs, ends }
}

describe('dashboard.today follows logs and programs', () => {
  it('a missed session leaves the list when logged, comes back when its log moves to another session or is deleted', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const { schedule } = await assignedProgram(t, ana.id, { startDate: '2024-03-04', weeks: 4, weekdays: [1, 3, 5], sessions: 3, items: [item('deadlift')] })
    const dated = (date: string) => schedule.find((s) => s.date === date)!.id
    const missed = async () => {
      const d = await t.value('dashboard.today', { date: '2024-03-18' })
      return { total: d.missedTotal, dates: d.missed.map((s) => s.date) }
    }
    expect(await missed()).toEqual({ total: 6, dates: ['2024-03-15', '2024-03-13', '2024-03-11', '2024-03-08', '2024-03-06', '2024-03-04'] })

    const log = await saveLog(t, ana.id, '2024-03-15', [entry(DEADLIFT, [lift(5, 100)])], { scheduledSessionId: dated('2024-03-15') })
    expect(await missed()).toEqual({ total: 5, dates: ['2024-03-13', '2024-03-11', '2024-03-08', '2024-03-06', '2024-03-04'] })
    // Today's list shows the log of a session logged that day.
    expect((await t.value('dashboard.today', { date: '2024-03-15' })).today.map((s) => s.logId)).toEqual([log.id])

    // The trainer meant Wednesday's sheet: the log moves, Friday is missed again.
    await saveLog(t, ana.id, '2024-03-13', [entry(DEADLIFT, [lift(5, 100)])], { id: log.id, scheduledSessionId: dated('2024-03-13') })
    expect(await missed()).toEqual({ total: 5, dates: ['2024-03-15', '2024-03-11', '2024-03-08', '2024-03-06', '2024-03-04'] })
    expect(staleCopies(t).logs).toBe(0)

    await t.value('logs.delete', { id: log.id, confirm: true })
    expect((await missed()).total).toBe(6)
    expect(staleCopies(t)).toEqual({ logs: 0, ends: 0 })
  })

  it('programs ending soon follow a new start date, fewer weeks and the program’s status', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const { program } = await assignedProgram(t, ana.id, { startDate: '2024-03-04', weeks: 4, weekdays: [1], items: [item('deadlift')] })
    const ending = async (date: string) => (await t.value('dashboard.today', { date })).endingSoon.map((p) => [p.endDate, p.daysLeft])
    expect(await ending('2024-03-21')).toEqual([['2024-03-31', 10]])

    // A week later start: the end moves out of the 14 days, and comes into them later.
    await t.value('programs.reschedule', { id: program.id, startDate: '2024-03-11', weekdays: [1] })
    expect(await ending('2024-03-21')).toEqual([])
    expect(await ending('2024-03-25')).toEqual([['2024-04-07', 13]])

    // Three weeks instead of four.
    const got = await t.value('programs.get', { id: program.id })
    await t.value('programs.save', { id: program.id, revision: got.revision, document: { ...got.document, weeks: got.document.weeks.slice(0, 3) } })
    expect(await ending('2024-03-21')).toEqual([['2024-03-31', 10]])
    expect(staleCopies(t).ends).toBe(0)

    await t.value('programs.setStatus', { id: program.id, status: 'completed' })
    expect(await ending('2024-03-21')).toEqual([])
  })
})
