import {
  BackupCreate,
  BackupList,
  BackupEntry,
  BackupPreview,
  BackupSettings,
  BackupSettingsUpdate,
  CsvImportInput,
  CsvImportResult,
  CsvPreview,
  CsvPreviewInput,
  ExportClientInput,
  ExportResult,
  ExportStoreInput,
  ImportClientInput,
  ImportClientResult,
  ImportPreview,
  ImportPreviewInput,
  ImportStoreInput,
  ImportStoreResult,
  OpenFolderInput,
  OpenFolderResult,
  PathOnly,
  RecoveryBackups,
  RecoveryRestored,
  RecoveryStatus,
  RecoveryStatusQuery,
  RestoreInput,
  RestoreResult,
  SalvageInput,
  SalvageResult,
  UndoRestoreInput
} from '../data-safety'
import { EmptyInput } from '../common'
import { method } from './method'

// The data-safety part of the contract registry (spread into src/shared/api.ts). List every name here in
// ./data-safety-names.ts too: the preload's allow-list is built from those plain strings.
export const dataSafetyMethods = {
  'backups.list': method({ summary: 'Backups in the backup folder (newest first), with the restore that can be undone', input: EmptyInput, output: BackupList }),
  'backups.create': method({ summary: 'Back up now (a manual backup, checked after writing)', input: BackupCreate, output: BackupEntry }),
  'backups.settings': method({ summary: 'Backup folder, schedule and how many to keep', input: EmptyInput, output: BackupSettings }),
  'backups.updateSettings': method({ summary: 'Change the backup folder, schedule or rotation', input: BackupSettingsUpdate, output: BackupSettings }),
  'backups.preview': method({ summary: 'Check a backup or chosen data file: date, schema version, counts', input: PathOnly, output: BackupPreview }),
  'backups.restore': method({ summary: 'Replace all data with a checked backup (the current data is backed up first; needs confirm: true)', input: RestoreInput, output: RestoreResult }),
  'backups.undoRestore': method({ summary: 'Put back the data as it was before the last restore (needs confirm: true)', input: UndoRestoreInput, output: RestoreResult }),

  'transfer.exportStore': method({ summary: 'Export all data as a versioned JSON file (optionally password-protected)', input: ExportStoreInput, output: ExportResult }),
  'transfer.exportClient': method({ summary: 'Export one client with their programs and logs', input: ExportClientInput, output: ExportResult }),
  'transfer.previewImport': method({ summary: 'Check an export file and say what it holds', input: ImportPreviewInput, output: ImportPreview }),
  'transfer.importStore': method({ summary: 'Replace all data with a whole-store export (current data backed up first; needs confirm: true)', input: ImportStoreInput, output: ImportStoreResult }),
  'transfer.importClient': method({ summary: 'Add a client exported from Spotter (new ids if they clash)', input: ImportClientInput, output: ImportClientResult }),
  'transfer.previewClientsCsv': method({ summary: 'Read a CSV client list: columns, suggested mapping, first rows, row problems', input: CsvPreviewInput, output: CsvPreview }),
  'transfer.importClientsCsv': method({ summary: 'Import the good rows of a CSV client list; report the others', input: CsvImportInput, output: CsvImportResult }),

  'recovery.status': method({
    summary: 'Why the data file could not be opened (problem null when it opened); with afterCheck, once the start-up check of the whole file has finished',
    input: RecoveryStatusQuery,
    output: RecoveryStatus
  }),
  'recovery.backups': method({ summary: 'Backups that can replace a data file that cannot be opened', input: EmptyInput, output: RecoveryBackups }),
  'recovery.restore': method({ summary: 'Move the damaged file aside and put a checked backup in its place (needs confirm: true)', input: RestoreInput, output: RecoveryRestored }),
  'recovery.salvage': method({ summary: 'Export whatever rows of the damaged file can still be read, as JSON', input: SalvageInput, output: SalvageResult }),
  'recovery.openFolder': method({ summary: 'Use another data folder instead', input: OpenFolderInput, output: OpenFolderResult })
} as const
