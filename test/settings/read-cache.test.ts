import { describe, expect, it } from 'vitest'
import { openTestCore } from '../helpers/store'
import { createSettingsRepo } from '../../src/main/core/settings/repo'

// settings.read keeps its parse while the stored rows are unchanged (issue 8): whatever changes the
// rows (an update, a restore or import writing the table, a second connection) must show at once.

describe('settings read after changes', () => {
  it('an update shows on the next read, through the core and through the repo', async () => {
    const t = openTestCore()
    expect((await t.value('settings.get', {})).firstDayOfWeek).toBe('monday')
    await t.value('settings.update', { firstDayOfWeek: 'sunday' })
    expect((await t.value('settings.get', {})).firstDayOfWeek).toBe('sunday')
    const repo = createSettingsRepo(t.db)
    expect(repo.read().firstDayOfWeek).toBe('sunday')
  })

  it('rows written behind the repo (as a restore or import does) are read, not the kept copy', async () => {
    const t = openTestCore()
    const repo = createSettingsRepo(t.db)
    expect(repo.read().sessionLimitMinutes).toBe((await t.value('settings.get', {})).sessionLimitMinutes)
    t.db.prepare("INSERT INTO settings (id, value, created_at, updated_at) VALUES ('sessionLimitMinutes', '75', 'x', 'x') ON CONFLICT (id) DO UPDATE SET value = excluded.value").run()
    expect(repo.read().sessionLimitMinutes).toBe(75)
    expect((await t.value('settings.get', {})).sessionLimitMinutes).toBe(75)
    t.db.prepare("DELETE FROM settings WHERE id = 'sessionLimitMinutes'").run()
    expect(repo.read().sessionLimitMinutes).not.toBe(75)
  })

  it('two writes in the same millisecond with values of the same length both show', () => {
    const t = openTestCore()
    const repo = createSettingsRepo(t.db)
    const now = '2026-11-22T05:40:00.000Z'
    expect(repo.write({ firstDayOfWeek: 'sunday' }, now).firstDayOfWeek).toBe('sunday')
    expect(repo.write({ firstDayOfWeek: 'monday' }, now).firstDayOfWeek).toBe('monday')
    expect(repo.read().firstDayOfWeek).toBe('monday')
  })

  it('the shared copy cannot be changed by one caller for the others', () => {
    const t = openTestCore()
    const repo = createSettingsRepo(t.db)
    const first = repo.read()
    expect(() => {
      ;(first as { firstDayOfWeek: string }).firstDayOfWeek = 'sunday'
    }).toThrow(TypeError)
    expect(repo.read().firstDayOfWeek).toBe('monday')
    expect(repo.read()).toBe(first)
  })
})
