import type Database from 'better-sqlite3'
import type { z } from 'zod'
import { DEFAULT_SETTINGS, Settings, type SettingsUpdate } from '../../../shared/settings'

type Section = keyof Settings

/** Settings are stored one row per section; a section never written reads as its default. */
export function createSettingsRepo(db: Database.Database) {
  const all = db.prepare('SELECT id, value FROM settings')
  const upsert = db.prepare(
    `INSERT INTO settings (id, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
  )

  function read(): Settings {
    const stored: Record<string, unknown> = {}
    for (const row of all.all() as { id: string; value: string }[]) stored[row.id] = JSON.parse(row.value)
    const merged = { ...DEFAULT_SETTINGS, ...stored }
    // A section written by an older build that no longer parses falls back to its default rather than failing.
    const parsed = Settings.safeParse(merged)
    if (parsed.success) return parsed.data
    const result = { ...DEFAULT_SETTINGS }
    for (const key of Object.keys(DEFAULT_SETTINGS) as Section[]) {
      const one = Settings.shape[key].safeParse(merged[key])
      if (one.success) (result as Record<Section, unknown>)[key] = one.data
    }
    return result
  }

  return {
    read,
    write(update: z.output<typeof SettingsUpdate>, now: string): Settings {
      db.transaction(() => {
        for (const [key, value] of Object.entries(update)) {
          if (value !== undefined) upsert.run(key, JSON.stringify(value), now, now)
        }
      })()
      return read()
    }
  }
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>
