import { readFileSync } from 'node:fs'
import Papa from 'papaparse'
import { z } from 'zod'
import { ClientInput } from '../../../shared/clients'
import { CSV_CLIENT_FIELDS, type CsvClientField, type CsvImportResult, type CsvMapping, type CsvPreview, type CsvRowError } from '../../../shared/data-safety'
import { badFile, fileFailure, mustBeFile } from '../backup/fs-errors'
import type { CoreDeps } from '../deps'
import { CoreFailure } from '../errors'
import { FIELD_LABELS, parseChoice, parseDate, parseNumber, suggestMapping } from './csv-fields'

// A client list from a spreadsheet: the trainer maps columns to fields, good rows are imported in
// one transaction, and every bad row is reported with its line, field and the reason.

const MAX_CSV_BYTES = 20 * 1024 * 1024
const MAX_ROWS = 50_000
const PREVIEW_ERRORS = 200
const IMPORT_ERRORS = 1000

interface Table {
  columns: string[]
  rows: string[][]
}

function readCsv(path: string): Table {
  const size = mustBeFile(path)
  if (size > MAX_CSV_BYTES) throw badFile(`${path} is too large for a client list (${Math.round(size / 1024 / 1024)} MB; the limit is 20 MB)`)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (error) {
    fileFailure(error, path, 'read')
  }
  if (text.includes('\u0000')) throw badFile(`${path} is not a text (CSV) file`)
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header, ...rows] = parsed.data
  if (!header || header.every((h) => h.trim() === '')) throw badFile(`${path} has no header row: the first line should name the columns`)
  if (rows.length > MAX_ROWS) throw badFile(`${path} has ${rows.length} rows; import at most ${MAX_ROWS} at a time`)
  const columns = header.map((h, i) => h.trim() || `Column ${i + 1}`)
  if (new Set(columns).size !== columns.length) throw badFile(`${path} names a column twice in its header: rename one of them`)
  return { columns, rows }
}

type Mapping = Partial<Record<CsvClientField, string | null>>

interface RowOutcome {
  input?: z.output<typeof ClientInput>
  errors: CsvRowError[]
}

function convertRow(row: string[], line: number, table: Table, mapping: Mapping): RowOutcome {
  const errors: CsvRowError[] = []
  const columnOf = {} as Record<string, string | null>
  const input: Record<string, unknown> = {}
  for (const field of CSV_CLIENT_FIELDS) {
    const column = mapping[field] ?? null
    columnOf[field] = column
    if (!column) continue
    // A quote before = + - @ is how spreadsheet-safe exports (ours included) escape formulas: take it off.
    const cell = (row[table.columns.indexOf(column)] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '')
    const fail = (message: string) => errors.push({ line, field, column, message })
    if (cell === '') continue
    switch (field) {
      case 'dateOfBirth': {
        const date = parseDate(cell)
        if ('error' in date) fail(date.error)
        else input[field] = date.value
        break
      }
      case 'heightCm':
      case 'weightKg': {
        const n = parseNumber(cell)
        if (n === null) fail(`"${cell.slice(0, 40)}" is not a number`)
        else input[field] = n
        break
      }
      case 'sex':
      case 'level':
      case 'trainingLocation':
        input[field] = parseChoice(field, cell)
        break
      case 'tags':
        input[field] = cell.split(/[;,]/).map((t) => t.trim()).filter(Boolean)
        break
      default:
        input[field] = cell
    }
  }
  const parsed = ClientInput.safeParse(input)
  if (!parsed.success) {
    const seen = new Set(errors.map((e) => e.field))
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '')
      if (seen.has(field)) continue
      seen.add(field)
      const message = field === 'name' && input.name === undefined ? 'The name is empty' : issue.message
      errors.push({ line, field, column: columnOf[field] ?? null, message })
    }
  }
  return errors.length > 0 ? { errors } : { input: parsed.data, errors }
}

function checkMappingColumns(table: Table, mapping: Mapping): void {
  for (const [field, column] of Object.entries(mapping)) {
    if (column && !table.columns.includes(column)) {
      throw new CoreFailure('conflict', `The file has no column called "${column}"`, [{ path: `mapping.${field}`, message: 'No such column in the file' }])
    }
  }
}

/** Rows already here (same email) or twice in the file are reported rather than doubled. */
function duplicateCheck(deps: CoreDeps) {
  const known = new Set((deps.db.prepare('SELECT lower(email) FROM clients WHERE email IS NOT NULL').pluck().all() as string[]))
  return (outcome: RowOutcome, line: number, column: string | null): RowOutcome => {
    const email = outcome.input?.email?.toLowerCase()
    if (!email) return outcome
    if (known.has(email)) return { errors: [{ line, field: 'email', column, message: `A client with the email ${email} is already in Spotter (or earlier in this file)` }] }
    known.add(email)
    return outcome
  }
}

export function previewClientsCsv(path: string): CsvPreview {
  const table = readCsv(path)
  const mapping = suggestMapping(table.columns)
  const errors: CsvRowError[] = []
  let errorCount = 0
  if (mapping.name) {
    table.rows.forEach((row, i) => {
      const outcome = convertRow(row, i + 2, table, mapping)
      errorCount += outcome.errors.length
      if (errors.length < PREVIEW_ERRORS) errors.push(...outcome.errors.slice(0, PREVIEW_ERRORS - errors.length))
    })
  }
  return {
    columns: table.columns,
    suggestedMapping: mapping,
    fields: CSV_CLIENT_FIELDS.map((field) => ({ field, label: FIELD_LABELS[field], required: field === 'name' })),
    sampleRows: table.rows.slice(0, 10).map((r) => table.columns.map((_, i) => r[i] ?? '')),
    totalRows: table.rows.length,
    errors,
    errorCount
  }
}

export function importClientsCsv(deps: CoreDeps, path: string, mapping: z.output<typeof CsvMapping>): CsvImportResult {
  const table = readCsv(path)
  checkMappingColumns(table, mapping)
  const dedupe = duplicateCheck(deps)
  const errors: CsvRowError[] = []
  let errorCount = 0
  let skipped = 0
  const good: z.output<typeof ClientInput>[] = []
  table.rows.forEach((row, i) => {
    const line = i + 2
    const outcome = dedupe(convertRow(row, line, table, mapping), line, mapping.email ?? null)
    if (outcome.input) good.push(outcome.input)
    else {
      skipped++
      errorCount += outcome.errors.length
      if (errors.length < IMPORT_ERRORS) errors.push(...outcome.errors.slice(0, IMPORT_ERRORS - errors.length))
    }
  })
  deps.db.transaction(() => {
    for (const fields of good) deps.clients.create(fields)
  })()
  return { imported: good.length, skipped, errors, errorCount }
}
