import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CLEARANCE_SHOWN, PAIN_SHOWN } from '../../src/shared/progress'
import { readinessAnswers } from '../helpers/clients'
import { openTestCore, type TestCore } from '../helpers/store'
import { item } from '../programs/helpers'
import { assignedProgram, DEADLIFT, entry, LEG_CURL, lift, newClient, saveLog } from './helpers'

// The Today page reads facts from copies kept by triggers: a dated session's log (scheduled_sessions.log_id,
// for the missed list) and a program's last day (programs.end_date, for programs ending soon), both 0007;
// a dated session's client sort name and "client and program live" (client_sort, is_active, 0008); and on
// a record-setting log entry the bests it beat (log_entries.prev_*, 0008, kept by logs/records.ts).
// Whatever the trainer does to clients, logs and programs, the page must follow.

/** Rows whose copy differs from what it copies: none, ever. */
function staleCopies(t: TestCore): { logs: number; ends: number; sessions: number; bests: number } {
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
  const sessions = t.db
    .prepare(
      `SELECT count(*) FROM scheduled_sessions s JOIN clients c ON c.id = s.client_id JOIN programs p ON p.id = s.program_id
       WHERE s.client_sort IS NOT c.sort_name OR s.is_active != (c.archived_at IS NULL AND p.status = 'active' AND p.archived_at IS NULL)`
    )
    .pluck()
    .get() as number
  // The bests before each record-setting entry, worked out from the whole history.
  const bests = t.db
    .prepare(
      `SELECT count(*) FROM log_entries e WHERE e.records != 0 AND EXISTS (
         SELECT 1 FROM (SELECT max(b.e1rm_kg) AS e1rm, max(b.best_load_kg) AS load, max(b.best_reps) AS reps, max(b.best_other) AS other
           FROM log_entries b WHERE b.client_id = e.client_id AND b.exercise_id = e.exercise_id AND (b.date < e.date OR (b.date = e.date AND b.log_id < e.log_id))) m
         WHERE e.prev_e1rm_kg IS NOT m.e1rm OR e.prev_best_load_kg IS NOT m.load OR e.prev_best_reps IS NOT m.reps OR e.prev_best_other IS NOT m.other)
       OR (e.records = 0 AND coalesce(e.prev_e1rm_kg, e.prev_best_load_kg, e.prev_best_reps, e.prev_best_other) IS NOT NULL)`
    )
    .pluck()
    .get() as number
  return { logs, ends, sessions, bests }
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
    expect(staleCopies(t)).toEqual({ logs: 0, ends: 0, sessions: 0, bests: 0 })
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

  it('the day lists clients by name, and follows a rename, an archived client and a program put aside', async () => {
    const t = openTestCore()
    const day = '2024-03-11'
    const programs = new Map<string, string>()
    for (const name of ['Zoe Park', 'Ana Lima', 'Mia Chen']) {
      const client = await newClient(t, name)
      const { program } = await assignedProgram(t, client.id, { startDate: '2024-03-04', weeks: 4, weekdays: [1], items: [item('deadlift')] })
      programs.set(name, program.id)
    }
    const today = async () => {
      const d = await t.value('dashboard.today', { date: day })
      return { names: d.today.map((s) => s.clientName), total: d.todayTotal, missed: d.missedTotal }
    }
    expect(await today()).toEqual({ names: ['Ana Lima', 'Mia Chen', 'Zoe Park'], total: 3, missed: 3 })

    const zoe = (await t.value('clients.list', { query: 'zoe' })).items[0]!
    await t.value('clients.update', { id: zoe.id, name: 'Bea Park' })
    expect((await today()).names).toEqual(['Ana Lima', 'Bea Park', 'Mia Chen'])

    const mia = (await t.value('clients.list', { query: 'mia' })).items[0]!
    await t.value('clients.archive', { id: mia.id })
    expect(await today()).toEqual({ names: ['Ana Lima', 'Bea Park'], total: 2, missed: 2 })
    await t.value('clients.restore', { id: mia.id })
    expect((await today()).total).toBe(3)

    await t.value('programs.setStatus', { id: programs.get('Ana Lima')!, status: 'completed' })
    expect(await today()).toEqual({ names: ['Bea Park', 'Mia Chen'], total: 2, missed: 2 })
    await t.value('programs.archive', { id: programs.get('Mia Chen')! })
    expect((await today()).names).toEqual(['Bea Park'])
    await t.value('programs.restore', { id: programs.get('Mia Chen')! })
    await t.value('programs.setStatus', { id: programs.get('Ana Lima')!, status: 'active' })
    expect(await today()).toEqual({ names: ['Ana Lima', 'Bea Park', 'Mia Chen'], total: 3, missed: 3 })
    expect(staleCopies(t)).toEqual({ logs: 0, ends: 0, sessions: 0, bests: 0 })
  })

  it('a record shows the best it beat, after an earlier log is edited or deleted', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await saveLog(t, ana.id, '2024-03-01', [entry(DEADLIFT, [lift(5, 100)])])
    const second = await saveLog(t, ana.id, '2024-03-08', [entry(DEADLIFT, [lift(5, 110)])])
    const third = await saveLog(t, ana.id, '2024-03-15', [entry(DEADLIFT, [lift(5, 120)])])
    const shown = async () => (await t.value('dashboard.today', { date: '2024-03-15' })).recentRecords.find((r) => r.logId === third.id)!
    const recordOf = async (id: string) => (await t.value('logs.get', { id })).records[0]
    const secondValue = (await recordOf(second.id))!.value
    expect(secondValue).toBeGreaterThan(0)
    expect((await shown()).previous).toBe(secondValue)
    expect((await recordOf(third.id))?.previous).toBe(secondValue)

    // A better Friday two weeks ago: the record of the 15th now beat that.
    await saveLog(t, ana.id, '2024-03-08', [entry(DEADLIFT, [lift(5, 115)])], { id: second.id })
    const edited = (await recordOf(second.id))!.value
    expect(edited).toBeGreaterThan(secondValue)
    expect((await shown()).previous).toBe(edited)

    // That session deleted: the 15th beat the 1st.
    await t.value('logs.delete', { id: second.id, confirm: true })
    expect((await shown()).previous).toBeLessThan(secondValue)
    expect((await recordOf(third.id))?.previous).toBe((await shown()).previous)
    expect(staleCopies(t)).toEqual({ logs: 0, ends: 0, sessions: 0, bests: 0 })
  })

  it('pain alerts and clients awaiting clearance show the newest or first few, with how many there are', async () => {
    const t = openTestCore()
    const waiting = { answeredOn: '2024-02-01', answers: readinessAnswers(['chestPainActive']), clearanceReceivedOn: null }
    for (let i = 0; i < Math.max(CLEARANCE_SHOWN + 2, PAIN_SHOWN + 3); i++) {
      const client = await newClient(t, `Client ${String(i).padStart(2, '0')}`, i < CLEARANCE_SHOWN + 2 ? { readiness: waiting } : {})
      if (i < PAIN_SHOWN + 3) await saveLog(t, client.id, `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`, [entry(DEADLIFT, [lift(5, 60)])], { pain: { area: 'knee', note: 'Sore' } })
    }
    const d = await t.value('dashboard.today', { date: '2024-03-29' })
    expect(d.painTotal).toBe(PAIN_SHOWN + 3)
    expect(d.painAlerts).toHaveLength(PAIN_SHOWN)
    expect(d.painAlerts[0]!.date).toBe('2024-03-28')
    expect(d.clearanceTotal).toBe(CLEARANCE_SHOWN + 2)
    expect(d.clearanceNeeded.map((c) => c.name)).toEqual(Array.from({ length: CLEARANCE_SHOWN }, (_, i) => `Client ${String(i).padStart(2, '0')}`))
  })

  it('an upgraded store gets the same copies: the migration fills them as the app keeps them', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    await assignedProgram(t, ana.id, { startDate: '2024-03-04', weeks: 2, weekdays: [1, 4], items: [item('deadlift')] })
    for (const [date, kg] of [['2024-03-04', 100], ['2024-03-07', 105], ['2024-03-11', 102.5], ['2024-03-14', 110]] as const) {
      await saveLog(t, ana.id, date, [entry(DEADLIFT, [lift(5, kg)]), entry(LEG_CURL, [lift(10, kg / 4)])])
    }
    const kept = () => t.db.prepare('SELECT id, records, prev_e1rm_kg, prev_best_load_kg, prev_best_reps, prev_best_other FROM log_entries ORDER BY id').all()
    const sessions = () => t.db.prepare('SELECT id, client_sort, is_active FROM scheduled_sessions ORDER BY id').all()
    const before = { entries: kept(), sessions: sessions() }
    expect(before.entries.filter((e) => (e as { records: number }).records !== 0).length).toBeGreaterThan(1)

    // Undo the copies, then run the migration's own statements that fill them.
    const sql = readFileSync(fileURLToPath(new URL('../../src/main/core/db/migrations/0008_dashboard_copies.sql', import.meta.url)), 'utf8')
    const fills = sql.split(';').map((part) => part.replace(/^(\s*--[^\n]*\n|\s+)*/, '')).filter((st) => /^UPDATE (scheduled_sessions|log_entries) SET/.test(st))
    expect(fills).toHaveLength(2)
    t.db.exec('UPDATE log_entries SET prev_e1rm_kg = NULL, prev_best_load_kg = NULL, prev_best_reps = NULL, prev_best_other = NULL; UPDATE scheduled_sessions SET client_sort = NULL, is_active = 0')
    for (const fill of fills) t.db.exec(fill)
    expect({ entries: kept(), sessions: sessions() }).toEqual(before)
    expect(staleCopies(t)).toEqual({ logs: 0, ends: 0, sessions: 0, bests: 0 })
  })
})
