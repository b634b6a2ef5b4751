import { rmSync } from 'node:fs'
import { z } from 'zod'
import type { CsvMapping, ExportResult, ImportPreview } from '../../../shared/data-safety'
import { prepareCandidate, workFolder, type OpenCore } from '../backup/candidate'
import { badFile, mustHaveFolder } from '../backup/fs-errors'
import type { BackupService } from '../backup/service'
import { countsOf } from '../backup/tables'
import type { CoreDeps } from '../deps'
import { clientDocument, countsInClientDocument, importClientDocument } from './client'
import { importClientsCsv, previewClientsCsv } from './csv'
import { EXPORT_FORMAT, FORMAT_VERSION, readExportFile, writeExportFile, type ExportDocument } from './document'
import { buildStoreFile, dumpTables } from './rows'

export function createTransferService(deps: CoreDeps, backups: BackupService, openCore: OpenCore) {
  const { dataDir } = deps.ctx

  function write(path: string, doc: ExportDocument, password: string | undefined): ExportResult {
    const sizeBytes = writeExportFile(path, doc, password)
    return { path, sizeBytes, encrypted: password !== undefined, counts: doc.counts }
  }

  /** Builds and checks the store a whole-store document describes; the caller disposes of it. */
  async function storeCandidate(path: string, doc: ExportDocument) {
    const dir = workFolder(dataDir)
    try {
      const built = buildStoreFile(doc, dir, path, { checkReferences: true })
      return await prepareCandidate(built, dataDir, openCore, 'path', path)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }

  function mustBeKind(doc: ExportDocument, kind: 'store' | 'client', path: string): void {
    if (doc.kind === kind) return
    throw badFile(
      kind === 'store'
        ? `${path} holds one client (${doc.clientName ?? 'unnamed'}), not all data: use "Import a client" to add them`
        : `${path} holds all of a store's data, not one client: use "Import all data" to replace your data with it`
    )
  }

  return {
    exportStore(path: string, password: string | undefined): ExportResult {
      mustHaveFolder(path)
      // One read transaction: the document is a consistent snapshot even if a write comes in between.
      const doc = deps.db.transaction(
        (): ExportDocument => ({
          format: EXPORT_FORMAT,
          formatVersion: FORMAT_VERSION,
          kind: 'store',
          exportedAt: new Date().toISOString(),
          appVersion: deps.ctx.version,
          schemaVersion: deps.ctx.schemaVersion,
          counts: countsOf(deps.db),
          clientId: null,
          clientName: null,
          tables: dumpTables(deps.db)
        })
      )()
      return write(path, doc, password)
    },

    exportClient(clientId: string, path: string, password: string | undefined): ExportResult {
      mustHaveFolder(path)
      return write(path, clientDocument(deps, clientId), password)
    },

    async previewImport(path: string, password: string | undefined): Promise<ImportPreview> {
      const { doc, encrypted } = readExportFile(path, password)
      const base = { kind: doc.kind, formatVersion: doc.formatVersion, exportedAt: doc.exportedAt, appVersion: doc.appVersion, schemaVersion: doc.schemaVersion, encrypted, clientName: doc.clientName }
      if (doc.kind === 'client') return { ...base, counts: countsInClientDocument(doc) }
      const candidate = await storeCandidate(path, doc)
      candidate.dispose()
      return { ...base, counts: candidate.counts }
    },

    importStore: (path: string, password: string | undefined) =>
      backups.serial(async () => {
        const { doc } = readExportFile(path, password)
        mustBeKind(doc, 'store', path)
        const candidate = await storeCandidate(path, doc)
        try {
          const result = await backups.replaceWith(candidate.file, path, 'before-import')
          return { counts: result.counts, beforeImport: result.beforeRestore }
        } finally {
          candidate.dispose()
        }
      }),

    importClient: (path: string, password: string | undefined) =>
      backups.serial(async () => {
        const { doc } = readExportFile(path, password)
        mustBeKind(doc, 'client', path)
        return importClientDocument(deps, doc, path)
      }),

    previewClientsCsv: (path: string) => previewClientsCsv(path),
    importClientsCsv: (path: string, mapping: z.output<typeof CsvMapping>) => importClientsCsv(deps, path, mapping)
  }
}
