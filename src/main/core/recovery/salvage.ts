import { copyFileSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { SalvageResult } from '../../../shared/data-safety'
import { workFolder } from '../backup/candidate'
import { badFile, fileFailure, mustBeFile } from '../backup/fs-errors'
import { columnsOf, dataTables, quoteName as q } from '../backup/tables'
import { loadMigrations } from '../db/migrations'
import { countsInClientDocument } from '../transfer/client'
import { EXPORT_FORMAT, FORMAT_VERSION, writeExportFile, type Cell, type ExportDocument } from '../transfer/document'

// Salvage: read whatever rows of a damaged file can still be read, from a copy (the damaged file is
// only ever read), into an ordinary export file. Reading steps past damaged pages where it can.

const SKIPS = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000]

function toCell(value: unknown): Cell {
  if (Buffer.isBuffer(value)) return { $blob: value.toString('base64') }
  if (typeof value === 'bigint') return Number(value)
  return value as Cell
}

function readTable(db: Database.Database, table: string): { columns: string[]; rows: Cell[][]; complete: boolean } {
  const columns = columnsOf(db, table)
  const select = db.prepare(`SELECT rowid, ${columns.map(q).join(', ')} FROM ${q(table)} WHERE rowid > ? ORDER BY rowid`).raw()
  const rows: Cell[][] = []
  let complete = true
  let after = -Infinity
  let skip = 0
  for (;;) {
    try {
      for (const row of select.iterate(after === -Infinity ? -9007199254740991 : after) as IterableIterator<unknown[]>) {
        after = Number(row[0])
        rows.push(row.slice(1).map(toCell))
        skip = 0
      }
      return { columns, rows, complete }
    } catch {
      // A damaged page: jump ahead by growing steps and try again.
      complete = false
      if (skip >= SKIPS.length) return { columns, rows, complete }
      after = (after === -Infinity ? 0 : after) + (SKIPS[skip] ?? 1)
      skip++
    }
  }
}

export function salvageStore(dataFile: string, dataDir: string, target: string, version: string): SalvageResult {
  mustBeFile(dataFile, 'path')
  const dir = workFolder(dataDir)
  try {
    const copy = join(dir, 'damaged.db')
    try {
      copyFileSync(dataFile, copy)
      if (existsSync(`${dataFile}-wal`)) copyFileSync(`${dataFile}-wal`, `${copy}-wal`)
    } catch (error) {
      fileFailure(error, dataFile, 'read')
    }
    let db: Database.Database
    let tables: string[]
    try {
      db = new Database(copy, { fileMustExist: true })
      tables = dataTables(db)
    } catch (error) {
      throw badFile(`Nothing could be read from ${dataFile}: ${error instanceof Error ? error.message : String(error)}`)
    }
    try {
      let schemaVersion = loadMigrations().length
      try {
        schemaVersion = Math.max(1, db.pragma('user_version', { simple: true }) as number)
      } catch {
        // keep the app's own version
      }
      const read = tables.map((name) => ({ name, ...readTable(db, name) }))
      const doc: ExportDocument = {
        format: EXPORT_FORMAT,
        formatVersion: FORMAT_VERSION,
        kind: 'store',
        exportedAt: new Date().toISOString(),
        appVersion: version,
        schemaVersion,
        counts: { clients: 0, programs: 0, logs: 0 },
        clientId: null,
        clientName: null,
        tables: Object.fromEntries(read.map((t) => [t.name, { columns: t.columns, rows: t.rows }]))
      }
      doc.counts = countsInClientDocument(doc)
      writeExportFile(target, doc, undefined)
      return {
        path: target,
        tables: read.map((t) => ({ name: t.name, rows: t.rows.length, complete: t.complete })),
        counts: doc.counts,
        complete: read.every((t) => t.complete)
      }
    } finally {
      db.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
