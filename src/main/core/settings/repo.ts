import type Database from 'better-sqlite3'
import type { z } from 'zod'
import { DEFAULT_SETTINGS, Settings, type SettingsUpdate } from '../../../shared/settings'

type Section = keyof Settings

/** The one parsed copy is shared by every caller: frozen, so no caller can change it for the others. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner)
    Object.freeze(value)
  }
  return value
}

/** Settings are stored one row per section; a section never written reads as its default. */
export function createSettingsRepo(db: Database.Database) {
  const all = db.prepare('SELECT id, value FROM settings')
  // Every write of a section stamps updated_at (ms): the same stamps and lengths are the same rows. A
  // restored backup brings its own rows, which are the same only if they came from the same writes.
  const stamps = db.prepare("SELECT group_concat(id || ' ' || updated_at || ' ' || octet_length(value), ',') FROM (SELECT * FROM settings ORDER BY id)").pluck()
  const upsert = db.prepare(
    `INSERT INTO settings (id, value, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
  )

  // Parsing every section (~40 µs, and the logo can be 512 KB of text) ran on each call that needs a
  // setting, such as every progress page. The parse is kept with the rows' stamps it came from.
  let cached: { stamps: string | null; settings: Settings } | undefined

  function read(): Settings {
    const now = stamps.get() as string | null
    if (cached && cached.stamps === now) return cached.settings
    // A copy of its own, frozen: zod may hand back shared default values, which must not be frozen for everyone.
    const settings = deepFreeze(structuredClone(parse(all.all() as { id: string; value: string }[])))
    cached = { stamps: now, settings }
    return settings
  }

  function parse(rows: { id: string; value: string }[]): Settings {
    const stored: Record<string, unknown> = {}
    for (const row of rows) stored[row.id] = JSON.parse(row.value)
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
      // Its own write is known here: the stamps alone miss one in the same millisecond with a value of the same length.
      cached = undefined
      return read()
    }
  }
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>
