import type { Client, ClientDeletePreview, ClientFields, ClientList, Readiness } from '../../../shared/clients'
import { CoreFailure, notFound } from '../errors'
import { newId, nowIso } from '../ids'
import type { TombstonesRepo } from '../db/tombstones'
import type Database from 'better-sqlite3'
import type { ClientsRepo, ListOptions } from './repo'

/** Any "yes" needs a doctor's clearance, unless one was recorded on or after the answers. */
export function needsMedicalClearance(readiness: Readiness | null): boolean {
  if (!readiness) return false
  const anyYes = Object.values(readiness.answers).some(Boolean)
  if (!anyYes) return false
  return !(readiness.clearanceReceivedOn && readiness.clearanceReceivedOn >= readiness.answeredOn)
}

/** Another domain's records that belong to a client (e.g. programs): named in the delete preview, erased with the client. */
export interface ClientDependent {
  preview(clientId: string): { what: string; count: number }[]
  /** Runs inside the client delete's transaction, before the client row goes. */
  remove(clientId: string, now: string): void
}

export function createClientsService(db: Database.Database, repo: ClientsRepo, tombstones: TombstonesRepo) {
  const dependents: ClientDependent[] = []

  function mustGet(id: string): Client {
    const client = repo.get(id)
    if (!client) throw notFound('client', id)
    return client
  }

  function stored(fields: ClientFields, isSample = false) {
    return { ...fields, medicalClearanceNeeded: needsMedicalClearance(fields.readiness), isSample }
  }

  return {
    addDependent(dependent: ClientDependent): void {
      dependents.push(dependent)
    },

    list(options: ListOptions): ClientList {
      return repo.list(options)
    },

    get: mustGet,

    create(fields: ClientFields, options: { isSample?: boolean } = {}): Client {
      const id = newId()
      db.transaction(() => repo.insert(id, stored(fields, options.isSample), nowIso()))()
      return mustGet(id)
    },

    update(id: string, fields: ClientFields): Client {
      return db.transaction(() => {
        mustGet(id)
        repo.update(id, stored(fields), nowIso())
        return mustGet(id)
      })()
    },

    archive(id: string): Client {
      return db.transaction(() => {
        const client = mustGet(id)
        if (client.archivedAt) throw new CoreFailure('conflict', `${client.name} is already archived`)
        const now = nowIso()
        repo.setArchived(id, now, now)
        return mustGet(id)
      })()
    },

    restore(id: string): Client {
      return db.transaction(() => {
        const client = mustGet(id)
        if (!client.archivedAt) throw new CoreFailure('conflict', `${client.name} is not archived`)
        repo.setArchived(id, null, nowIso())
        return mustGet(id)
      })()
    },

    deletePreview(id: string): ClientDeletePreview {
      const client = mustGet(id)
      const removes = [
        { what: 'client profile, contact details, goals and notes', count: 1 },
        { what: client.limitations.length === 1 ? 'injury or limitation' : 'injuries and limitations', count: client.limitations.length },
        { what: 'health-readiness questionnaire', count: client.readiness ? 1 : 0 },
        { what: 'body-weight goal', count: client.weightGoal ? 1 : 0 },
        ...dependents.flatMap((d) => d.preview(id))
      ].filter((r) => r.count > 0)
      return { id, name: client.name, removes }
    },

    /** Erases the client's content in one transaction, leaving a tombstone for sync. */
    remove(id: string): { id: string; deletedAt: string } {
      return db.transaction(() => {
        mustGet(id)
        const now = nowIso()
        for (const dependent of dependents) dependent.remove(id, now)
        repo.remove(id)
        tombstones.record(id, 'client', now)
        return { id, deletedAt: now }
      })()
    }
  }
}
export type ClientsService = ReturnType<typeof createClientsService>
