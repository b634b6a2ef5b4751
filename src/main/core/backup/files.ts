import { readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { BACKUP_KINDS, type BackupEntry, type BackupKind } from '../../../shared/data-safety'
import { countsOf } from './tables'

// Backup files: "spotter-2026-11-21_21-58-06-123Z-automatic.db". The UTC timestamp sorts as text,
// and the kind says why the backup was made; other files in the folder are left alone.

const NAME = new RegExp(`^spotter-(\\d{4}-\\d{2}-\\d{2})_(\\d{2})-(\\d{2})-(\\d{2})-(\\d{3})Z-(${BACKUP_KINDS.join('|')})\\.db$`)

export function backupFileName(kind: BackupKind, at: Date): string {
  const iso = at.toISOString() // 2026-11-21T21:58:06.123Z
  const stamp = `${iso.slice(0, 10)}_${iso.slice(11, 13)}-${iso.slice(14, 16)}-${iso.slice(17, 19)}-${iso.slice(20, 23)}Z`
  return `spotter-${stamp}-${kind}.db`
}

export interface BackupFile {
  path: string
  fileName: string
  kind: BackupKind
  createdAt: string
}

export function parseBackupName(folder: string, fileName: string): BackupFile | null {
  const m = NAME.exec(fileName)
  if (!m) return null
  const [, day, hh, mm, ss, ms, kind] = m
  return { path: join(folder, fileName), fileName, kind: kind as BackupKind, createdAt: `${day}T${hh}:${mm}:${ss}.${ms}Z` }
}

/** The backups in a folder, newest first (an absent folder has none). */
export function backupFiles(folder: string): BackupFile[] {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return []
  }
  return names
    .map((n) => parseBackupName(folder, n))
    .filter((b): b is BackupFile => b !== null)
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : b.fileName.localeCompare(a.fileName)))
}

// Reading counts opens each file; the answer is kept while the file's size and time are unchanged.
const described = new Map<string, { key: string; entry: BackupEntry }>()

/** A backup with its counts, read-only; a file that cannot be read is listed with the problem in words. */
export function describeBackup(file: BackupFile): BackupEntry {
  let size = 0
  let key = ''
  try {
    const stat = statSync(file.path)
    size = stat.size
    key = `${stat.size}:${stat.mtimeMs}`
  } catch {
    return { ...file, sizeBytes: 0, schemaVersion: null, counts: null, problem: 'The file could not be read' }
  }
  const cached = described.get(file.path)
  if (cached && cached.key === key) return cached.entry
  let entry: BackupEntry
  let db: Database.Database | undefined
  try {
    db = new Database(file.path, { readonly: true, fileMustExist: true })
    const schemaVersion = db.pragma('user_version', { simple: true }) as number
    entry = { ...file, sizeBytes: size, schemaVersion, counts: countsOf(db), problem: null }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    entry = { ...file, sizeBytes: size, schemaVersion: null, counts: null, problem: `The file could not be read (${detail})` }
  } finally {
    db?.close()
  }
  described.set(file.path, { key, entry })
  return entry
}

export interface RotationRules {
  keepDaily: number
  keepWeekly: number
  keepManual: number
  /** Never removed (e.g. the backup an undo needs). */
  keep: ReadonlySet<string>
  now: Date
}

const SAFETY_COPIES_KEPT = 5

function localDay(iso: string): string {
  const d = new Date(iso)
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`
}

/** Monday of the local week, as a key. */
function localWeek(iso: string): string {
  const d = new Date(iso)
  d.setHours(0, 0, 0, 0)
  d.setDate(d.getDate() - ((d.getDay() + 6) % 7))
  return `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`
}

/**
 * Which backups rotation removes. Automatic: every one of the last 24 hours, then the newest of each of
 * the last keepDaily days, then the newest of each of the last keepWeekly weeks. Manual: the newest
 * keepManual. "Before restore/import" copies: the newest 5 of each. The newest backup always stays.
 */
export function backupsToRemove(files: BackupFile[], rules: RotationRules): BackupFile[] {
  const kept = new Set<string>(rules.keep)
  if (files[0]) kept.add(files[0].path)
  const dayAgo = rules.now.getTime() - 24 * 3600 * 1000
  const automatic = files.filter((f) => f.kind === 'automatic')
  const days = new Set<string>()
  const weeks = new Set<string>()
  // Weeks that already have a daily backup kept do not use up a weekly place.
  const coveredWeeks = new Set<string>()
  for (const f of automatic) {
    const day = localDay(f.createdAt)
    const week = localWeek(f.createdAt)
    if (new Date(f.createdAt).getTime() >= dayAgo) {
      kept.add(f.path)
      days.add(day)
      coveredWeeks.add(week)
    } else if (!days.has(day) && days.size < rules.keepDaily) {
      days.add(day)
      coveredWeeks.add(week)
      kept.add(f.path)
    } else if (!days.has(day) && !coveredWeeks.has(week) && !weeks.has(week) && weeks.size < rules.keepWeekly) {
      weeks.add(week)
      kept.add(f.path)
    }
  }
  for (const f of files.filter((f) => f.kind === 'manual').slice(0, rules.keepManual)) kept.add(f.path)
  for (const kind of ['before-restore', 'before-import'] as const) {
    for (const f of files.filter((f) => f.kind === kind).slice(0, SAFETY_COPIES_KEPT)) kept.add(f.path)
  }
  return files.filter((f) => !kept.has(f.path))
}

export function removeBackups(files: BackupFile[]): void {
  for (const f of files) {
    rmSync(f.path, { force: true })
    described.delete(f.path)
  }
}
