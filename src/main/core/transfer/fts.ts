import type Database from 'better-sqlite3'
import { createClientsRepo, searchDocument } from '../clients/repo'
import { exerciseSearchColumns, type StoredContent } from '../exercises/repo'
import { searchTables } from '../backup/tables'

// Search indexes are never copied from a file (a crafted index could corrupt searches or worse):
// after a restore or import they are rebuilt from the rows they index, by the domain's own rules.

// Each rebuilder yields now and then, so a caller can spread a big rebuild over several turns (rebuildInSteps).
type Rebuilder = (db: Database.Database) => Generator<void, void, void>
const ROWS_PER_STEP = 50

const REBUILDERS: Record<string, Rebuilder> = {
  *clients_search(db) {
    db.prepare('DELETE FROM clients_search').run()
    yield
    const repo = createClientsRepo(db)
    const insert = db.prepare('INSERT INTO clients_search (client_id, doc) VALUES (?, ?)')
    for (const [i, id] of (db.prepare('SELECT id FROM clients').pluck().all() as string[]).entries()) {
      const client = repo.get(id)
      if (client) insert.run(id, searchDocument(client))
      if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield
    }
  },
  *exercises_search(db) {
    db.prepare("INSERT INTO exercises_search (exercises_search) VALUES ('delete-all')").run()
    yield
    const insert = db.prepare('INSERT INTO exercises_search (rowid, name, aliases, muscles, cues) VALUES (?, ?, ?, ?, ?)')
    for (const [i, row] of (db.prepare('SELECT search_key, content FROM exercises').all() as { search_key: number; content: string }[]).entries()) {
      insert.run(row.search_key, ...exerciseSearchColumns(JSON.parse(row.content) as StoredContent))
      if (i % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield
    }
  }
}

/** Search tables without a rebuilder: a new FTS table must add one here (a test checks none is missing). */
export function searchTablesWithoutRebuilder(db: Database.Database): string[] {
  return searchTables(db).filter((t) => !(t in REBUILDERS))
}

/**
 * Rebuilds every search index of the main schema from its rows, pausing (yield) every few hundred rows;
 * run it inside the write's transaction to its end.
 */
export function* rebuildInSteps(db: Database.Database): Generator<void, void, void> {
  for (const table of searchTables(db)) {
    const rebuild = REBUILDERS[table]
    if (!rebuild) throw new Error(`Spotter does not know how to rebuild the search index ${table}`)
    yield* rebuild(db)
  }
}

/** Rebuilds every search index of the main schema from its rows (call inside the write's transaction). */
export function rebuildSearch(db: Database.Database): void {
  for (const _step of rebuildInSteps(db)) continue
}
