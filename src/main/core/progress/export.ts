import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import Papa from 'papaparse'
import type { SetTarget } from '../../../shared/logs'
import { CoreFailure } from '../errors'
import { newId } from '../ids'

// CSV of session logs (one row per set) and of measurements, for a spreadsheet or the client's
// doctor. Cells a spreadsheet would run as a formula (=, +, -, @ first) are escaped by papaparse;
// the file is written beside its destination and renamed over it, so a crash leaves the old file or
// the new one, never half of either.

const LOG_COLUMNS = [
  'Client', 'Date', 'Start time', 'Session', 'Program', 'Week', 'Exercise', 'Label', 'Set', 'Status', 'Reps', 'Load (kg)', 'Hold (s)',
  'Duration (s)', 'Distance (m)', 'RPE', 'Target', 'Pain area', 'Pain note', 'Session effort', 'Session minutes', 'Session notes'
]
const MEASUREMENT_COLUMNS = ['Client', 'Date', 'Measurement', 'Value', 'Unit', 'Note']

const UNITS: Record<string, string> = { mass: 'kg', length: 'cm', percent: '%', 'heart-rate': 'bpm', seconds: 's', count: '' }

const CHUNK = 2000
const OPTIONS = { escapeFormulae: true, newline: '\r\n' } as const

export function createCsvExport(db: Database.Database) {
  const where = (column: string, clientId: string | null) => (clientId ? `WHERE ${column} = ?` : '')
  const args = (clientId: string | null) => (clientId ? [clientId] : [])

  function* logRows(clientId: string | null): Generator<unknown[]> {
    const rows = db
      .prepare(
        `SELECT c.name AS client, l.date, l.start_time, l.title, p.name AS program, l.week_number, x.name AS exercise, e.label, s.position, s.status,
           s.reps, s.load_kg, s.hold_seconds, s.duration_seconds, s.distance_m, s.rpe, s.target, f.area AS pain_area, f.note AS pain_note,
           l.effort, l.duration_minutes, l.notes
         FROM log_sets s
         JOIN log_entries e ON e.id = s.entry_id
         JOIN session_logs l ON l.id = e.log_id
         JOIN clients c ON c.id = l.client_id
         JOIN exercises x ON x.id = e.exercise_id
         LEFT JOIN programs p ON p.id = l.program_id
         LEFT JOIN pain_flags f ON f.set_id = s.id
         ${where('l.client_id', clientId)}
         ORDER BY c.sort_name, l.date, l.start_time, l.id, e.position, s.position`
      )
      .iterate(...args(clientId)) as IterableIterator<Record<string, string | number | null>>
    for (const r of rows) {
      yield [
        r.client, r.date, r.start_time, r.title, r.program, r.week_number, r.exercise, r.label, Number(r.position) + 1, r.status, r.reps, r.load_kg,
        r.hold_seconds, r.duration_seconds, r.distance_m, r.rpe, r.target ? (JSON.parse(String(r.target)) as SetTarget).text : null, r.pain_area,
        r.pain_note, r.effort, r.duration_minutes, r.notes
      ]
    }
  }

  function* measurementRows(clientId: string | null): Generator<unknown[]> {
    const rows = db
      .prepare(
        `SELECT c.name AS client, m.date, t.name AS type, m.value, t.unit_kind, m.note
         FROM measurements m JOIN measurement_types t ON t.id = m.type_id JOIN clients c ON c.id = m.client_id
         ${where('m.client_id', clientId)}
         ORDER BY c.sort_name, m.date, t.position`
      )
      .iterate(...args(clientId)) as IterableIterator<Record<string, string | number | null>>
    for (const r of rows) yield [r.client, r.date, r.type, r.value, UNITS[String(r.unit_kind)] ?? '', r.note]
  }

  function countOf(kind: 'logs' | 'measurements', clientId: string | null): number {
    const sql =
      kind === 'logs'
        ? `SELECT count(*) FROM log_sets s JOIN session_logs l ON l.id = s.log_id ${where('l.client_id', clientId)}`
        : `SELECT count(*) FROM measurements m ${where('m.client_id', clientId)}`
    return db.prepare(sql).pluck().get(...args(clientId)) as number
  }

  /** Rows are read and written a chunk at a time (a whole store's logs can be a million sets); `report` follows along. */
  return function exportCsv(
    kind: 'logs' | 'measurements',
    clientId: string | null,
    path: string,
    report: (done: number, total: number) => void = () => {}
  ): { path: string; rows: number } {
    const temp = join(dirname(path), `.${basename(path)}.${newId()}.tmp`)
    let written = 0
    try {
      const fd = openSync(temp, 'wx')
      try {
        // One read transaction: the file is one consistent picture even if a save lands meanwhile.
        db.transaction(() => {
          const total = countOf(kind, clientId)
          // A byte-order mark so spreadsheet programs read the names' accents as UTF-8.
          writeSync(fd, `\ufeff${Papa.unparse([kind === 'logs' ? LOG_COLUMNS : MEASUREMENT_COLUMNS], OPTIONS)}\r\n`)
          let batch: unknown[][] = []
          const flush = () => {
            if (batch.length === 0) return
            writeSync(fd, `${Papa.unparse(batch, OPTIONS)}\r\n`)
            written += batch.length
            batch = []
            report(written, total)
          }
          for (const row of kind === 'logs' ? logRows(clientId) : measurementRows(clientId)) {
            batch.push(row)
            if (batch.length === CHUNK) flush()
          }
          flush()
        })()
        fsyncSync(fd)
      } finally {
        closeSync(fd)
      }
      renameSync(temp, path)
    } catch (error) {
      rmSync(temp, { force: true })
      const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : 'unknown'
      throw new CoreFailure('unavailable', `Could not write ${path} (${reason}); choose another folder`, [{ path: 'path', message: 'Cannot write here' }])
    }
    return { path, rows: written }
  }
}
