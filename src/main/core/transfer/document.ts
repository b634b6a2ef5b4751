import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { z } from 'zod'
import { StoreCounts } from '../../../shared/data-safety'
import { badFile, fileFailure, mustBeFile, mustHaveFolder } from '../backup/fs-errors'
import { CoreFailure } from '../errors'
import { loadMigrations } from '../db/migrations'
import { isSealed, MAX_PLAIN_BYTES, seal, unseal } from './crypto'

// The export file: one JSON document, versioned, holding rows table by table. Table and column names
// come from the store's own schema, so tables added by later features travel without changes here.

export const EXPORT_FORMAT = 'spotter-export'
export const FORMAT_VERSION = 1
/** Files larger than this are refused before being read. */
export const MAX_FILE_BYTES = MAX_PLAIN_BYTES

const SqlName = z
  .string()
  .regex(/^[a-z_][a-z0-9_]{0,63}$/, { error: 'is not a table or column name Spotter uses' })
  // JSON.parse keeps "__proto__" as an ordinary key; copying it into an object would not.
  .refine((s) => !['__proto__', 'constructor', 'prototype'].includes(s), { error: 'is not a table or column name Spotter uses' })

/** A cell: SQLite's null, text, number, or a blob as base64. Checked by hand (millions of them). */
export type Cell = null | string | number | { $blob: string }

const TableDump = z.strictObject({
  columns: z.array(SqlName).min(1).max(200),
  rows: z.array(z.array(z.unknown()))
})

export const ExportDocument = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  kind: z.enum(['store', 'client']),
  exportedAt: z.string().max(40),
  appVersion: z.string().max(40),
  schemaVersion: z.int().min(1).max(100_000),
  counts: StoreCounts,
  clientId: z.string().max(64).nullable(),
  clientName: z.string().max(200).nullable(),
  tables: z.record(SqlName, TableDump)
})
export type ExportDocument = z.infer<typeof ExportDocument>

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

function checkCells(doc: ExportDocument, path: string): void {
  for (const [table, dump] of Object.entries(doc.tables)) {
    const width = dump.columns.length
    if (new Set(dump.columns).size !== width) throw badFile(`${path} is not a valid Spotter export: table ${table} names a column twice`)
    dump.rows.forEach((row, i) => {
      if (row.length !== width) throw badFile(`${path} is not a valid Spotter export: row ${i + 1} of ${table} has ${row.length} values for ${width} columns`)
      for (let c = 0; c < width; c++) {
        const v = row[c]
        const ok =
          v === null ||
          typeof v === 'string' ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && typeof (v as { $blob?: unknown }).$blob === 'string' && BASE64.test((v as { $blob: string }).$blob))
        if (!ok) throw badFile(`${path} is not a valid Spotter export: ${table}.${dump.columns[c]} in row ${i + 1} holds a value of the wrong type`)
      }
    })
  }
}

function describeZod(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'the document'}: ${i.message}`)
    .join('; ')
}

export interface ReadDocument {
  doc: ExportDocument
  encrypted: boolean
}

/** Reads, unseals and checks an export file; every refusal names the problem. */
export function readExportFile(path: string, password: string | undefined): ReadDocument {
  const size = mustBeFile(path)
  if (size === 0) throw badFile(`${path} is empty (0 bytes): it is not a Spotter export`)
  if (size > MAX_FILE_BYTES) throw badFile(`${path} is too large to import (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    fileFailure(error, path, 'read')
  }
  let value = parseJson(text, path)
  const encrypted = isSealed(value)
  if (encrypted) value = parseJson(unseal(value, password, path), path)
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== EXPORT_FORMAT) {
    throw badFile(`${path} is not a Spotter export (it is JSON, but not one Spotter wrote)`)
  }
  const head = value as { formatVersion?: unknown; schemaVersion?: unknown }
  if (typeof head.formatVersion === 'number' && head.formatVersion > FORMAT_VERSION) {
    throw badFile(`${path} was exported by a newer version of Spotter (export format ${head.formatVersion}; this app reads format ${FORMAT_VERSION}). Update Spotter to import it.`)
  }
  if (head.formatVersion !== FORMAT_VERSION) throw badFile(`${path} has an export format this app does not know (${JSON.stringify(head.formatVersion)?.slice(0, 20)})`)
  const latest = loadMigrations().length
  if (typeof head.schemaVersion === 'number' && head.schemaVersion > latest) {
    throw badFile(`${path} was exported by a newer version of Spotter (schema ${head.schemaVersion}; this app knows up to ${latest}). Update Spotter to import it.`)
  }
  const odd = oddKey(value)
  if (odd) throw badFile(`${path} is not a valid Spotter export: it has a field called "${odd}"`)
  const parsed = ExportDocument.safeParse(value)
  if (!parsed.success) throw badFile(`${path} is not a valid Spotter export: ${describeZod(parsed.error)}`)
  checkCells(parsed.data, path)
  return { doc: parsed.data, encrypted }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** Keys that would reach an object's prototype if copied, looked for where objects (not rows) are. */
function oddKey(value: unknown): string | null {
  const objects: unknown[] = [value]
  const tables = (value as { tables?: unknown }).tables
  if (tables && typeof tables === 'object') objects.push(tables, ...Object.values(tables))
  for (const o of objects) {
    if (!o || typeof o !== 'object') continue
    const found = Object.keys(o).find((k) => FORBIDDEN_KEYS.has(k))
    if (found) return found
  }
  return null
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    const trimmed = text.trimStart()
    if (trimmed.startsWith('{')) throw badFile(`${path} is cut short or damaged: it is not complete JSON`)
    throw badFile(`${path} is not a Spotter export (it is not a JSON file)`)
  }
}

/** Writes beside the target and renames, so an interrupted export never leaves half a file under the name. */
export function writeExportFile(path: string, doc: ExportDocument, password: string | undefined): number {
  mustHaveFolder(path)
  let text: string
  try {
    const json = JSON.stringify(doc)
    text = password === undefined ? json : seal(json, password)
  } catch (error) {
    // V8 strings stop at about 512 MB: a store that large travels as a backup file instead.
    if (error instanceof RangeError) {
      throw new CoreFailure('conflict', 'This data is too large to export as one JSON file; use "Back up now" and copy the backup file instead', [{ path: 'path', message: 'Too large for a JSON export' }])
    }
    throw error
  }
  const partial = `${path}.partial`
  try {
    writeFileSync(partial, text, { mode: 0o600 })
    renameSync(partial, path)
  } catch (error) {
    rmSync(partial, { force: true })
    fileFailure(error, path, 'write')
  }
  return Buffer.byteLength(text)
}
