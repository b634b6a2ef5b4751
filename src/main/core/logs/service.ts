import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { LogSave, PainAlert, PainState, SessionLog, SetTarget } from '../../../shared/logs'
import { entryFigures, estimateOneRm } from '../../../shared/progress-maths'
import type { BodyArea } from '../../../shared/vocabulary'
import type { ClientDependent, ClientsService } from '../clients/service'
import type { TombstonesRepo } from '../db/tombstones'
import { CoreFailure, notFound } from '../errors'
import { newId, nowIso } from '../ids'
import type { LogQueries } from './queries'
import { recordsOfLog, refreshRecords } from './records'
import type { LogsRepo, PainRow } from './repo'

type LogFields = z.output<typeof LogSave>

export interface LogsDeps {
  db: Database.Database
  repo: LogsRepo
  queries: LogQueries
  tombstones: TombstonesRepo
  clients: ClientsService
}

function painState(row: PainRow | undefined): PainState | null {
  if (!row) return null
  return { id: row.id, area: row.area as BodyArea, note: row.note, resolvedAt: row.resolved_at, resolutionNote: row.resolution_note }
}

/** Session logs: save (create or replace whole), read, delete, and the pain flags they carry. */
export function createLogsService({ db, repo, queries, tombstones, clients }: LogsDeps) {
  const scheduledRow = db.prepare('SELECT id, client_id, program_id, program_session_id, week_number FROM scheduled_sessions WHERE id = ?')
  const programRow = db.prepare('SELECT id, client_id, name FROM programs WHERE id = ?')
  const sessionName = db.prepare('SELECT name FROM program_sessions WHERE id = ?').pluck()

  function get(id: string): SessionLog {
    const row = repo.log(id)
    if (!row) throw notFound('session log', id)
    const entries = repo.entries(id)
    const sets = repo.sets(id)
    const pains = repo.painOfLog(id)
    const painBySet = new Map(pains.filter((p) => p.set_id).map((p) => [p.set_id!, p]))
    return {
      id: row.id,
      clientId: row.client_id,
      clientName: row.client_name,
      programId: row.program_id,
      programName: row.program_name,
      scheduledSessionId: row.scheduled_session_id,
      programSessionId: row.program_session_id,
      weekNumber: row.week_number,
      title: row.title,
      date: row.date,
      startTime: row.start_time,
      durationMinutes: row.duration_minutes,
      effort: row.effort,
      notes: row.notes,
      pain: painState(pains.find((p) => p.set_id === null)),
      entries: entries.map((e) => ({
        id: e.id,
        exerciseId: e.exercise_id,
        exerciseName: e.exercise_name,
        measurement: e.measurement,
        itemId: e.item_id,
        label: e.label,
        notes: e.notes,
        sets: sets
          .filter((s) => s.entry_id === e.id)
          .map((s) => ({
            id: s.id,
            target: s.target ? (JSON.parse(s.target) as SetTarget) : null,
            reps: s.reps,
            loadKg: s.load_kg,
            holdSeconds: s.hold_seconds,
            durationSeconds: s.duration_seconds,
            distanceM: s.distance_m,
            rpe: s.rpe,
            status: s.status,
            pain: painState(painBySet.get(s.id)),
            e1rmKg: s.status === 'done' ? estimateOneRm(s.load_kg, s.reps) : null
          }))
      })),
      records: recordsOfLog(repo, row, entries),
      createdAt: row.created_at,
      updatedAt: row.updated_at
    }
  }

  /** Program and dated-session links: they must be this client's, and a dated session gets one log. */
  function links(input: LogFields, logId: string | undefined) {
    let { programId, programSessionId, weekNumber } = input
    if (input.scheduledSessionId) {
      const dated = scheduledRow.get(input.scheduledSessionId) as
        | { id: string; client_id: string; program_id: string; program_session_id: string | null; week_number: number }
        | undefined
      if (!dated) throw new CoreFailure('not_found', 'That scheduled session no longer exists (the program may have been rescheduled)', [{ path: 'scheduledSessionId', message: 'No such scheduled session' }])
      if (dated.client_id !== input.clientId) throw new CoreFailure('conflict', 'That scheduled session belongs to another client', [{ path: 'scheduledSessionId', message: 'Another client’s session' }])
      if (programId && programId !== dated.program_id) throw new CoreFailure('conflict', 'The scheduled session is from another program', [{ path: 'programId', message: 'Not the session’s program' }])
      const other = repo.logOfScheduled(dated.id)
      if (other && other !== logId) throw new CoreFailure('conflict', 'This session is already logged; open that log to change it', [{ path: 'scheduledSessionId', message: 'Already logged' }])
      programId = dated.program_id
      programSessionId = programSessionId ?? dated.program_session_id
      weekNumber = weekNumber ?? dated.week_number
    }
    if (programId) {
      const program = programRow.get(programId) as { id: string; client_id: string | null } | undefined
      if (!program) throw new CoreFailure('not_found', `No program with id ${programId} (it may have been deleted)`, [{ path: 'programId', message: 'No such program' }])
      if (program.client_id !== input.clientId) throw new CoreFailure('conflict', 'That program is not this client’s', [{ path: 'programId', message: 'Another client’s program or a template' }])
    }
    // The sheet's name stays with the log even if the program is later deleted.
    const title = input.title || (programSessionId ? ((sessionName.get(programSessionId) as string | undefined) ?? '') : '')
    return { programId, programSessionId, weekNumber, title }
  }

  function erase(logId: string, now: string): void {
    for (const child of repo.childIds(logId)) tombstones.record(child.id, child.entity, now)
    repo.deleteLog(logId)
    tombstones.record(logId, 'session_log', now)
  }

  function write(input: LogFields): string {
    clients.get(input.clientId)
    const existing = input.id ? repo.log(input.id) : null
    if (input.id && !existing) throw notFound('session log', input.id)
    if (existing && existing.client_id !== input.clientId) {
      throw new CoreFailure('conflict', 'A log cannot move to another client; delete it and log it again', [{ path: 'clientId', message: 'Not this log’s client' }])
    }
    const link = links(input, existing?.id)
    const facts = repo.exerciseFacts([...new Set(input.entries.map((e) => e.exerciseId))])
    input.entries.forEach((e, i) => {
      if (!facts.has(e.exerciseId)) throw new CoreFailure('not_found', `No exercise with id ${e.exerciseId} in the library`, [{ path: `entries.${i}.exerciseId`, message: 'No such exercise' }])
    })

    const now = nowIso()
    const logId = existing?.id ?? newId()
    const row = { id: logId, clientId: input.clientId, ...link, scheduledSessionId: input.scheduledSessionId, date: input.date, startTime: input.startTime, durationMinutes: input.durationMinutes, effort: input.effort, notes: input.notes, now }
    if (existing) repo.updateLog(row)
    else repo.insertLog(row)

    // Rows keep their ids by position, so an edit is an update (for sync) and a pain flag stays put.
    const oldEntries = existing ? repo.entries(logId) : []
    const oldSets = existing ? repo.sets(logId) : []
    const setIdsOf = (entryId: string | undefined) => oldSets.filter((s) => s.entry_id === entryId).map((s) => s.id)
    const keptSets = new Set<string>()
    const wantedPain = new Map<string, { area: string; note: string }>()
    if (input.pain) wantedPain.set('session', input.pain)
    input.entries.forEach((entry, position) => {
      const entryId = oldEntries[position]?.id ?? newId()
      const reuse = setIdsOf(oldEntries[position]?.id)
      const setIds = entry.sets.map((_, i) => reuse[i] ?? newId())
      const figures = entryFigures(entry.sets, facts.get(entry.exerciseId)!.measurement)
      repo.upsertEntry(
        {
          id: entryId,
          logId,
          clientId: input.clientId,
          date: input.date,
          position,
          exerciseId: entry.exerciseId,
          itemId: entry.itemId,
          label: entry.label,
          notes: entry.notes,
          setsDone: figures.setsDone,
          bestSetId: figures.bestIndex === null ? null : setIds[figures.bestIndex]!,
          bestLoadKg: figures.bestLoadKg,
          bestReps: figures.bestReps,
          bestOther: figures.bestOther,
          e1rmKg: figures.e1rmKg,
          volumeKg: figures.volumeKg
        },
        now
      )
      entry.sets.forEach((set, i) => {
        const id = setIds[i]!
        keptSets.add(id)
        repo.upsertSet(
          {
            id,
            entryId,
            logId,
            position: i,
            target: set.target ? JSON.stringify(set.target) : null,
            reps: set.reps,
            loadKg: set.loadKg,
            holdSeconds: set.holdSeconds,
            durationSeconds: set.durationSeconds,
            distanceM: set.distanceM,
            rpe: set.rpe,
            status: set.status
          },
          now
        )
        if (set.pain) wantedPain.set(id, set.pain)
      })
    })

    // Pain: same place and area keeps the flag (and whether it was resolved); anything else is a new alert.
    for (const old of repo.painOfLog(logId)) {
      const wanted = wantedPain.get(old.set_id ?? 'session')
      if (wanted && wanted.area === old.area) {
        if (wanted.note !== old.note) repo.updatePainNote(old.id, wanted.note, now)
        wantedPain.delete(old.set_id ?? 'session')
      } else {
        repo.deletePain(old.id)
        tombstones.record(old.id, 'pain_flag', now)
      }
    }
    for (const [where, pain] of wantedPain) {
      repo.insertPain({ id: newId(), clientId: input.clientId, logId, setId: where === 'session' ? null : where, area: pain.area, note: pain.note }, now)
    }

    for (const set of oldSets) {
      if (keptSets.has(set.id)) continue
      repo.deleteSet(set.id)
      tombstones.record(set.id, 'log_set', now)
    }
    for (const entry of oldEntries.slice(input.entries.length)) {
      repo.deleteEntry(entry.id)
      tombstones.record(entry.id, 'log_entry', now)
    }
    const touched = new Set([...oldEntries.map((e) => e.exercise_id), ...input.entries.map((e) => e.exerciseId)])
    for (const exerciseId of touched) refreshRecords(repo, input.clientId, exerciseId)
    return logId
  }

  const clientDependent: ClientDependent = {
    preview(clientId) {
      const logs = repo.logIdsOfClient(clientId).length
      const pain = repo.painCountOfClient(clientId)
      return [
        { what: logs === 1 ? 'session log' : 'session logs', count: logs },
        { what: pain === 1 ? 'pain report' : 'pain reports', count: pain }
      ]
    },
    remove(clientId, now) {
      for (const id of repo.logIdsOfClient(clientId)) erase(id, now)
    }
  }

  return {
    clientDependent,
    get,

    save(input: LogFields): SessionLog {
      return db.transaction(() => get(write(input)))()
    },

    remove(id: string): { id: string; deletedAt: string } {
      return db.transaction(() => {
        const row = repo.log(id)
        if (!row) throw notFound('session log', id)
        const exercises = repo.exercisesOfLog(id)
        const now = nowIso()
        erase(id, now)
        for (const exerciseId of exercises) refreshRecords(repo, row.client_id, exerciseId)
        return { id, deletedAt: now }
      })()
    },

    resolvePain(id: string, note: string): PainAlert {
      return db.transaction(() => {
        const row = repo.pain(id)
        if (!row) throw notFound('pain alert', id)
        if (row.resolved_at) throw new CoreFailure('conflict', 'This pain alert is already resolved')
        repo.resolvePain(id, note, nowIso())
        return queries.painAlert(id)!
      })()
    },

    list: queries.list
  }
}
export type LogsService = ReturnType<typeof createLogsService>
