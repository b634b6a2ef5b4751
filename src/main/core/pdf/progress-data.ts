import { MUSCLE_GROUP_LABELS } from '../../../shared/exercises'
import type { RecordKind } from '../../../shared/logs'
import type { ClientProgress, ExerciseProgress } from '../../../shared/progress'
import type { Settings } from '../../../shared/settings'
import { KG_PER_LB } from '../../../shared/vocabulary'
import type { PaperSize, TrainerCard, WeightUnit } from './model'
import { trainerCard } from './plan-data'

// The progress report as plain data, worded for paper (like plan-data.ts for the plan): built from
// progress.client's analytics in the core's thread, drawn by progress-document.ts in the PDF worker.

export interface ReportTable {
  /** Column titles and their share of the width (fractions adding to 1). */
  columns: { title: string; share: number; align?: 'right' }[]
  rows: string[][]
}

export interface ReportChart {
  title: string
  unit: string
  /** Lines on one pair of axes; x is a day number, so points are spaced as the dates are. */
  lines: { label: string; dashed: boolean; points: { x: number; y: number }[] }[]
  /** Labels under the x axis (first and last date), and the day numbers they stand for. */
  xLabels: [string, string]
  xRange: [number, number]
}

export interface ProgressReportModel {
  kind: 'progress-report'
  paper: PaperSize
  units: WeightUnit
  clientName: string
  /** "2 March 2026 – 31 May 2026". */
  period: string
  createdOn: string
  trainer: TrainerCard
  /** Label and value pairs for the summary box. */
  summary: { label: string; value: string }[]
  formula: string
  exercises: ReportTable
  muscleGroups: ReportTable
  measurements: ReportTable
  weightGoal: { facts: { label: string; value: string }[]; table: ReportTable } | null
  course: { title: string; table: ReportTable } | null
  charts: ReportChart[]
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000)
export const longDay = (iso: string) => longDate.format(new Date(`${iso}T00:00:00Z`))
const shortDay = (iso: string) => shortDate.format(new Date(`${iso}T00:00:00Z`))

const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })
function decimal(n: number, places = 1): string {
  const f = 10 ** places
  return String(Math.round(n * f) / f)
}
function signed(n: number, places = 1): string {
  const text = decimal(Math.abs(n), places)
  return n > 0 && text !== '0' ? `+${text}` : n < 0 && text !== '0' ? `−${text}` : '0'
}
const mass = (kg: number, units: WeightUnit) => (units === 'kg' ? kg : kg / KG_PER_LB)

const RECORD_WORDS: Record<RecordKind, string> = { e1rm: 'e1RM', load: 'heaviest load', reps: 'most reps', hold: 'longest hold', duration: 'longest duration', distance: 'longest distance' }

function bestSetText(e: ExerciseProgress, units: WeightUnit): string {
  const b = e.bestSet
  if (!b) return '–'
  if (b.reps !== null && b.loadKg !== null && b.loadKg > 0) return `${b.reps} × ${decimal(mass(b.loadKg, units))} ${units}`
  if (b.reps !== null) return `${b.reps} reps`
  if (b.holdSeconds !== null) return `${b.holdSeconds} s hold`
  if (b.durationSeconds !== null) return b.durationSeconds >= 120 ? `${decimal(b.durationSeconds / 60)} min` : `${b.durationSeconds} s`
  if (b.distanceM !== null) return `${decimal(b.distanceM)} m`
  return '–'
}

function measureText(value: number, unitKind: string, units: Settings['units'], weight: WeightUnit): string {
  switch (unitKind) {
    case 'mass':
      return `${decimal(mass(value, weight))} ${weight}`
    case 'length':
      return units.length === 'cm' ? `${decimal(value)} cm` : `${decimal(value / 2.54)} in`
    case 'percent':
      return `${decimal(value)} %`
    case 'heart-rate':
      return `${decimal(value, 0)} bpm`
    case 'seconds':
      return `${decimal(value, 0)} s`
    default:
      return decimal(value, 2)
  }
}

function measureChange(delta: number, unitKind: string, units: Settings['units'], weight: WeightUnit): string {
  const text = measureText(Math.abs(delta), unitKind, units, weight)
  return delta === 0 ? `0 ${text.split(' ')[1] ?? ''}`.trim() : `${delta > 0 ? '+' : '−'}${text}`
}

/** The planned weight on a day: a straight line from the start at the weekly rate, held at the target. */
function plannedOn(goal: NonNullable<ClientProgress['weightGoal']>, day: string): number {
  const kg = goal.startKg + (goal.weeklyRateKg * (dayNumber(day) - dayNumber(goal.startDate))) / 7
  return goal.weeklyRateKg < 0 ? Math.max(kg, goal.targetKg) : goal.weeklyRateKg > 0 ? Math.min(kg, goal.targetKg) : kg
}

const STATUS_WORDS = { ahead: 'Ahead of plan', 'on-track': 'On track', behind: 'Behind plan', reached: 'Target reached', 'no-data': 'No weigh-ins yet' } as const

export interface ReportPeriod {
  from: string
  to: string
}

/** The period's first day when none is asked for: the client's first scheduled or logged week. */
export function defaultFrom(progress: ClientProgress, to: string): string {
  const first = [progress.adherence[0]?.weekStart, progress.totals.firstDate].filter((d): d is string => !!d).sort()[0]
  return first && first <= to ? first : to
}

/** e1RM per session of an exercise (progress.exerciseSeries), for its chart. */
export type E1rmSeries = (exerciseId: string) => { date: string; e1rmKg: number | null }[]

/** How many exercises get an e1RM chart: the most trained, so the report stays a few pages. */
const E1RM_CHARTS = 3

export function buildProgressReportModel(progress: ClientProgress, period: ReportPeriod, settings: Settings, options: { units?: WeightUnit; paper?: PaperSize; e1rmSeries?: E1rmSeries }): ProgressReportModel {
  const units = options.units ?? settings.units.weight
  const { from, to } = period
  const inPeriod = (d: string) => d >= from && d <= to
  const weeks = progress.adherence.filter((w) => dayNumber(w.weekStart) + 6 >= dayNumber(from) && w.weekStart <= to)
  const scheduled = weeks.reduce((n, w) => n + w.scheduled, 0)
  const done = weeks.reduce((n, w) => n + w.done, 0)
  const extra = weeks.reduce((n, w) => n + w.extra, 0)
  const exercises = progress.exercises.filter((e) => e.lastDate >= from)
  const records = exercises.flatMap((e) => e.records.filter((r) => inPeriod(r.date)).map((r) => ({ ...r, name: e.name })))
  const setsInPeriod = progress.weeklyVolume.filter((w) => dayNumber(w.weekStart) + 6 >= dayNumber(from) && w.weekStart <= to)

  const summary = [
    { label: 'Sessions done', value: scheduled > 0 ? `${done} of ${scheduled} scheduled` : `${done + extra} logged` },
    { label: 'Adherence', value: scheduled > 0 ? `${Math.round((done / scheduled) * 100)} %` : 'Nothing scheduled' },
    { label: 'Extra sessions', value: String(extra) },
    { label: 'Records in the period', value: String(records.length) }
  ]

  const exerciseRows = exercises.map((e) => {
    const recs = e.records.filter((r) => inPeriod(r.date))
    return [
      `${e.name}\n${e.sessions} ${e.sessions === 1 ? 'session' : 'sessions'}, ${e.setsDone} ${e.setsDone === 1 ? 'set' : 'sets'} · last ${shortDay(e.lastDate)}`,
      bestSetText(e, units),
      e.e1rmKg !== null ? `${decimal(mass(e.e1rmKg, units))} ${units}` : (e.e1rmNote ?? '–'),
      e.totalVolumeKg > 0 ? `${grouped.format(mass(e.totalVolumeKg, units))} ${units}` : '–',
      recs.length > 0 ? recs.map((r) => `${RECORD_WORDS[r.kind]} ${shortDay(r.date)}`).join('\n') : '–'
    ]
  })

  const weekCount = Math.max(1, Math.ceil((dayNumber(to) - dayNumber(from) + 1) / 7))
  const groupRows = Object.entries(MUSCLE_GROUP_LABELS).flatMap(([group, label]) => {
    const perWeek = setsInPeriod.map((w) => w.groups.find((g) => g.group === group)?.sets ?? 0)
    const total = perWeek.reduce((a, b) => a + b, 0)
    if (total === 0) return []
    const latest = setsInPeriod.at(-1)
    return [[label, String(total), String(perWeek.filter((n) => n > 0).length), decimal(total / weekCount), latest ? `${perWeek.at(-1)} (week of ${shortDay(latest.weekStart)})` : '–']]
  })

  const measurementRows = progress.measurements.flatMap((m) => {
    const points = m.points.filter((p) => inPeriod(p.date))
    const first = points[0]
    const last = points.at(-1)
    if (!first || !last) return []
    const text = (v: number) => measureText(v, m.unitKind, settings.units, units)
    return [[m.name, `${text(first.value)}\n${shortDay(first.date)}`, `${text(last.value)}\n${shortDay(last.date)}`, points.length > 1 ? measureChange(last.value - first.value, m.unitKind, settings.units, units) : '–']]
  })

  const goal = progress.weightGoal
  const weightGoal = goal
    ? {
        facts: [
          { label: 'Target', value: `${decimal(mass(goal.targetKg, units))} ${units}${goal.targetDate ? ` by ${longDay(goal.targetDate)}` : ''}` },
          { label: 'Planned rate', value: `${signed(mass(goal.weeklyRateKg, units), 2)} ${units} a week from ${decimal(mass(goal.startKg, units))} ${units} on ${shortDay(goal.startDate)}` },
          { label: 'Latest', value: goal.latestKg !== null ? `${decimal(mass(goal.latestKg, units))} ${units}` : '–' },
          { label: 'Status', value: `${STATUS_WORDS[goal.status]}${goal.deviationKg !== null && goal.status !== 'reached' ? ` (${signed(mass(goal.deviationKg, units))} ${units} against the plan)` : ''}` }
        ],
        table: {
          columns: [
            { title: 'Weigh-in', share: 0.34 },
            { title: 'Planned', share: 0.22, align: 'right' as const },
            { title: 'Actual', share: 0.22, align: 'right' as const },
            { title: 'Difference', share: 0.22, align: 'right' as const }
          ],
          rows: goal.actual.filter((p) => inPeriod(p.date)).map((p) => {
            const planned = plannedOn(goal, p.date)
            return [shortDay(p.date), `${decimal(mass(planned, units))} ${units}`, `${decimal(mass(p.kg, units))} ${units}`, `${signed(mass(p.kg - planned, units))} ${units}`]
          })
        }
      }
    : null

  const c = progress.course
  const course = c
    ? {
        title: `${c.programName}: ${c.weeks} weeks, ${shortDay(c.startDate)} – ${shortDay(c.endDate)}${c.currentWeek ? ` · now in week ${c.currentWeek}` : ''}`,
        table: {
          columns: [{ title: 'Phase', share: 0.24 }, { title: 'Weeks', share: 0.26 }, { title: 'What to expect', share: 0.5 }],
          rows: c.phases.map((p) => [`${p.name}${p.current ? '\n(current)' : ''}`, `${p.fromWeek}-${p.toWeek}\n${shortDay(p.startDate)} – ${shortDay(p.endDate)}`, p.expect])
        }
      }
    : null

  const charts: ReportChart[] = []
  if (goal) {
    const actual = goal.actual.filter((p) => inPeriod(p.date)).map((p) => ({ x: dayNumber(p.date), y: mass(p.kg, units) }))
    if (actual.length > 0) {
      const planned = [from, to].map((d) => ({ x: dayNumber(d), y: mass(plannedOn(goal, d), units) }))
      charts.push({ title: 'Body weight: planned and actual', unit: units, lines: [{ label: 'Planned', dashed: true, points: planned }, { label: 'Actual', dashed: false, points: actual }], xLabels: [shortDay(from), shortDay(to)], xRange: [dayNumber(from), dayNumber(to)] })
    }
  }
  if (options.e1rmSeries) {
    const trained = exercises.filter((e) => e.e1rmKg !== null).sort((a, b) => b.sessions - a.sessions).slice(0, E1RM_CHARTS)
    for (const e of trained) {
      const points = options.e1rmSeries(e.exerciseId).filter((p) => p.e1rmKg !== null && inPeriod(p.date)).map((p) => ({ x: dayNumber(p.date), y: mass(p.e1rmKg!, units) }))
      // One point is no trend: the table already shows it.
      if (points.length >= 2) charts.push({ title: `${e.name}: estimated 1RM`, unit: units, lines: [{ label: 'e1RM (Epley)', dashed: false, points }], xLabels: [shortDay(from), shortDay(to)], xRange: [dayNumber(from), dayNumber(to)] })
    }
  }
  return {
    kind: 'progress-report',
    paper: options.paper ?? settings.paperSize,
    units,
    clientName: progress.clientName,
    period: `${longDay(from)} – ${longDay(to)}`,
    createdOn: longDay(progress.today),
    trainer: trainerCard(settings),
    summary,
    formula: `e1RM: estimated one-rep max, ${progress.formula.name} formula (${progress.formula.text}), from sets of ${progress.formula.minReps}-${progress.formula.maxReps} reps with a load.`,
    exercises: {
      columns: [{ title: 'Exercise', share: 0.34 }, { title: 'Best set', share: 0.15 }, { title: 'e1RM (Epley)', share: 0.15 }, { title: 'Volume', share: 0.14 }, { title: 'Records in period', share: 0.22 }],
      rows: exerciseRows
    },
    muscleGroups: {
      columns: [{ title: 'Muscle group', share: 0.24 }, { title: 'Sets', share: 0.12, align: 'right' }, { title: 'Weeks trained', share: 0.16, align: 'right' }, { title: 'Sets a week', share: 0.16, align: 'right' }, { title: 'Latest week', share: 0.32 }],
      rows: groupRows
    },
    measurements: { columns: [{ title: 'Measurement', share: 0.34 }, { title: 'First', share: 0.22 }, { title: 'Latest', share: 0.22 }, { title: 'Change', share: 0.22 }], rows: measurementRows },
    weightGoal,
    course,
    charts
  }
}
