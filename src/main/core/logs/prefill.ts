import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { LogDraft, LogPrefillInput, SetTarget } from '../../../shared/logs'
import { formatPrescription, inBlockOrder, itemLabels } from '../../../shared/program-document'
import type { Prescription, Program, ProgramSession } from '../../../shared/programs'
import { KG_PER_LB } from '../../../shared/vocabulary'
import type { ClientsService } from '../clients/service'
import { CoreFailure } from '../errors'
import type { ProgramsService } from '../programs/service'
import { localToday } from '../programs/schedule'
import type { LogsRepo } from './repo'

// An unsaved log of a planned session: the items of that week's session in the order of the printed
// sheet (warm-up, main, cool-down; supersets as A1, A2), each set carrying its target and prefilled
// with it, so a session done as written is saved with one keystroke and a paper sheet re-keys fast.

interface PrefillDeps {
  db: Database.Database
  repo: LogsRepo
  clients: ClientsService
  programs: ProgramsService
}

const roundTo = (n: number, step: number) => Math.round(n / step) * step

function targetOf(p: Prescription): SetTarget {
  return {
    reps: p.reps,
    perSide: p.perSide,
    holdSeconds: p.holdSeconds,
    durationMinutes: p.durationMinutes,
    distanceMeters: p.distanceMeters,
    load: p.load,
    text: formatPrescription(p).slice(0, 300)
  }
}

/** The load to prefill, in kg: lb converted, % of 1RM from the client's best estimate when there is one. */
function loadKgOf(p: Prescription, bestE1rmKg: number | null): number | null {
  const load = p.load
  if (!load) return null
  if (load.kind === 'kg') return load.value
  if (load.kind === 'lb') return roundTo(load.value * KG_PER_LB, 0.01)
  if (load.kind === 'percent-1rm') return bestE1rmKg === null ? null : roundTo((bestE1rmKg * load.value) / 100, 0.5)
  return null
}

export function createLogPrefill({ db, repo, clients, programs }: PrefillDeps) {
  const scheduledRow = db.prepare('SELECT id, client_id, program_id, program_session_id, week_number, date FROM scheduled_sessions WHERE id = ?')
  const scheduledOf = db.prepare('SELECT id, date FROM scheduled_sessions WHERE program_id = ? AND program_session_id = ? ORDER BY date LIMIT 1')
  const bestE1rm = db.prepare('SELECT max(e1rm_kg) FROM log_entries WHERE client_id = ? AND exercise_id = ?').pluck()

  function findSession(program: Program, sessionId: string, week: number | undefined): { session: ProgramSession; weekIndex: number } {
    const weeks = program.document.weeks
    let lineage: string | null = null
    let homeWeek = 0
    weeks.forEach((w, i) => {
      const s = w.sessions.find((x) => x.id === sessionId)
      if (s) ((lineage = s.lineageId), (homeWeek = i))
    })
    if (lineage === null) throw new CoreFailure('not_found', 'That session is not in the program (it may have been removed)', [{ path: 'sessionId', message: 'No such session in the program' }])
    const weekIndex = week === undefined ? homeWeek : week - 1
    const target = weeks[weekIndex]
    if (!target) throw new CoreFailure('not_found', `The program has no week ${week}`, [{ path: 'week', message: `The program has ${weeks.length} weeks` }])
    const session = target.sessions.find((s) => s.lineageId === lineage)
    if (!session) throw new CoreFailure('not_found', `That session is not in week ${weekIndex + 1} of the program`, [{ path: 'week', message: 'No such session that week' }])
    return { session, weekIndex }
  }

  return function prefill(input: z.output<typeof LogPrefillInput>): LogDraft {
    const client = clients.get(input.clientId)
    let program: Program
    let sessionId: string
    let week: number | undefined
    let scheduledId: string | null = null
    let date = input.date ?? localToday()
    if (input.scheduledSessionId) {
      const dated = scheduledRow.get(input.scheduledSessionId) as
        | { id: string; client_id: string; program_id: string; program_session_id: string | null; week_number: number; date: string }
        | undefined
      if (!dated) throw new CoreFailure('not_found', 'That scheduled session no longer exists', [{ path: 'scheduledSessionId', message: 'No such scheduled session' }])
      if (dated.client_id !== client.id) throw new CoreFailure('conflict', 'That scheduled session belongs to another client', [{ path: 'scheduledSessionId', message: 'Another client’s session' }])
      if (!dated.program_session_id) throw new CoreFailure('conflict', 'That session was removed from the program; log it without a plan', [{ path: 'scheduledSessionId', message: 'Session removed' }])
      program = programs.get(dated.program_id)
      sessionId = dated.program_session_id
      week = dated.week_number
      scheduledId = dated.id
      date = input.date ?? dated.date
    } else {
      program = programs.get(input.programId!)
      if (program.clientId !== null && program.clientId !== client.id) {
        throw new CoreFailure('conflict', 'That program is not this client’s', [{ path: 'programId', message: 'Another client’s program' }])
      }
      sessionId = input.sessionId!
      week = input.week
    }
    const { session, weekIndex } = findSession(program, sessionId, week)
    const ownProgram = program.clientId === client.id
    if (ownProgram && !scheduledId) {
      const dated = scheduledOf.get(program.id, session.id) as { id: string; date: string } | undefined
      if (dated) ((scheduledId = dated.id), (date = input.date ?? dated.date))
    }
    const items = inBlockOrder(session.items)
    const labels = itemLabels(session.items)
    const facts = repo.exerciseFacts([...new Set(items.map((i) => i.exerciseId))])
    return {
      clientId: client.id,
      clientName: client.name,
      programId: ownProgram ? program.id : null,
      programName: program.document.name,
      scheduledSessionId: scheduledId,
      programSessionId: ownProgram ? session.id : null,
      weekNumber: ownProgram ? weekIndex + 1 : null,
      phase: program.document.weeks[weekIndex]?.phase ?? '',
      title: session.name,
      date,
      existingLogId: scheduledId ? repo.logOfScheduled(scheduledId) : null,
      entries: items.map((item) => {
        const p = item.prescription
        const fact = facts.get(item.exerciseId)
        const best = p.load?.kind === 'percent-1rm' ? ((bestE1rm.get(client.id, item.exerciseId) as number | null) ?? null) : null
        const target = targetOf(p)
        return {
          exerciseId: item.exerciseId,
          exerciseName: fact?.name ?? 'Unknown exercise',
          measurement: fact?.measurement ?? 'reps',
          block: item.block,
          itemId: item.id,
          label: labels.get(item.id) ?? null,
          prescription: target.text,
          instructions: p.notes,
          notes: '',
          sets: Array.from({ length: p.sets }, () => ({
            target,
            // The top of a rep range is what the week asks for (the progression moves on from there).
            reps: p.reps ? p.reps.max : null,
            loadKg: loadKgOf(p, best),
            holdSeconds: p.holdSeconds,
            durationSeconds: p.durationMinutes === null ? null : p.durationMinutes * 60,
            distanceM: p.distanceMeters,
            rpe: p.load?.kind === 'rpe' ? p.load.value : null,
            status: 'done' as const,
            pain: null
          }))
        }
      })
    }
  }
}
