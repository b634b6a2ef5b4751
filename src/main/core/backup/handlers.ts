import type { dataSafetyMethods } from '../../../shared/registry/data-safety'
import type { CoreDeps } from '../deps'
import { CoreFailure } from '../errors'
import type { HandlerTable } from '../handler'

export type DataSafetyMethodName = keyof typeof dataSafetyMethods

const notYet = (): never => {
  throw new CoreFailure('unavailable', 'Not built yet')
}

export function dataSafetyHandlers(deps: CoreDeps): HandlerTable<DataSafetyMethodName> {
  return {
    'backups.list': { run: notYet },
    'backups.create': { run: notYet, changes: ['backups'] },
    'backups.settings': { run: notYet },
    'backups.updateSettings': { run: notYet, changes: ['backups'] },
    'backups.preview': { run: notYet },
    'backups.restore': { run: notYet },
    'backups.undoRestore': { run: notYet },
    'transfer.exportStore': { run: notYet },
    'transfer.exportClient': { run: notYet },
    'transfer.previewImport': { run: notYet },
    'transfer.importStore': { run: notYet },
    'transfer.importClient': { run: notYet, changes: ['clients', 'programs'] },
    'transfer.previewClientsCsv': { run: notYet },
    'transfer.importClientsCsv': { run: notYet, changes: ['clients'] },
    'recovery.status': {
      run: () => ({ problem: null, title: 'Your data file is fine', message: 'Spotter opened your data file without a problem.', file: deps.ctx.databaseFile, dataDir: deps.ctx.dataDir, canSalvage: false })
    },
    'recovery.backups': { run: notYet },
    'recovery.restore': { run: notYet },
    'recovery.salvage': { run: notYet },
    'recovery.openFolder': { run: notYet }
  }
}
