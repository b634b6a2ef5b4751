import type Database from 'better-sqlite3'
import type { z } from 'zod'
import { buildSchedule, programEndDate, sessionName } from '../../../shared/program-document'
import type {
  Program,
  ProgramAssign,
  ProgramCreate,
  ProgramDocument,
  ProgramListQuery,
  ProgramSaved,
  ProgramStatus,
  ScheduleQuery
} from '../../../shared/programs'
import type { ClientDependent, ClientsService } from '../clients/service'
import type { TombstonesRepo } from '../db/tombstones'
import { CoreFailure, notFound } from '../errors'
import { newId, nowIso } from '../ids'
import type { BuiltinTemplate } from '../library/templates'
import type { SettingsRepo } from '../settings/repo'
import { buildTemplateDocument, builtinTemplateId, hashOf } from './builtin-templates'
import { loadDocument, withNewIds, writeDocument } from './document-store'
import type { ProgramRow, ProgramsRepo } from './repo'
import { localToday, syncSchedule } from './schedule'

export interface ProgramsDeps {
  db: Database.Database
  repo: ProgramsRepo
  tombstones: TombstonesRepo
  clients: ClientsService
  settings: SettingsRepo
  templates: BuiltinTemplate[]
  /** Today's date (YYYY-MM-DD); the local date unless a test fixes it. */
  today?: () => string
}

/** Dates before this are history: a copy's whole schedule is built from its start date. */
const BEGINNING = '0000-01-01'

function withSuffix(name: string, suffix: string): string {
  return `${name.slice(0, 120 - suffix.length)}${suffix}`
}

/** The shared core of the programs domain: reads, rules on who may change what, and copying. */
export function createProgramsBase(deps: ProgramsDeps) {
  const { db, repo, tombstones } = deps
  const today = deps.today ?? localToday

  function mustGet(id: string): ProgramRow {
    const row = repo.get(id)
    if (!row) throw notFound('program', id)
    return row
  }

  function mustBeEditable(row: ProgramRow): void {
    if (row.builtin_key) throw new CoreFailure('conflict', `“${row.name}” is a built-in template and cannot be changed; duplicate it to make your own version`)
  }

  function mustBeCurrent(row: ProgramRow, revision: number): void {
    if (row.revision !== revision) {
      throw new CoreFailure('conflict', `“${row.name}” was changed elsewhere (another window?) since revision ${revision}; reload it to carry on`, [
        { path: 'revision', message: `The program is at revision ${row.revision}` }
      ])
    }
  }

  function toProgram(row: ProgramRow, document = loadDocument(repo, row)): Program {
    return {
      id: row.id,
      isTemplate: row.is_template === 1,
      builtin: row.builtin_key !== null,
      builtinKey: row.builtin_key,
      sourceId: row.source_id,
      clientId: row.client_id,
      clientName: row.client_name,
      status: row.status,
      startDate: row.start_date,
      endDate: row.start_date ? programEndDate(row.start_date, document.weeks.length) : null,
      weekdays: row.weekdays ? (JSON.parse(row.weekdays) as number[]) : null,
      revision: row.revision,
      archivedAt: row.archived_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      document
    }
  }

  function get(id: string): Program {
    return toProgram(mustGet(id))
  }

  /** Writes a changed document over a program, bumps its revision and refreshes its coming dates. */
  function store(row: ProgramRow, doc: ProgramDocument): ProgramSaved {
    const now = nowIso()
    writeDocument(repo, tombstones, row.id, doc, now, today())
    repo.updateMeta(row.id, doc, now)
    if (row.client_id) syncSchedule(repo, tombstones, row.id, today(), now)
    return { id: row.id, revision: row.revision + 1, updatedAt: now }
  }

  /** The week with more free sessions than chosen weekdays, refused so no session silently moves. */
  function assertFits(doc: ProgramDocument, startDate: string, weekdays: number[]): void {
    const { short } = buildSchedule(doc, startDate, weekdays)
    const week = short[0]
    if (week !== undefined) {
      const needed = Math.max(...doc.weeks.map((w) => w.sessions.filter((s) => s.weekday === null).length))
      throw new CoreFailure('conflict', `Week ${week} has more sessions than the ${weekdays.length} weekdays chosen; choose at least ${needed}`, [
        { path: 'weekdays', message: `Choose at least ${needed} weekdays` }
      ])
    }
  }

  interface CopyTarget {
    clientId: string | null
    name: string
    status: ProgramStatus
    startDate: string | null
    weekdays: number[] | null
  }

  function copy(source: ProgramRow, target: CopyTarget): string {
    const id = newId()
    const now = nowIso()
    const doc = { ...withNewIds(loadDocument(repo, source)), name: target.name }
    repo.insert(
      {
        id,
        clientId: target.clientId,
        builtinKey: null,
        builtinHash: null,
        sourceId: source.id,
        name: target.name,
        goal: source.goal,
        level: source.level,
        description: source.description,
        sessionsPerWeek: source.sessions_per_week,
        status: target.status,
        startDate: target.startDate,
        weekdays: target.weekdays ?? (source.weekdays ? (JSON.parse(source.weekdays) as number[]) : null)
      },
      now
    )
    writeDocument(repo, tombstones, id, doc, now, today())
    return id
  }

  /** Erases a program's rows, each leaving a tombstone. Call inside a transaction. */
  function erase(row: ProgramRow, now: string): void {
    const { weeks, sessions, items } = repo.rows(row.id)
    for (const s of repo.scheduled(row.id)) tombstones.record(s.id, 'scheduled_session', now)
    for (const i of items) tombstones.record(i.id, 'program_item', now)
    for (const s of sessions) tombstones.record(s.id, 'program_session', now)
    for (const w of weeks) tombstones.record(w.id, 'program_week', now)
    repo.remove(row.id)
    tombstones.record(row.id, 'program', now)
  }

  return { db, repo, tombstones, deps, today, mustGet, mustBeEditable, mustBeCurrent, toProgram, get, store, assertFits, copy, erase }
}
export type ProgramsBase = ReturnType<typeof createProgramsBase>

/** Programs and templates: list, create, save, status, copies, assignment, dated sessions, deletes. */
export function createProgramsService(base: ProgramsBase) {
  const { db, repo, deps, today, mustGet, mustBeEditable, mustBeCurrent, get, store, assertFits, copy, erase } = base

  function plural(n: number, one: string, many: string) {
    return { what: n === 1 ? one : many, count: n }
  }

  const clientDependent: ClientDependent = {
    preview(clientId) {
      const ids = repo.programIdsOfClient(clientId)
      const counts = repo.counts(ids)
      return [plural(ids.length, 'training program', 'training programs'), plural(counts.scheduled, 'scheduled session', 'scheduled sessions')]
    },
    remove(clientId, now) {
      for (const id of repo.programIdsOfClient(clientId)) erase(mustGet(id), now)
    }
  }

  return {
    clientDependent,

    list(query: z.output<typeof ProgramListQuery>) {
      return repo.list(query)
    },

    get,

    create(input: z.output<typeof ProgramCreate>): Program {
      return db.transaction(() => {
        const clientId = input.clientId ?? null
        if (clientId) deps.clients.get(clientId)
        const lineages = Array.from({ length: input.sessionsPerWeek }, () => newId())
        const doc: ProgramDocument = {
          name: input.name,
          goal: input.goal,
          level: input.level,
          description: input.description,
          sessionsPerWeek: input.sessionsPerWeek,
          weeks: Array.from({ length: input.weeks }, () => ({
            id: newId(),
            phase: '',
            sessions: input.withSessions ? lineages.map((lineageId, s) => ({ id: newId(), lineageId, name: sessionName(s), weekday: null, items: [] })) : []
          }))
        }
        const id = newId()
        const now = nowIso()
        repo.insert({ id, clientId, builtinKey: null, builtinHash: null, sourceId: null, ...doc, status: 'draft', startDate: null, weekdays: null }, now)
        writeDocument(repo, base.tombstones, id, doc, now, today())
        return get(id)
      })()
    },

    save(id: string, revision: number, doc: ProgramDocument): ProgramSaved {
      return db.transaction(() => {
        const row = mustGet(id)
        mustBeEditable(row)
        mustBeCurrent(row, revision)
        return store(row, doc)
      })()
    },

    setStatus(id: string, status: ProgramStatus): Program {
      return db.transaction(() => {
        const row = mustGet(id)
        if (!row.client_id) throw new CoreFailure('conflict', `“${row.name}” is a template; only a client's program has a status`)
        if (row.status !== status) {
          const now = nowIso()
          repo.setStatus(id, status, now)
          syncSchedule(repo, base.tombstones, id, today(), now)
        }
        return get(id)
      })()
    },

    setArchived(id: string, archived: boolean): Program {
      return db.transaction(() => {
        const row = mustGet(id)
        if (archived === (row.archived_at !== null)) throw new CoreFailure('conflict', `“${row.name}” is ${archived ? 'already archived' : 'not archived'}`)
        const now = nowIso()
        repo.setArchived(id, archived ? now : null, now)
        return get(id)
      })()
    },

    deletePreview(id: string) {
      const row = mustGet(id)
      const counts = repo.counts([id])
      const removes = [
        { what: row.client_id ? `training program of ${row.client_name ?? 'the client'}` : 'template', count: 1 },
        plural(counts.weeks, 'week', 'weeks'),
        plural(counts.sessions, 'session', 'sessions'),
        plural(counts.items, 'exercise entry', 'exercise entries'),
        plural(counts.scheduled, 'scheduled session', 'scheduled sessions')
      ].filter((r) => r.count > 0)
      return { id, name: row.name, removes }
    },

    remove(id: string): { id: string; deletedAt: string } {
      return db.transaction(() => {
        const row = mustGet(id)
        if (row.builtin_key) throw new CoreFailure('conflict', `“${row.name}” is a built-in template; archive it to hide it`)
        const now = nowIso()
        erase(row, now)
        return { id, deletedAt: now }
      })()
    },

    duplicate(id: string, name: string | undefined): Program {
      return db.transaction(() => {
        const row = mustGet(id)
        const copyId = copy(row, { clientId: row.client_id, name: name ?? withSuffix(row.name, ' (copy)'), status: 'draft', startDate: null, weekdays: null })
        return get(copyId)
      })()
    },

    saveAsTemplate(id: string, name: string | undefined): Program {
      return db.transaction(() => {
        const row = mustGet(id)
        const fallback = row.client_id ? row.name : withSuffix(row.name, ' (copy)')
        return get(copy(row, { clientId: null, name: name ?? fallback, status: 'draft', startDate: null, weekdays: null }))
      })()
    },

    assign(input: z.output<typeof ProgramAssign>): Program {
      return db.transaction(() => {
        const source = mustGet(input.programId)
        deps.clients.get(input.clientId)
        assertFits(loadDocument(repo, source, true), input.startDate, input.weekdays)
        const now = nowIso()
        const id = copy(source, { clientId: input.clientId, name: input.name ?? source.name, status: 'active', startDate: input.startDate, weekdays: input.weekdays })
        if (input.replaceActive) {
          for (const other of repo.activeProgramIdsOfClient(input.clientId, id)) {
            repo.setStatus(other, 'completed', now)
            syncSchedule(repo, base.tombstones, other, input.startDate, now)
          }
        }
        syncSchedule(repo, base.tombstones, id, BEGINNING, now)
        return get(id)
      })()
    },

    reschedule(id: string, startDate: string, weekdays: number[]): Program {
      return db.transaction(() => {
        const row = mustGet(id)
        if (!row.client_id) throw new CoreFailure('conflict', `“${row.name}” is a template; assign it to a client to give it dates`)
        assertFits(loadDocument(repo, row, true), startDate, weekdays)
        const now = nowIso()
        repo.setSchedule(id, startDate, weekdays, now)
        // Giving a draft its dates starts it.
        if (row.status === 'draft') repo.setStatus(id, 'active', now)
        syncSchedule(repo, base.tombstones, id, today(), now)
        return get(id)
      })()
    },

    schedule(query: z.output<typeof ScheduleQuery>) {
      if (query.clientId) deps.clients.get(query.clientId)
      if (query.programId) mustGet(query.programId)
      return repo.schedule(query)
    },

    /** Adds or updates the built-in templates; cheap when nothing changed since the last run. */
    seedBuiltins(): { added: number; updated: number } {
      const built = deps.templates.map((t) => ({ t, id: builtinTemplateId(t.key), doc: buildTemplateDocument(t) }))
      const hashes = built.map((b) => hashOf([b.t.key, b.t.weekdays, b.doc]))
      const all = hashOf(hashes)
      if (repo.meta('templates.hash') === all) return { added: 0, updated: 0 }
      let added = 0
      let updated = 0
      db.transaction(() => {
        const now = nowIso()
        const stored = repo.builtinHashes()
        built.forEach(({ t, id, doc }, i) => {
          const hash = hashes[i] ?? ''
          if (!stored.has(id)) {
            repo.insert({ id, clientId: null, builtinKey: t.key, builtinHash: hash, sourceId: null, ...doc, status: 'draft', startDate: null, weekdays: t.weekdays }, now)
            writeDocument(repo, base.tombstones, id, doc, now, today())
            added++
          } else if (stored.get(id) !== hash) {
            writeDocument(repo, base.tombstones, id, doc, now, today())
            repo.updateMeta(id, doc, now)
            repo.setSchedule(id, null, t.weekdays, now)
            repo.setBuiltinHash(id, hash, now)
            updated++
          }
        })
        repo.setMeta('templates.hash', all, now)
      })()
      return { added, updated }
    }
  }
}
export type ProgramsService = ReturnType<typeof createProgramsService>
