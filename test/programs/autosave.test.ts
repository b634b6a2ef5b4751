import { describe, expect, it } from 'vitest'
import type { ProgramDocument } from '../../src/shared/programs'
import { fullClient } from '../helpers/clients'
import { openTestCore, type TestCore } from '../helpers/store'
import { bigProgramDocument } from './big-program'
import { item, newUuid } from './helpers'
import { walCommits } from './wal'

// "One autosave is one transaction", proved at the store's level: every commit appends a frame marked
// as a commit to the write-ahead log, so counting those frames before and after a save counts commits,
// whatever the code above SQLite does. Checkpoints are held off so the log is not reset in between.

async function bigClientProgram(t: TestCore) {
  const client = await t.value('clients.create', fullClient({ limitations: [], readiness: null }))
  const p = await t.value('programs.create', { clientId: client.id, name: 'Block', weeks: 1, sessionsPerWeek: 3 })
  const saved = await t.value('programs.save', { id: p.id, revision: p.revision, document: bigProgramDocument() })
  await t.value('programs.reschedule', { id: p.id, startDate: '2031-01-06', weekdays: [1, 3, 5] })
  return { id: p.id, revision: saved.revision }
}

/** What an autosave sends after a busy minute: edits in every week, an insert, a delete and a reorder. */
function busyEdit(doc: ProgramDocument): ProgramDocument {
  const next = structuredClone(doc)
  for (const week of next.weeks) for (const session of week.sessions) session.items[2]!.prescription.sets = 5
  const first = next.weeks[0]!.sessions[0]!
  first.items.splice(3, 1)
  first.items.splice(4, 0, item('bodyweight-squat'))
  const second = next.weeks[1]!.sessions[1]!.items
  ;[second[2], second[3]] = [second[3]!, second[2]!]
  next.weeks.push({ id: newUuid(), phase: 'Extra', sessions: [] })
  return next
}

describe('one autosave is one transaction', () => {
  it('a save touching every week of a 12 x 3 x 10 program is a single commit', async () => {
    const t = openTestCore()
    t.db.pragma('wal_autocheckpoint = 0')
    const { id, revision } = await bigClientProgram(t)
    const stored = await t.value('programs.get', { id })
    const commitsBefore = walCommits(t.dbFile)
    const changesBefore = (t.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n
    const saved = await t.value('programs.save', { id, revision, document: busyEdit(stored.document) })
    const changes = (t.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n - changesBefore
    expect(walCommits(t.dbFile) - commitsBefore).toBe(1)
    // Many rows changed (items in 12 weeks, the schedule, the revision), all in that one commit.
    expect(changes).toBeGreaterThan(36)
    expect(saved.revision).toBe(revision + 1)
  })

  it('the counter sees each commit (it would catch a save split in two)', async () => {
    const t = openTestCore()
    t.db.pragma('wal_autocheckpoint = 0')
    const { id } = await bigClientProgram(t)
    const before = walCommits(t.dbFile)
    await t.value('programs.setStatus', { id, status: 'completed' })
    await t.value('programs.setStatus', { id, status: 'active' })
    expect(walCommits(t.dbFile) - before).toBe(2)
  })
})
