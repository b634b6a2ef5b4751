import { defaultWeekdays, formatPrescription, inBlockOrder, isoWeekday, itemLabels, addDays, sessionDays, weekdayAt } from '../../../shared/program-document'
import { WEEKDAY_NAMES, type Prescription, type Program } from '../../../shared/programs'
import type { PlanExportOptions } from '../../../shared/plans'
import type { Settings } from '../../../shared/settings'
import { KG_PER_LB } from '../../../shared/vocabulary'
import type { Exercise, ExerciseImage } from '../../../shared/exercises'
import { notFound } from '../errors'
import type { ExerciseGuide, PlanModel, PlanRow, PlanSession, SessionCard, TrainerCard, WeekCell, WeightUnit } from './model'

// Reads the program, its exercises and the trainer's settings and words them for paper (PlanModel).
// Runs in the core's thread (it reads the store); the drawing happens elsewhere.

const FIRST_DAY: Record<Settings['firstDayOfWeek'], number> = { monday: 1, sunday: 7, saturday: 6 }

function number(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100)
}

/** A load in the unit on paper; converted loads land on the nearest half (a plate a gym has). */
export function loadText(p: Prescription, units: WeightUnit): string {
  const load = p.load
  if (!load) return ''
  switch (load.kind) {
    case 'bodyweight':
      return 'Bodyweight'
    case 'rpe':
      return `RPE ${number(load.value)}`
    case 'percent-1rm':
      return `${number(load.value)}% 1RM`
    default: {
      if (load.kind === units) return `${number(load.value)} ${units}`
      const converted = units === 'lb' ? load.value / KG_PER_LB : load.value * KG_PER_LB
      return `${number(Math.round(converted * 2) / 2)} ${units}`
    }
  }
}

function workText(p: Prescription): string {
  const side = p.perSide ? ' /side' : ''
  const setsX = p.sets > 1 ? `${p.sets} × ` : ''
  if (p.reps) {
    const reps = p.reps.min === p.reps.max ? String(p.reps.min) : `${p.reps.min}-${p.reps.max}`
    return `${p.sets} × ${reps}${side}${p.holdSeconds ? `, ${p.holdSeconds} s hold` : ''}`
  }
  if (p.holdSeconds) return `${p.sets} × ${p.holdSeconds} s hold${side}`
  if (p.durationMinutes) return `${setsX}${p.durationMinutes} min${side}`
  if (p.distanceMeters) return `${setsX}${p.distanceMeters} m${side}`
  return formatPrescription({ ...p, load: null, tempo: null, restSeconds: 0 })
}

function tempoRest(p: Prescription): string {
  const parts: string[] = []
  if (p.tempo) parts.push(`Tempo ${p.tempo}`)
  if (p.restSeconds > 0 && p.sets > 1) parts.push(`Rest ${p.restSeconds} s`)
  return parts.join(' · ')
}

function cellOf(p: Prescription, units: WeightUnit, shared: { tempoRest: boolean; notes: boolean }): WeekCell {
  return {
    work: workText(p),
    load: loadText(p, units),
    extra: shared.tempoRest ? '' : tempoRest(p),
    notes: shared.notes ? '' : p.notes.trim(),
    sets: p.sets
  }
}

const longDate = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' })
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`)

export function trainerCard(settings: Settings): TrainerCard {
  const t = settings.trainer
  return {
    name: t.name,
    business: t.business,
    contact: [t.phone, t.email, t.website, t.address].filter((s) => s.trim() !== ''),
    certifications: t.certifications.map((c) => (c.level ? `${c.name}, ${c.level}` : c.name)),
    logo: t.logo
  }
}

interface SessionLine {
  key: string
  name: string
  /** Items by lineage, in the order they first appear. */
  items: Map<string, { week: number; item: Program['document']['weeks'][number]['sessions'][number]['items'][number]; label: string | null }[]>
}

/** Sessions by lineage across the weeks, items by lineage within them: one row per item on paper. */
function sessionLines(program: Program): SessionLine[] {
  const lines = new Map<string, SessionLine>()
  program.document.weeks.forEach((week, w) => {
    for (const session of week.sessions) {
      let line = lines.get(session.lineageId)
      if (!line) {
        line = { key: String.fromCharCode(65 + (lines.size % 26)), name: session.name, items: new Map() }
        lines.set(session.lineageId, line)
      }
      const labels = itemLabels(session.items)
      for (const item of inBlockOrder(session.items)) {
        const entries = line.items.get(item.lineageId) ?? []
        entries.push({ week: w, item, label: labels.get(item.id) ?? null })
        line.items.set(item.lineageId, entries)
      }
    }
  })
  return [...lines.values()]
}

const BLOCK_ORDER = { 'warm-up': 0, main: 1, 'cool-down': 2 } as const

function rowsOf(line: SessionLine, weeks: number, units: WeightUnit, nameOf: (id: string) => string): PlanRow[] {
  const rows: PlanRow[] = []
  for (const entries of line.items.values()) {
    const first = entries[0]!
    const prescriptions = entries.map((e) => e.item.prescription)
    const sameTempoRest = prescriptions.every((p) => tempoRest(p) === tempoRest(prescriptions[0]!))
    const sameNotes = prescriptions.every((p) => p.notes.trim() === prescriptions[0]!.notes.trim())
    const constant = [sameTempoRest ? tempoRest(first.item.prescription) : '', sameNotes ? first.item.prescription.notes.trim() : '']
      .filter(Boolean)
      .join(' · ')
    const cells: (WeekCell | null)[] = Array.from({ length: weeks }, () => null)
    for (const e of entries) cells[e.week] = cellOf(e.item.prescription, units, { tempoRest: sameTempoRest, notes: sameNotes })
    rows.push({
      label: first.label,
      groupKind: first.item.groupKind,
      block: first.item.block,
      exerciseId: first.item.exerciseId,
      exerciseName: nameOf(first.item.exerciseId),
      constant,
      weeks: cells
    })
  }
  // Stable sort: block order first, then the order items first appeared.
  return rows.map((r, i) => ({ r, i })).sort((a, b) => BLOCK_ORDER[a.r.block] - BLOCK_ORDER[b.r.block] || a.i - b.i).map((x) => x.r)
}

/** What the plan reads: the core's own services (CoreDeps fits), or anything answering the same. */
export interface PlanSources {
  programs: { get(id: string): Program }
  settings: { read(): Settings }
  exercises: { get(id: string): Exercise; image(id: string): ExerciseImage | null }
}

export function buildPlanModel(deps: PlanSources, options: PlanExportOptions): PlanModel {
  const program = deps.programs.get(options.programId)
  const settings = deps.settings.read()
  const units = options.units ?? settings.units.weight
  const doc = program.document
  const exerciseCache = new Map<string, Exercise>()
  const exercise = (id: string) => {
    let found = exerciseCache.get(id)
    if (!found) {
      found = deps.exercises.get(id)
      exerciseCache.set(id, found)
    }
    return found
  }
  const nameOf = (id: string) => exercise(id).content.name

  const startWeekday = program.startDate ? isoWeekday(program.startDate) : FIRST_DAY[settings.firstDayOfWeek]
  const weekdays = program.weekdays ?? defaultWeekdays(doc.sessionsPerWeek)
  const lines = sessionLines(program)
  // Keys follow lineage in order of first appearance, as sessionLines gives them (names may repeat).
  const lineageKeys = [...new Set(doc.weeks.flatMap((w) => w.sessions.map((s) => s.lineageId)))]
  const keyByLineage = new Map(lineageKeys.map((lineage, i) => [lineage, String.fromCharCode(65 + (i % 26))]))

  const overview = doc.weeks.map((week, w) => {
    const { days } = sessionDays(week.sessions, weekdays, startWeekday)
    const cells: (string | null)[] = Array.from({ length: 7 }, () => null)
    week.sessions.forEach((s, i) => {
      const day = days[i] ?? 0
      const key = keyByLineage.get(s.lineageId) ?? '?'
      cells[day] = cells[day] ? `${cells[day]}+${key}` : key
    })
    const dates = Array.from({ length: 7 }, (_, d) => (program.startDate ? shortDate.format(dateOf(addDays(program.startDate, w * 7 + d))) : null))
    return { week: w + 1, phase: week.phase, days: cells, dates }
  })

  const sessions: PlanSession[] = lines.map((line) => ({ key: line.key, name: line.name, rows: rowsOf(line, doc.weeks.length, units, nameOf) }))

  let card: SessionCard | null = null
  if (options.sessionId) {
    const weekIndex = doc.weeks.findIndex((w) => w.sessions.some((s) => s.id === options.sessionId))
    const week = doc.weeks[weekIndex]
    const session = week?.sessions.find((s) => s.id === options.sessionId)
    if (!week || !session) throw notFound('session', options.sessionId)
    const { days } = sessionDays(week.sessions, weekdays, startWeekday)
    const day = days[week.sessions.indexOf(session)] ?? 0
    const labels = itemLabels(session.items)
    card = {
      sessionName: session.name,
      week: weekIndex + 1,
      phase: week.phase,
      date: program.startDate ? longDate.format(dateOf(addDays(program.startDate, weekIndex * 7 + day))) : null,
      rows: inBlockOrder(session.items).map((item) => ({
        label: labels.get(item.id) ?? null,
        groupKind: item.groupKind,
        block: item.block,
        exerciseId: item.exerciseId,
        exerciseName: nameOf(item.exerciseId),
        constant: [tempoRest(item.prescription), item.prescription.notes.trim()].filter(Boolean).join(' · '),
        cell: cellOf(item.prescription, units, { tempoRest: true, notes: true })
      }))
    }
  }

  // Each exercise once, in the order the client meets it.
  const usedIds = card ? card.rows.map((r) => r.exerciseId) : sessions.flatMap((s) => s.rows.map((r) => r.exerciseId))
  const guides: ExerciseGuide[] = options.instructions
    ? [...new Set(usedIds)].map((id) => {
        const e = exercise(id)
        return {
          id,
          name: e.content.name,
          summary: e.content.summary,
          steps: e.content.steps,
          cues: e.content.cues,
          breathing: e.content.breathing,
          safety: e.content.safety,
          image: e.hasImage ? deps.exercises.image(id) : null
        }
      })
    : []

  const level = doc.level
  return {
    paper: options.paper ?? settings.paperSize,
    units,
    instructions: options.instructions,
    logCells: options.logCells,
    clientName: program.isTemplate ? null : (program.clientName ?? null),
    programName: doc.name,
    goal: doc.goal,
    description: doc.description,
    level: level.charAt(0).toUpperCase() + level.slice(1),
    weeks: doc.weeks.length,
    sessionsPerWeek: doc.sessionsPerWeek,
    startDate: program.startDate ? longDate.format(dateOf(program.startDate)) : null,
    endDate: program.endDate ? longDate.format(dateOf(program.endDate)) : null,
    trainer: trainerCard(settings),
    dayLabels: Array.from({ length: 7 }, (_, d) => WEEKDAY_NAMES[weekdayAt(startWeekday, d) - 1]!.slice(0, 3)),
    phases: doc.weeks.map((w) => w.phase),
    overview,
    sessions,
    card,
    guides
  }
}
