// Plain method names of ./data-safety.ts, for the sandboxed preload (which cannot bundle zod).
// src/shared/method-names.ts checks at compile time that every registry name is listed.
export const DATA_SAFETY_METHOD_NAMES = [
  'backups.list',
  'backups.create',
  'backups.settings',
  'backups.updateSettings',
  'backups.preview',
  'backups.restore',
  'backups.undoRestore',
  'transfer.exportStore',
  'transfer.exportClient',
  'transfer.previewImport',
  'transfer.importStore',
  'transfer.importClient',
  'transfer.previewClientsCsv',
  'transfer.importClientsCsv',
  'recovery.status',
  'recovery.backups',
  'recovery.restore',
  'recovery.salvage',
  'recovery.openFolder'
] as const
