import type { FieldIssue } from '../../../shared/envelope'
import { inBlockOrder } from '../../../shared/program-document'
import type { Prescription, ProgramDocument, ProgramItem, ProgramSession, ProgramWeek } from '../../../shared/programs'
import type { TombstonesRepo } from '../db/tombstones'
import { CoreFailure } from '../errors'
import { newId } from '../ids'
import { prescriptionJson, type ItemRow, type ProgramRow, type ProgramsRepo, type SessionRow, type WeekRow } from './repo'

// A program's document is stored as rows; a save diffs the document against them and writes only
// what changed (insert, update or delete by id), inside the caller's transaction.

// Parsed prescriptions by their stored text. A program repeats the same prescription a lot (copied and
// progressed weeks, the same warm-up in every session), and an edit leaves most texts as they were, so
// opening and checking a program parses only texts not seen lately. Keyed by the text itself, it cannot
// go stale whatever writes the rows (another connection, a restore, an import). The parsed objects are
// frozen: a reader that shares them (below) cannot change them by mistake.
//
// Not a Map keyed by the text: every row brings a fresh string, and hashing a long fresh string for a
// Map costs more than parsing it nearly. The texts are found by a number read from a few of their
// characters (their length and two characters where prescriptions differ), then compared whole.
const PARSED_KEPT = 4096
const parsedByShape = new Map<number, { text: string; prescription: Prescription }[]>()
let parsedCount = 0

function shapeOf(text: string): number {
  const n = text.length
  return n * 0x10000 + text.charCodeAt(n >> 1) * 0x100 + text.charCodeAt(n - 3)
}

function parsedPrescription(text: string): Prescription {
  const shape = shapeOf(text)
  let alike = parsedByShape.get(shape)
  if (alike !== undefined) {
    for (const known of alike) if (known.text === text) return known.prescription
  }
  const p = JSON.parse(text) as Prescription
  if (p.reps) Object.freeze(p.reps)
  if (p.load) Object.freeze(p.load)
  Object.freeze(p)
  // Past the bound all are let go and the texts read from then on are kept again.
  if (parsedCount >= PARSED_KEPT) {
    parsedByShape.clear()
    parsedCount = 0
    alike = undefined
  }
  if (alike === undefined) parsedByShape.set(shape, (alike = []))
  alike.push({ text, prescription: p })
  parsedCount++
  return p
}

// Exercise ids, one string per id for the whole process. The checks look every item's exercise up in
// maps, and a string's hash is worked out on its first lookup and kept with it: a fresh string from each
// row would be hashed again on every read. Found by their last characters (random in a UUID), then
// compared whole; the library is small, so the table stays small (and is let go past a bound).
const EXERCISE_IDS_KEPT = 20_000
const exerciseIds = new Map<number, string[]>()
let exerciseIdCount = 0

function sameExerciseId(id: string): string {
  const n = id.length
  const tail = (id.charCodeAt(n - 1) | (id.charCodeAt(n - 2) << 7) | (id.charCodeAt(n - 3) << 14) | (id.charCodeAt(n - 4) << 21)) ^ n
  let alike = exerciseIds.get(tail)
  if (alike !== undefined) {
    for (const known of alike) if (known === id) return known
  }
  if (exerciseIdCount >= EXERCISE_IDS_KEPT) {
    exerciseIds.clear()
    exerciseIdCount = 0
    alike = undefined
  }
  if (alike === undefined) exerciseIds.set(tail, (alike = []))
  alike.push(id)
  exerciseIdCount++
  return id
}

/** A prescription of its own (the caller may change it), written out field by field: cheaper than a spread. */
function ownCopy(p: Prescription): Prescription {
  return {
    sets: p.sets,
    reps: p.reps === null ? null : { min: p.reps.min, max: p.reps.max },
    perSide: p.perSide,
    holdSeconds: p.holdSeconds,
    durationMinutes: p.durationMinutes,
    distanceMeters: p.distanceMeters,
    load: p.load === null ? null : { ...p.load },
    tempo: p.tempo,
    restSeconds: p.restSeconds,
    notes: p.notes
  }
}

/**
 * A program's document from its rows. Each item gets a prescription of its own, unless `readOnly`: then
 * items share frozen ones, for readers that only look (the checks, the schedule) and never hand it out.
 */
export function loadDocument(repo: ProgramsRepo, row: ProgramRow, readOnly = false): ProgramDocument {
  const { weeks, sessions, items } = repo.rows(row.id)
  const toItem = (i: ItemRow): ProgramItem => {
    const shared = parsedPrescription(i.prescription)
    return {
      id: i.id,
      lineageId: i.lineage_id,
      exerciseId: sameExerciseId(i.exercise_id),
      block: i.block,
      group: i.group_label,
      groupKind: i.group_kind,
      prescription: readOnly ? shared : ownCopy(shared)
    }
  }
  const toSession = (s: SessionRow, sessionItems: ProgramItem[]): ProgramSession => ({ id: s.id, lineageId: s.lineage_id, name: s.name, weekday: s.weekday, items: sessionItems })
  return {
    name: row.name,
    goal: row.goal,
    level: row.level,
    description: row.description,
    sessionsPerWeek: row.sessions_per_week,
    weeks: inOrder(weeks, sessions, items, toSession, toItem) ?? byLookup(weeks, sessions, items, toSession, toItem)
  }
}

type ToSession = (s: SessionRow, items: ProgramItem[]) => ProgramSession
type ToItem = (i: ItemRow) => ProgramItem

/**
 * The weeks when the rows come in the document's order, as a save writes them (positions run through
 * the program: a week's sessions follow each other, and so do a session's items): each row then joins
 * the one before it in a single pass, without a lookup by id. Null when they do not.
 */
function inOrder(weeks: WeekRow[], sessions: SessionRow[], items: ItemRow[], toSession: ToSession, toItem: ToItem): ProgramWeek[] | null {
  let s = 0
  let i = 0
  const result = weeks.map((w) => {
    const weekSessions: ProgramSession[] = []
    for (; s < sessions.length && sessions[s]!.week_id === w.id; s++) {
      const session = sessions[s]!
      const sessionItems: ProgramItem[] = []
      for (; i < items.length && items[i]!.session_id === session.id; i++) sessionItems.push(toItem(items[i]!))
      weekSessions.push(toSession(session, sessionItems))
    }
    return { id: w.id, phase: w.phase, sessions: weekSessions }
  })
  return s === sessions.length && i === items.length ? result : null
}

/** The weeks from rows in any order: each joins its session (or week) by id. */
function byLookup(weeks: WeekRow[], sessions: SessionRow[], items: ItemRow[], toSession: ToSession, toItem: ToItem): ProgramWeek[] {
  const itemsBySession = new Map<string, ProgramItem[]>()
  for (const i of items) {
    const list = itemsBySession.get(i.session_id)
    if (list) list.push(toItem(i))
    else itemsBySession.set(i.session_id, [toItem(i)])
  }
  const sessionsByWeek = new Map<string, ProgramSession[]>()
  for (const s of sessions) {
    const session = toSession(s, itemsBySession.get(s.id) ?? [])
    const list = sessionsByWeek.get(s.week_id)
    if (list) list.push(session)
    else sessionsByWeek.set(s.week_id, [session])
  }
  return weeks.map((w) => ({ id: w.id, phase: w.phase, sessions: sessionsByWeek.get(w.id) ?? [] }))
}

type Kind = 'week' | 'session' | 'item'

/** Refuses ids that belong to another program (or to another kind of row) and exercises that do not exist. */
function assertWritable(repo: ProgramsRepo, programId: string, doc: ProgramDocument, own: Record<Kind, Set<string>>): void {
  const paths = new Map<string, { kind: Kind; path: string }>()
  const exercisePaths = new Map<string, string>()
  doc.weeks.forEach((week, w) => {
    paths.set(week.id, { kind: 'week', path: `document.weeks.${w}.id` })
    week.sessions.forEach((session, s) => {
      paths.set(session.id, { kind: 'session', path: `document.weeks.${w}.sessions.${s}.id` })
      session.items.forEach((item, i) => {
        const path = `document.weeks.${w}.sessions.${s}.items.${i}`
        paths.set(item.id, { kind: 'item', path: `${path}.id` })
        if (!exercisePaths.has(item.exerciseId)) exercisePaths.set(item.exerciseId, `${path}.exerciseId`)
      })
    })
  })
  const issues: FieldIssue[] = []
  const fresh = [...paths].filter(([id, { kind }]) => !own[kind].has(id)).map(([id]) => id)
  if (fresh.length > 0) {
    for (const hit of repo.idsInUse(fresh, fresh, fresh)) {
      const sent = paths.get(hit.id)
      if (sent && (hit.program_id !== programId || hit.kind !== sent.kind)) {
        issues.push({ path: sent.path, message: 'This id belongs to another program; new rows need new ids' })
      }
    }
  }
  const known = repo.knownExercises([...exercisePaths.keys()])
  for (const [exerciseId, path] of exercisePaths) {
    if (!known.has(exerciseId)) issues.push({ path, message: 'No exercise with this id in the library' })
  }
  if (issues.length > 0) {
    const shown = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; ')
    throw new CoreFailure('invalid_input', `Invalid input: ${shown}${issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''}`, issues.slice(0, 50))
  }
}

/**
 * Brings the stored rows of a program in line with `doc`: rows keep their ids, moves are updates,
 * and deleted rows leave tombstones. Dated sessions of a removed session: past ones are kept as
 * history (detached), future ones go. Call inside a transaction.
 */
export function writeDocument(repo: ProgramsRepo, tombstones: TombstonesRepo, programId: string, doc: ProgramDocument, now: string, today: string): void {
  const existing = repo.rows(programId)
  const weeks = new Map(existing.weeks.map((r) => [r.id, r]))
  const sessions = new Map(existing.sessions.map((r) => [r.id, r]))
  const items = new Map(existing.items.map((r) => [r.id, r]))
  assertWritable(repo, programId, doc, { week: new Set(weeks.keys()), session: new Set(sessions.keys()), item: new Set(items.keys()) })

  const keep = new Set<string>()
  doc.weeks.forEach((week, position) => {
    keep.add(week.id)
    const row = weeks.get(week.id)
    if (!row) {
      repo.insertWeek(programId, week.id, position, week.phase, now)
      tombstones.forget(week.id)
    } else if (row.position !== position || row.phase !== week.phase) repo.updateWeek(week.id, position, week.phase, now)
  })
  let sessionPosition = 0
  let itemPosition = 0
  for (const week of doc.weeks) {
    for (const session of week.sessions) {
      keep.add(session.id)
      const wanted: SessionRow = { id: session.id, week_id: week.id, position: sessionPosition++, name: session.name, weekday: session.weekday, lineage_id: session.lineageId }
      const row = sessions.get(session.id)
      if (!row) {
        repo.insertSession({ ...wanted, program_id: programId }, now)
        tombstones.forget(wanted.id)
      } else if (row.week_id !== wanted.week_id || row.position !== wanted.position || row.name !== wanted.name || row.weekday !== wanted.weekday || row.lineage_id !== wanted.lineage_id) {
        repo.updateSession(wanted, now)
      }
      for (const item of inBlockOrder(session.items)) {
        keep.add(item.id)
        const wantedItem: ItemRow = {
          id: item.id,
          session_id: session.id,
          block: item.block,
          position: itemPosition++,
          exercise_id: item.exerciseId,
          group_label: item.group,
          group_kind: item.groupKind,
          prescription: prescriptionJson(item.prescription),
          lineage_id: item.lineageId
        }
        const old = items.get(item.id)
        if (!old) {
          repo.insertItem({ ...wantedItem, program_id: programId }, now)
          tombstones.forget(wantedItem.id)
        } else if ((Object.keys(wantedItem) as (keyof ItemRow)[]).some((k) => old[k] !== wantedItem[k])) repo.updateItem(wantedItem, now)
      }
    }
  }

  for (const id of items.keys()) {
    if (keep.has(id)) continue
    repo.deleteItem(id)
    tombstones.record(id, 'program_item', now)
  }
  const goneSessions = [...sessions.keys()].filter((id) => !keep.has(id))
  for (const dated of goneSessions.length > 0 ? repo.scheduledOfSessions(goneSessions) : []) {
    if (dated.date < today) repo.detachScheduled(dated.id, now)
    else {
      repo.deleteScheduled(dated.id)
      tombstones.record(dated.id, 'scheduled_session', now)
    }
  }
  for (const id of goneSessions) {
    repo.deleteSession(id)
    tombstones.record(id, 'program_session', now)
  }
  for (const id of weeks.keys()) {
    if (keep.has(id)) continue
    repo.deleteWeek(id)
    tombstones.record(id, 'program_week', now)
  }
}

/** The same program with fresh row ids (lineage kept): copies never share rows with their source. */
export function withNewIds(doc: ProgramDocument, makeId: () => string = newId): ProgramDocument {
  return {
    ...doc,
    weeks: doc.weeks.map((week) => ({
      ...week,
      id: makeId(),
      sessions: week.sessions.map((session) => ({ ...session, id: makeId(), items: session.items.map((item) => ({ ...item, id: makeId() })) }))
    }))
  }
}
