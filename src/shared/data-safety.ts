import { z } from 'zod'
import { Id, Timestamp, line } from './common'

// Data safety: backups, restore, whole-store and one-client export/import, CSV client import, and the
// recovery screen shown when the data file cannot be opened. Paths are absolute paths the trainer
// chose in a dialog (host.choose*); the core never picks a file on its own outside its data folder.

/** An absolute file path (POSIX "/...", Windows "C:\..." or "\\server\..."), without control characters. */
export const FilePath = z
  .string({ error: 'A file path must be text' })
  .min(1, { error: 'Choose a file' })
  .max(4096, { error: 'A file path must be at most 4096 characters' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'Must be a full path (starting at a drive or /)' })
  .refine((p) => !/[\u0000-\u001f]/.test(p), { error: 'The path contains control characters' })

/** Where an export is written: a .json file (the app never writes other kinds of file it is pointed at). */
export const JsonFilePath = FilePath.refine((p) => p.toLowerCase().endsWith('.json'), { error: 'An export file name ends in .json' })

/** Optional password on an exported file (AES-256-GCM, key derived with scrypt). */
export const Password = z
  .string({ error: 'The password must be text' })
  .min(8, { error: 'A password needs at least 8 characters' })
  .max(200, { error: 'A password must be at most 200 characters' })

const Confirm = (what: string) => z.literal(true, { error: `${what} needs confirm: true` })

/** What a data file holds, in the numbers a trainer recognises. */
export const StoreCounts = z.object({
  clients: z.int(),
  /** Client programs (templates not counted). */
  programs: z.int(),
  /** Workout logs (sessions and sets recorded); 0 in stores from before progress tracking. */
  logs: z.int()
})
export type StoreCounts = z.infer<typeof StoreCounts>

export const BACKUP_KINDS = ['automatic', 'manual', 'before-restore', 'before-import'] as const
export type BackupKind = (typeof BACKUP_KINDS)[number]

export const BackupEntry = z.object({
  path: z.string(),
  fileName: z.string(),
  kind: z.enum(BACKUP_KINDS),
  createdAt: Timestamp,
  sizeBytes: z.int(),
  schemaVersion: z.int().nullable(),
  /** null when the file could not be read (it is listed so the trainer sees it, but cannot be restored). */
  counts: StoreCounts.nullable(),
  /** Plain words when the file failed its check, else null. */
  problem: z.string().nullable()
})
export type BackupEntry = z.infer<typeof BackupEntry>

export const BackupSettings = z.object({
  /** Where backups go: the chosen folder, or `<data folder>/backups` by default. */
  folder: z.string(),
  defaultFolder: z.string(),
  automatic: z.boolean(),
  everyHours: z.int(),
  keepDaily: z.int(),
  keepWeekly: z.int(),
  keepManual: z.int()
})
export type BackupSettings = z.infer<typeof BackupSettings>

export const BackupSettingsUpdate = z.strictObject({
  /** null goes back to the default folder. */
  folder: FilePath.nullable().optional(),
  automatic: z.boolean({ error: 'Automatic backups is on or off' }).optional(),
  everyHours: z.int({ error: 'Hours must be a whole number' }).min(1, { error: 'At least every hour' }).max(168, { error: 'At most every 168 hours (a week)' }).optional(),
  keepDaily: z.int({ error: 'Must be a whole number' }).min(1, { error: 'Keep at least 1 daily backup' }).max(60, { error: 'Keep at most 60 daily backups' }).optional(),
  keepWeekly: z.int({ error: 'Must be a whole number' }).min(0, { error: 'Cannot be negative' }).max(52, { error: 'Keep at most 52 weekly backups' }).optional(),
  keepManual: z.int({ error: 'Must be a whole number' }).min(1, { error: 'Keep at least 1 manual backup' }).max(100, { error: 'Keep at most 100 manual backups' }).optional()
})
export type BackupSettingsUpdate = z.input<typeof BackupSettingsUpdate>

/** The restore that can still be undone (its "before restore" backup), if any. */
export const UndoableRestore = z.object({
  restoredAt: Timestamp,
  restoredFrom: z.string(),
  beforeRestore: z.string()
})

export const BackupList = z.object({
  folder: z.string(),
  backups: z.array(BackupEntry),
  lastBackupAt: Timestamp.nullable(),
  /** When the next automatic backup is due (null when automatic backups are off). */
  nextBackupAt: Timestamp.nullable(),
  undo: UndoableRestore.nullable()
})
export type BackupList = z.infer<typeof BackupList>

export const BackupCreate = z.strictObject({})

export const PathOnly = z.strictObject({ path: FilePath })

export const BackupPreview = z.object({
  path: z.string(),
  createdAt: Timestamp,
  sizeBytes: z.int(),
  schemaVersion: z.int(),
  /** The schema version of this app; an older backup is upgraded (in a copy) when restored. */
  appSchemaVersion: z.int(),
  needsUpgrade: z.boolean(),
  counts: StoreCounts
})
export type BackupPreview = z.infer<typeof BackupPreview>

export const RestoreInput = z.strictObject({ path: FilePath, confirm: Confirm('Restoring a backup') })
export const UndoRestoreInput = z.strictObject({ confirm: Confirm('Undoing a restore') })

export const RestoreResult = z.object({
  restoredFrom: z.string(),
  /** The backup of the data as it was just before; restoring it undoes this restore. */
  beforeRestore: BackupEntry,
  counts: StoreCounts
})
export type RestoreResult = z.infer<typeof RestoreResult>

// ---- export / import --------------------------------------------------------------------------

export const ExportStoreInput = z.strictObject({ path: JsonFilePath, password: Password.optional() })
export const ExportClientInput = z.strictObject({ clientId: Id, path: JsonFilePath, password: Password.optional() })

export const ExportResult = z.object({
  path: z.string(),
  sizeBytes: z.int(),
  encrypted: z.boolean(),
  counts: StoreCounts
})
export type ExportResult = z.infer<typeof ExportResult>

export const ImportPreviewInput = z.strictObject({ path: FilePath, password: Password.optional() })

export const ImportPreview = z.object({
  /** A whole store (replaces everything) or one client (added beside the others). */
  kind: z.enum(['store', 'client']),
  formatVersion: z.int(),
  exportedAt: Timestamp,
  appVersion: z.string(),
  schemaVersion: z.int(),
  encrypted: z.boolean(),
  counts: StoreCounts,
  /** The client's name for a one-client file, else null. */
  clientName: z.string().nullable()
})
export type ImportPreview = z.infer<typeof ImportPreview>

export const ImportStoreInput = z.strictObject({ path: FilePath, password: Password.optional(), confirm: Confirm('Replacing all data with an import') })

export const ImportStoreResult = z.object({
  counts: StoreCounts,
  /** The data as it was before the import (restore it to go back). */
  beforeImport: BackupEntry
})

export const ImportClientInput = z.strictObject({ path: FilePath, password: Password.optional() })

export const ImportClientResult = z.object({
  clientId: Id,
  clientName: z.string(),
  programs: z.int(),
  logs: z.int(),
  /** True when ids already in this store were replaced by new ones (the client was already here). */
  newIds: z.boolean()
})

// ---- CSV client list ---------------------------------------------------------------------------

/** Client fields a CSV column can fill. */
export const CSV_CLIENT_FIELDS = ['name', 'email', 'phone', 'dateOfBirth', 'sex', 'heightCm', 'weightKg', 'goals', 'level', 'trainingLocation', 'notes', 'tags'] as const
export type CsvClientField = (typeof CSV_CLIENT_FIELDS)[number]

const ColumnName = line(200, 'Column name').nullable().optional()

/** Which CSV column fills each client field (null or absent: not imported). Name is required. */
export const CsvMapping = z.strictObject({
  name: line(200, 'Column name').pipe(z.string().min(1, { error: 'Choose the column with the client names' })),
  email: ColumnName,
  phone: ColumnName,
  dateOfBirth: ColumnName,
  sex: ColumnName,
  heightCm: ColumnName,
  weightKg: ColumnName,
  goals: ColumnName,
  level: ColumnName,
  trainingLocation: ColumnName,
  notes: ColumnName,
  tags: ColumnName
})
export type CsvMapping = z.input<typeof CsvMapping>

export const CsvRowError = z.object({
  /** Line of the data row in the file (the header is line 1). */
  line: z.int(),
  /** Client field, or "" for the whole row. */
  field: z.string(),
  column: z.string().nullable(),
  message: z.string()
})
export type CsvRowError = z.infer<typeof CsvRowError>

export const CsvPreviewInput = z.strictObject({ path: FilePath })

export const CsvPreview = z.object({
  columns: z.array(z.string()),
  /** Field -> column guessed from the header names (null: no column looks like it). */
  suggestedMapping: z.record(z.string(), z.string().nullable()),
  fields: z.array(z.object({ field: z.string(), label: z.string(), required: z.boolean() })),
  /** The first rows, as read (at most 10). */
  sampleRows: z.array(z.array(z.string())),
  totalRows: z.int(),
  /** Problems found with the suggested mapping (at most 200 listed; errorCount counts them all). */
  errors: z.array(CsvRowError),
  errorCount: z.int()
})
export type CsvPreview = z.infer<typeof CsvPreview>

export const CsvImportInput = z.strictObject({ path: FilePath, mapping: CsvMapping })

export const CsvImportResult = z.object({
  imported: z.int(),
  skipped: z.int(),
  /** Every skipped row's problems (at most 1000 listed; errorCount counts them all). */
  errors: z.array(CsvRowError),
  errorCount: z.int()
})
export type CsvImportResult = z.infer<typeof CsvImportResult>

// ---- recovery (the data file could not be opened) ----------------------------------------------

export const STORE_PROBLEMS = ['damaged', 'not_sqlite', 'empty_file', 'newer_version', 'migration_edited', 'unreadable', 'foreign', 'migration_failed'] as const

export const RecoveryStatusQuery = z.strictObject({
  /**
   * Answer only once the whole-file check the app runs at start (on a worker thread, while the data is
   * already shown) has finished: the answer then says whether it found damage.
   */
  afterCheck: z.boolean().optional()
})

export const RecoveryStatus = z.object({
  /** null when the data file opened normally (the normal core answers this way). */
  problem: z.enum(STORE_PROBLEMS).nullable(),
  /** One-line heading, e.g. "Your data file is damaged". */
  title: z.string(),
  /** What is wrong and what was (not) done, in plain words. */
  message: z.string(),
  file: z.string(),
  dataDir: z.string(),
  /** Whether salvage is worth offering (the file is an SQLite file with tables we know). */
  canSalvage: z.boolean()
})
export type RecoveryStatus = z.infer<typeof RecoveryStatus>

export const RecoveryBackups = z.object({ folder: z.string(), backups: z.array(BackupEntry) })

export const RecoveryRestored = z.object({
  restoredFrom: z.string(),
  /** Where the damaged file was moved (never deleted). */
  damagedFileMovedTo: z.string().nullable(),
  counts: StoreCounts
})

export const SalvageInput = z.strictObject({ path: JsonFilePath })

export const SalvageResult = z.object({
  path: z.string(),
  /** Per table: rows read, and whether reading stopped early on damage. */
  tables: z.array(z.object({ name: z.string(), rows: z.int(), complete: z.boolean() })),
  counts: StoreCounts,
  complete: z.boolean()
})
export type SalvageResult = z.infer<typeof SalvageResult>

export const OpenFolderInput = z.strictObject({ path: FilePath })
export const OpenFolderResult = z.object({ dataDir: z.string() })
