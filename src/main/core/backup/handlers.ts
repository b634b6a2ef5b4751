import { METHOD_NAMES } from '../../../shared/api'
import type { RecoveryStatus } from '../../../shared/data-safety'
import type { dataSafetyMethods } from '../../../shared/registry/data-safety'
import type { CoreDeps } from '../deps'
import { CoreFailure } from '../errors'
import type { HandlerTable } from '../handler'
import { createTransferService } from '../transfer/service'
import type { OpenCore } from './candidate'
import { removeLeftovers } from './make'
import { startAutomaticBackups } from './schedule'
import { createBackupService } from './service'

export type DataSafetyMethodName = keyof typeof dataSafetyMethods

/** A restore or a whole-store import changes everything: every domain's queries refetch. */
export const ALL_SCOPES: readonly string[] = [...new Set(METHOD_NAMES.map((m) => m.split('.')[0] ?? m))]

export interface DataSafetyOptions {
  openCore: OpenCore
  automaticBackups: boolean
}

const onlyInRecovery = (): never => {
  throw new CoreFailure('conflict', 'The data file opened normally: use Backups to restore or export')
}

export function dataSafetyHandlers(deps: CoreDeps, options: DataSafetyOptions): HandlerTable<DataSafetyMethodName> {
  const backups = createBackupService(deps, options.openCore)
  const transfer = createTransferService(deps, backups, options.openCore)
  removeLeftovers(deps.ctx.dataDir, backups.settings().folder)
  if (options.automaticBackups) startAutomaticBackups(deps, backups)
  const statusFine = (): RecoveryStatus => ({
    problem: null,
    title: 'Your data file is fine',
    message: 'Spotter opened your data file without a problem.',
    file: deps.ctx.databaseFile,
    dataDir: deps.ctx.dataDir,
    canSalvage: false
  })
  return {
    'backups.list': { run: () => backups.list() },
    'backups.create': { run: () => backups.create('manual'), changes: ['backups'] },
    'backups.settings': { run: () => backups.settings() },
    'backups.updateSettings': { run: (input) => backups.updateSettings(input), changes: ['backups'] },
    'backups.preview': { run: (input) => backups.preview(input.path) },
    'backups.restore': { run: (input) => backups.restore(input.path), changes: ALL_SCOPES },
    'backups.undoRestore': { run: () => backups.undoRestore(), changes: ALL_SCOPES },
    'transfer.exportStore': { run: (input) => transfer.exportStore(input.path, input.password) },
    'transfer.exportClient': { run: (input) => transfer.exportClient(input.clientId, input.path, input.password) },
    'transfer.previewImport': { run: (input) => transfer.previewImport(input.path, input.password) },
    'transfer.importStore': { run: (input) => transfer.importStore(input.path, input.password), changes: ALL_SCOPES },
    'transfer.importClient': { run: (input) => transfer.importClient(input.path, input.password), changes: ALL_SCOPES },
    'transfer.previewClientsCsv': { run: (input) => transfer.previewClientsCsv(input.path) },
    'transfer.importClientsCsv': { run: (input) => transfer.importClientsCsv(input.path, input.mapping), changes: ['clients'] },
    'recovery.status': {
      run: async ({ afterCheck }) => {
        // The switching core answers such a call from the recovery core once the check found damage;
        // a core used on its own says so as a failure.
        const problem = afterCheck ? await deps.checked : null
        if (problem) throw new CoreFailure('store_unavailable', problem.message)
        return statusFine()
      }
    },
    'recovery.backups': {
      run: () => {
        const { folder, backups: listed } = backups.list()
        return { folder, backups: listed }
      }
    },
    'recovery.restore': { run: onlyInRecovery },
    'recovery.salvage': { run: onlyInRecovery },
    'recovery.openFolder': { run: onlyInRecovery }
  }
}
