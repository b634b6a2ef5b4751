import type Database from 'better-sqlite3'

/** Deleted records leave only their id and when, so a future sync can propagate the delete. */
export function createTombstonesRepo(db: Database.Database) {
  const insert = db.prepare(
    `INSERT INTO tombstones (id, entity, deleted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET deleted_at = excluded.deleted_at, updated_at = excluded.updated_at`
  )
  const remove = db.prepare('DELETE FROM tombstones WHERE id = ?')
  return {
    record(id: string, entity: string, at: string): void {
      insert.run(id, entity, at, at, at)
    },
    /** A record brought back under its old id (e.g. undo after a save deleted it) is no longer deleted. */
    forget(id: string): void {
      remove.run(id)
    }
  }
}
export type TombstonesRepo = ReturnType<typeof createTombstonesRepo>
