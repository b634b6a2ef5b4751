import Database from 'better-sqlite3'
import { rebuildSearch } from '../transfer/fts'
import { columnsOf, dataTables, quoteName as q } from './tables'

/**
 * Replaces every row of the live store with the rows of a checked candidate file, in ONE transaction:
 * a failure anywhere leaves the live data exactly as it was. It runs on a second connection to the
 * live file, so the core's own connection (and its prepared statements) stay valid, and caches that
 * watch PRAGMA data_version see the change.
 */
export function replaceLiveData(liveFile: string, candidateFile: string): void {
  const conn = new Database(liveFile, { fileMustExist: true })
  try {
    // References are checked once, over everything, before the commit (foreign_key_check below); with
    // enforcement off, emptying a table is SQLite's quick truncate rather than a row-by-row delete.
    conn.pragma('foreign_keys = OFF')
    conn.pragma('synchronous = FULL')
    conn.pragma('busy_timeout = 5000')
    conn.prepare('ATTACH DATABASE ? AS incoming').run(candidateFile)
    try {
      conn.transaction(() => {
        const tables = dataTables(conn, 'main')
        const incoming = new Set(dataTables(conn, 'incoming'))
        for (const table of tables) conn.prepare(`DELETE FROM main.${q(table)}`).run()
        for (const table of tables) {
          if (!incoming.has(table)) continue
          const theirs = new Set(columnsOf(conn, table, 'incoming'))
          const cols = columnsOf(conn, table, 'main').filter((c) => theirs.has(c)).map(q).join(', ')
          conn.prepare(`INSERT INTO main.${q(table)} (${cols}) SELECT ${cols} FROM incoming.${q(table)}`).run()
        }
        rebuildSearch(conn)
        const broken = conn.pragma('foreign_key_check') as unknown[]
        if (broken.length > 0) throw new Error(`${broken.length} rows refer to records that are not there`)
      })()
    } finally {
      conn.prepare('DETACH DATABASE incoming').run()
    }
  } finally {
    conn.close()
  }
}
