import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { Measurement, MeasurementListQuery, MeasurementRecord, MeasurementType, MeasurementTypeCreate, MeasurementUpdate } from '../../../shared/measurements'
import { valueProblem } from '../../../shared/measurements'
import type { ClientDependent, ClientsService } from '../clients/service'
import type { TombstonesRepo } from '../db/tombstones'
import { CoreFailure, notFound } from '../errors'
import { newId, nowIso } from '../ids'
import type { MeasurementsRepo } from './repo'

interface MeasurementsDeps {
  db: Database.Database
  repo: MeasurementsRepo
  tombstones: TombstonesRepo
  clients: ClientsService
}

/** Body measurements: built-in and custom types, values in canonical units, checked against their kind. */
export function createMeasurementsService({ db, repo, tombstones, clients }: MeasurementsDeps) {
  function mustGetType(id: string, path = 'id'): MeasurementType {
    const type = repo.type(id)
    if (!type) throw new CoreFailure('not_found', `No measurement type with id ${id} (it may have been deleted)`, [{ path, message: 'No such measurement type' }])
    return type
  }

  function mustGet(id: string): Measurement {
    const m = repo.get(id)
    if (!m) throw notFound('measurement', id)
    return m
  }

  /** Built-in types are checked by the contract; this covers custom ones (and is a second check for built-ins). */
  function checkValue(type: MeasurementType, value: number, path: string): void {
    const problem = valueProblem(type.unitKind, value)
    if (problem) throw new CoreFailure('invalid_input', `Invalid input: ${path}: ${type.name}: ${problem}`, [{ path, message: problem }])
  }

  function erase(ids: readonly string[], now: string): void {
    for (const id of ids) {
      repo.remove(id)
      tombstones.record(id, 'measurement', now)
    }
  }

  const clientDependent: ClientDependent = {
    preview(clientId) {
      const count = repo.idsOfClient(clientId).length
      return [{ what: count === 1 ? 'body measurement' : 'body measurements', count }]
    },
    remove(clientId, now) {
      erase(repo.idsOfClient(clientId), now)
    }
  }

  return {
    clientDependent,

    seedBuiltins(): void {
      db.transaction(() => repo.seedBuiltins(nowIso()))()
    },

    types(): { items: MeasurementType[] } {
      return { items: repo.types() }
    },

    createType(input: z.output<typeof MeasurementTypeCreate>): MeasurementType {
      return db.transaction(() => {
        if (repo.typeNamed(input.name)) throw new CoreFailure('conflict', `There is already a measurement called “${input.name}”`, [{ path: 'name', message: 'Already in use' }])
        const id = newId()
        repo.insertType(id, input.name, input.unitKind, nowIso())
        return mustGetType(id)
      })()
    },

    deleteType(id: string): { id: string; values: number; deletedAt: string } {
      return db.transaction(() => {
        const type = mustGetType(id)
        if (type.builtin) throw new CoreFailure('conflict', `“${type.name}” is built in and cannot be deleted`)
        const now = nowIso()
        const ids = repo.idsOfType(id)
        erase(ids, now)
        repo.deleteType(id)
        tombstones.record(id, 'measurement_type', now)
        return { id, values: ids.length, deletedAt: now }
      })()
    },

    record(input: z.output<typeof MeasurementRecord>): { items: Measurement[] } {
      return db.transaction(() => {
        clients.get(input.clientId)
        const types = input.values.map((v, i) => mustGetType(v.typeId, `values.${i}.typeId`))
        input.values.forEach((v, i) => checkValue(types[i]!, v.value, `values.${i}.value`))
        const now = nowIso()
        const ids = input.values.map((v) => {
          const id = newId()
          repo.insert({ id, clientId: input.clientId, typeId: v.typeId, date: input.date, value: v.value, note: input.note }, now)
          return id
        })
        return { items: ids.map(mustGet) }
      })()
    },

    update(input: z.output<typeof MeasurementUpdate>): Measurement {
      return db.transaction(() => {
        const current = mustGet(input.id)
        checkValue(mustGetType(current.typeId), input.value, 'value')
        repo.update(input.id, input.date, input.value, input.note ?? current.note, nowIso())
        return mustGet(input.id)
      })()
    },

    list(query: z.output<typeof MeasurementListQuery>) {
      clients.get(query.clientId)
      return repo.list(query)
    },

    remove(id: string): { id: string; deletedAt: string } {
      return db.transaction(() => {
        mustGet(id)
        const now = nowIso()
        erase([id], now)
        return { id, deletedAt: now }
      })()
    },

    ofClient(clientId: string): Measurement[] {
      return repo.ofClient(clientId)
    }
  }
}
export type MeasurementsService = ReturnType<typeof createMeasurementsService>
