// Between the contract and the sheet on screen: a prefilled draft or a saved log becomes text boxes in
// the trainer's units; on save the boxes become a LogSave, checked by the same schema the core uses.

import { LOAD_LIMIT_KG, LogSave, type LogDraft, type SessionLog } from '../../../../../shared/logs'
import type { Units } from '../../../../../shared/settings'
import type { BodyArea } from '../../../../../shared/vocabulary'
import { formatNumber, round, weightToUnit } from '../../../lib/units'
import { loadForInput, loadFromInput } from '../progressText'
import { sheetKey, type PainDraft, type Sheet, type SheetEntry, type SheetSet } from './sheet'

/** What a log is about besides what the sheet shows: which client, program and dated session. */
export interface SheetMeta {
  id?: string
  clientId: string
  programId: string | null
  scheduledSessionId: string | null
  programSessionId: string | null
  weekNumber: number | null
  title: string
}

type SetValues = Pick<SessionLog['entries'][number]['sets'][number], 'target' | 'reps' | 'loadKg' | 'holdSeconds' | 'durationSeconds' | 'distanceM' | 'rpe' | 'status'>

const text = (n: number | null): string => (n === null ? '' : formatNumber(n, 2))

function setFromValues(s: SetValues, pain: PainDraft | null, units: Units): SheetSet {
  return {
    key: sheetKey(),
    target: s.target,
    reps: text(s.reps),
    load: loadForInput(s.loadKg, units.weight),
    holdSeconds: text(s.holdSeconds),
    durationMinutes: s.durationSeconds === null ? '' : formatNumber(s.durationSeconds / 60, 2),
    distanceMeters: text(s.distanceM),
    rpe: text(s.rpe),
    done: s.status === 'done',
    pain
  }
}

export function sheetFromDraft(draft: LogDraft, units: Units): { sheet: Sheet; meta: SheetMeta } {
  const entries: SheetEntry[] = draft.entries.map((e) => ({
    key: sheetKey(),
    exerciseId: e.exerciseId,
    name: e.exerciseName,
    measurement: e.measurement,
    block: e.block,
    label: e.label,
    prescription: e.prescription,
    instructions: e.instructions,
    itemId: e.itemId,
    notes: e.notes,
    sets: e.sets.map((s) => setFromValues(s, s.pain ? { area: s.pain.area, note: s.pain.note } : null, units))
  }))
  return {
    sheet: { date: draft.date, startTime: '', durationMinutes: '', effort: '', notes: '', pain: null, entries },
    meta: {
      clientId: draft.clientId,
      programId: draft.programId,
      scheduledSessionId: draft.scheduledSessionId,
      programSessionId: draft.programSessionId,
      weekNumber: draft.weekNumber,
      title: draft.title
    }
  }
}

export function sheetFromLog(log: SessionLog, units: Units): { sheet: Sheet; meta: SheetMeta } {
  const entries: SheetEntry[] = log.entries.map((e) => ({
    key: sheetKey(),
    exerciseId: e.exerciseId,
    name: e.exerciseName,
    measurement: e.measurement,
    block: null,
    label: e.label,
    prescription: e.sets.find((s) => s.target?.text)?.target?.text ?? '',
    instructions: '',
    itemId: e.itemId,
    notes: e.notes,
    sets: e.sets.map((s) => setFromValues(s, s.pain ? { area: s.pain.area, note: s.pain.note } : null, units))
  }))
  return {
    sheet: {
      date: log.date,
      startTime: log.startTime ?? '',
      durationMinutes: text(log.durationMinutes),
      effort: text(log.effort),
      notes: log.notes,
      pain: log.pain ? { area: log.pain.area, note: log.pain.note } : null,
      entries
    },
    meta: {
      id: log.id,
      clientId: log.clientId,
      programId: log.programId,
      scheduledSessionId: log.scheduledSessionId,
      programSessionId: log.programSessionId,
      weekNumber: log.weekNumber,
      title: log.title
    }
  }
}

export type SheetErrors = Record<string, string>

/** The contract's field names inside a set, as the sheet calls them. */
const SET_FIELD_OF: Record<string, string> = { loadKg: 'load', durationSeconds: 'durationMinutes', distanceM: 'distanceMeters' }

/** A core or schema issue path ("entries.0.sets.2.loadKg") as the sheet's field key ("entries.0.sets.2.load"). */
export function sheetPath(path: string): string {
  return path.replace(/^(entries\.\d+\.sets\.\d+\.)(\w+)/, (_, prefix: string, field: string) => prefix + (SET_FIELD_OF[field] ?? field))
}

function number(raw: string): number | null {
  const t = raw.trim().replace(',', '.')
  if (t === '') return null
  const n = Number(t)
  return Number.isFinite(n) ? n : Number.NaN
}

function pain(p: PainDraft | null): { area: BodyArea; note: string } | null | 'no-area' {
  if (!p) return null
  const area = p.area
  if (area === '') return 'no-area'
  return { area, note: p.note.trim() }
}

/**
 * The sheet as a LogSave, or the problems keyed by field ("entries.0.sets.1.load", "date"). Numbers
 * that are not numbers are caught here (with the unit the trainer typed in); the rest by LogSave itself.
 */
export function toLogSave(sheet: Sheet, meta: SheetMeta, units: Units): { ok: true; value: LogSave } | { ok: false; errors: SheetErrors } {
  const errors: SheetErrors = {}
  const maxLoad = formatNumber(weightToUnit(LOAD_LIMIT_KG, units.weight))
  const num = (raw: string, key: string, label: string): number | null => {
    const n = number(raw)
    if (Number.isNaN(n)) errors[key] = `${label} must be a number`
    return n === null || Number.isNaN(n) ? null : n
  }
  const sessionPain = pain(sheet.pain)
  if (sessionPain === 'no-area') errors['pain.area'] = 'Choose where it hurts'
  const entries = sheet.entries.map((e, i) => ({
    exerciseId: e.exerciseId,
    itemId: e.itemId,
    label: e.label,
    notes: e.notes.trim(),
    sets: e.sets.map((s, j) => {
      const at = `entries.${i}.sets.${j}`
      const loadKg = loadFromInput(s.load, units.weight)
      if (loadKg !== null && Number.isNaN(loadKg)) errors[`${at}.load`] = 'Load must be a number'
      else if (loadKg !== null && (loadKg < 0 || loadKg > LOAD_LIMIT_KG)) errors[`${at}.load`] = `Load must be between 0 and ${maxLoad} ${units.weight}`
      const minutes = num(s.durationMinutes, `${at}.durationMinutes`, 'Minutes')
      const setPain = pain(s.pain)
      if (setPain === 'no-area') errors[`${at}.pain.area`] = 'Choose where it hurts'
      return {
        target: s.target,
        reps: num(s.reps, `${at}.reps`, 'Reps'),
        loadKg: loadKg === null || Number.isNaN(loadKg) ? null : round(loadKg, 3),
        holdSeconds: num(s.holdSeconds, `${at}.holdSeconds`, 'Hold'),
        durationSeconds: minutes === null ? null : Math.round(minutes * 60),
        distanceM: num(s.distanceMeters, `${at}.distanceMeters`, 'Metres'),
        rpe: num(s.rpe, `${at}.rpe`, 'RPE'),
        status: s.done ? ('done' as const) : ('skipped' as const),
        pain: setPain === 'no-area' ? null : setPain
      }
    })
  }))
  const input: LogSave = {
    ...(meta.id ? { id: meta.id } : {}),
    clientId: meta.clientId,
    programId: meta.programId,
    scheduledSessionId: meta.scheduledSessionId,
    programSessionId: meta.programSessionId,
    weekNumber: meta.weekNumber,
    title: meta.title,
    date: sheet.date,
    startTime: sheet.startTime === '' ? null : sheet.startTime,
    durationMinutes: num(sheet.durationMinutes, 'durationMinutes', 'Duration'),
    effort: num(sheet.effort, 'effort', 'Effort'),
    notes: sheet.notes.trim(),
    pain: sessionPain === 'no-area' ? null : sessionPain,
    entries
  }
  const checked = LogSave.safeParse(input)
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const key = sheetPath(issue.path.join('.'))
      errors[key] ??= issue.message
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return { ok: true, value: input }
}
