import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StoreIds } from '../contract/bases'

// Valid inputs for the data-safety methods (spread into test/contract/bases.ts). Files point into a
// folder that does not exist, so an input the fuzz lets through answers not_found and writes nothing
// outside the test's own data folder.

const absent = join(tmpdir(), 'spotter-fuzz-absent-folder')

export const dataSafetyBases: Partial<Record<string, (ids: StoreIds) => unknown>> = {
  'backups.updateSettings': () => ({ folder: absent, automatic: true, everyHours: 6, keepDaily: 7, keepWeekly: 4, keepManual: 10 }),
  'backups.preview': () => ({ path: join(absent, 'spotter-backup.db') }),
  'backups.restore': () => ({ path: join(absent, 'spotter-backup.db'), confirm: true }),
  'backups.undoRestore': () => ({ confirm: true }),
  'transfer.exportStore': () => ({ path: join(absent, 'all-data.json'), password: 'a long password' }),
  'transfer.exportClient': ({ clientId }) => ({ clientId, path: join(absent, 'client.json'), password: 'a long password' }),
  'transfer.previewImport': () => ({ path: join(absent, 'all-data.json'), password: 'a long password' }),
  'transfer.importStore': () => ({ path: join(absent, 'all-data.json'), password: 'a long password', confirm: true }),
  'transfer.importClient': () => ({ path: join(absent, 'client.json'), password: 'a long password' }),
  'transfer.previewClientsCsv': () => ({ path: join(absent, 'clients.csv') }),
  'transfer.importClientsCsv': () => ({
    path: join(absent, 'clients.csv'),
    mapping: { name: 'Name', email: 'Email', phone: 'Phone', dateOfBirth: 'Born', sex: null, heightCm: 'Height', weightKg: 'Weight', goals: null, level: 'Level', trainingLocation: null, notes: 'Notes', tags: 'Tags' }
  }),
  'recovery.restore': () => ({ path: join(absent, 'spotter-backup.db'), confirm: true }),
  'recovery.salvage': () => ({ path: join(absent, 'salvaged.json') }),
  'recovery.openFolder': () => ({ path: absent })
}
