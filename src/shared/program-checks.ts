import { MUSCLE_GROUP_LABELS, MUSCLE_GROUPS, type MuscleGroup } from './exercises'
import { Findings, noFindingsOpen, ProgressionRuns, type Place } from './check-findings'
import { defaultWeekdays, sessionDays, weeksText, type MakeId } from './program-document'
import {
  ProgressionRule,
  WEEKDAY_SHORT,
  type CheckContext,
  type CheckFix,
  type CheckIssue,
  type CheckRuleId,
  type CheckTarget,
  type ClientFacts,
  type ExerciseFacts,
  type Prescription,
  type ProgramCheck,
  type ProgramDocument,
  type ProgramItem,
  type ProgramSession
} from './programs'
import { LEVEL_RANK, listText, lowerFirst, rankSwapCandidates, withArticle } from './program-fit'
import { generateWeeks } from './progression'
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, TRAINING_LEVEL_LABELS } from './vocabulary'

// Fit and swaps live in program-fit.ts; re-exported for the renderer modules that import them from here.
export { rankSwapCandidates, suits, unfitReasons } from './program-fit'

// The live checks: pure, linear in the size of the program (the designer reruns them on every edit).
// Each rule comes from the source articles' programming and safety rules; messages name the place in
// plain words, and the same problem across weeks is reported once, listing the weeks. Findings are
// grouped by what the trainer reads (session name, exercise), not by row lineage: weeks built one by
// one, or stored before lineages were shared, would otherwise repeat a finding once a week.

export const CHECK_RULE_INFO: Record<CheckRuleId, { title: string; why: string }> = {
  'warm-up-missing': { title: 'No warm-up', why: 'Every session starts with a warm-up: about ten minutes of light cardio or dynamic stretches.' },
  'cool-down-missing': { title: 'No cool-down', why: 'Every session ends with a cool-down: stretches, a short yoga sequence or foam rolling.' },
  'recovery-48h': { title: 'Less than 48 hours of rest', why: 'Give a muscle group at least 48 hours before loading it again.' },
  'weekly-frequency': { title: 'Training frequency', why: 'Train the back of the legs two to three times a week.' },
  'hamstring-balance': { title: 'Unbalanced legs', why: 'Train the quadriceps and calves too, not only the hamstrings.' },
  'no-progression': { title: 'No progression', why: 'Raise load, reps or sets over time (progressive overload).' },
  'equipment-missing': { title: 'Missing equipment', why: 'The client needs the equipment to do the exercise.' },
  'above-level': { title: 'Above the client’s level', why: 'Build up through the easier steps first.' },
  'limitation-caution': { title: 'Caution for a limitation', why: 'The exercise carries a caution for an area the client has a limitation in.' },
  'needs-spotter': { title: 'Needs a spotter', why: 'Some moves are never done heavy alone.' },
  'medical-clearance': { title: 'Medical clearance needed', why: 'The client answered “yes” on the readiness questions and no clearance is recorded.' },
  'session-too-long': { title: 'Session too long', why: 'The estimated session time is over your limit (Settings).' },
  'measure-missing': { title: 'Missing target', why: 'The prescription lacks the measure the exercise is counted in.' },
  'unknown-exercise': { title: 'Unknown exercise', why: 'The exercise is no longer in the library.' }
}

/** The source's "two to three times a week" is about the back of the legs. */
const FREQUENCY_GROUPS: MuscleGroup[] = ['hamstrings', 'glutes', 'calves']
const SECONDS_PER_REP = 4
const CHANGEOVER_SECONDS = 30
const WALKING_METRES_PER_SECOND = 1.3
const LINEAR_RULE = ProgressionRule.parse({ kind: 'linear' })
export const SPOTTER_NOTE = 'Always with a spotter beside you; never lift this heavy alone.'

// ---- Session time ----

/** Seconds per rep from a tempo ("3-1-1-0" = 5 s; X, explosive, counts 1 s), or null without one. */
export function tempoSeconds(tempo: string | null): number | null {
  if (!tempo) return null
  const phases = tempo.includes('-') ? tempo.split('-') : tempo.split('')
  return phases.reduce((sum, phase) => sum + (phase === 'X' ? 1 : Number(phase)), 0)
}

/** One set's work: reps x seconds per rep (plus any hold), a hold, a duration or a distance at walking pace. */
export function workSeconds(p: Prescription): number {
  const sides = p.perSide ? 2 : 1
  if (p.reps) return ((p.reps.min + p.reps.max) / 2) * ((tempoSeconds(p.tempo) ?? SECONDS_PER_REP) + (p.holdSeconds ?? 0)) * sides
  if (p.holdSeconds) return p.holdSeconds * sides
  if (p.durationMinutes) return p.durationMinutes * 60 * sides
  if (p.distanceMeters) return (p.distanceMeters / WALKING_METRES_PER_SECOND) * sides
  return CHANGEOVER_SECONDS
}

/**
 * Estimated minutes: each item's sets of work, rests between its sets, and half a minute to change over.
 * A superset or circuit goes from one exercise to the next without the rest; its longest rest comes once
 * per round instead, so grouping shortens a session as it does in the gym.
 */
export function estimateSessionMinutes(session: Pick<ProgramSession, 'items'>): number {
  let seconds = 0
  // Made only for a session with groups (most have none).
  let rounds: Map<string, { sets: number; rest: number }> | null = null
  for (const { prescription: p, group, block } of session.items) {
    seconds += p.sets * workSeconds(p) + CHANGEOVER_SECONDS
    if (group === null) {
      seconds += (p.sets - 1) * p.restSeconds
      continue
    }
    rounds ??= new Map()
    const key = `${block}:${group}`
    const round = rounds.get(key)
    rounds.set(key, { sets: Math.max(round?.sets ?? 0, p.sets), rest: Math.max(round?.rest ?? 0, p.restSeconds) })
  }
  if (rounds) for (const { sets, rest } of rounds.values()) seconds += (sets - 1) * rest
  return Math.round(seconds / 60)
}

// ---- The checks ----

/** What the checks derive from one exercise for a context's client: worked out once, not once per item. */
interface Verdict {
  e: ExerciseFacts
  /** The groups a main-block item of it loads (a strength move's primary groups), and the same as bits (GROUP_BIT). */
  loads: readonly MuscleGroup[]
  loadBits: number
  quadOrCalf: boolean
  /** The equipment the client lacks, in words; null when nothing is missing (or no client). */
  missing: string | null
  levelGap: number
  cautions: { caution: ExerciseFacts['cautions'][number]; limitation: ClientFacts['limitations'][number] }[]
  /** The best swap for a client it does not suit; worked out when first needed. */
  swap: CheckFix | null | undefined
}

interface ContextMemo {
  facts: Map<string, ExerciseFacts>
  /** null: no such exercise in the library. */
  verdicts: Map<string, Verdict | null>
}

// What the checks derive from the library and the client is kept for the next run with the same ones:
// the designer reruns the checks on every keystroke with one context, and the core hands out one frozen
// library until an exercise changes. Both are read-only data; clients are told apart by their facts.
const libraries = new WeakMap<readonly ExerciseFacts[], { facts: Map<string, ExerciseFacts>; byClient: Map<string, ContextMemo> }>()
const CLIENTS_KEPT = 8

function memoOf(context: CheckContext): ContextMemo {
  let library = libraries.get(context.exercises)
  if (!library) libraries.set(context.exercises, (library = { facts: new Map(context.exercises.map((e) => [e.id, e])), byClient: new Map() }))
  const clientKey = context.client ? JSON.stringify(context.client) : ''
  let memo = library.byClient.get(clientKey)
  if (!memo) {
    library.byClient.set(clientKey, (memo = { facts: library.facts, verdicts: new Map() }))
    if (library.byClient.size > CLIENTS_KEPT) library.byClient.delete(library.byClient.keys().next().value!)
  }
  return memo
}

function verdictOf(memo: ContextMemo, client: ClientFacts | null, exerciseId: string): Verdict | null {
  const known = memo.verdicts.get(exerciseId)
  if (known !== undefined) return known
  const e = memo.facts.get(exerciseId)
  let verdict: Verdict | null = null
  if (e) {
    const missing = client ? e.equipment.filter((q) => !client.equipment.includes(q)) : []
    verdict = {
      e,
      loads: e.category === 'strength' ? e.primaryGroups : [],
      loadBits: e.category === 'strength' ? bitsOf(e.primaryGroups) : 0,
      quadOrCalf: e.primaryGroups.includes('quads') || e.primaryGroups.includes('calves'),
      missing: missing.length > 0 ? listText(missing.map((q) => lowerFirst(EQUIPMENT_LABELS[q]))) : null,
      levelGap: client ? LEVEL_RANK[e.level] - LEVEL_RANK[client.level] : 0,
      cautions: client
        ? e.cautions.flatMap((caution) => {
            const limitation = client.limitations.find((l) => l.area === caution.area)
            return limitation ? [{ caution, limitation }] : []
          })
        : [],
      swap: undefined
    }
  }
  memo.verdicts.set(exerciseId, verdict)
  return verdict
}

/** A bit per muscle group: a session's loaded groups as one number (there are few groups). */
const GROUP_BIT = Object.fromEntries(MUSCLE_GROUPS.map((g, i) => [g, 1 << i])) as Record<MuscleGroup, number>
const HAMSTRINGS_BIT = GROUP_BIT.hamstrings

function bitsOf(groups: readonly MuscleGroup[]): number {
  let bits = 0
  for (const g of groups) bits |= GROUP_BIT[g]
  return bits
}

const MEASURE_FIELD = { reps: 'reps', hold: 'holdSeconds', duration: 'durationMinutes', distance: 'distanceMeters' } as const
const MEASURE_UNIT = { reps: 'repetitions', hold: 'seconds held', duration: 'minutes', distance: 'metres' } as const

interface PlacedSession {
  week: number
  day: number
  absoluteDay: number
  session: ProgramSession
  weekId: string
  /** The groups its main block loads, in the order first met. */
  loads: MuscleGroup[]
}

/** A session name's findings, and those of each exercise in it (by exercise id) with the exercise's verdict. */
interface SessionPlace extends Place {
  items: Map<string, ItemPlace>
}
interface ItemPlace extends Place {
  verdict: Verdict | null
}

/**
 * All the rules over a document; `context` carries the exercises, the client and the limits. The
 * context is treated as immutable: what is derived from it is kept for the next run with the same one.
 */
export function checkProgram(doc: ProgramDocument, context: CheckContext): ProgramCheck {
  const memo = memoOf(context)
  const client = context.client
  const findings = new Findings()
  const totalWeeks = doc.weeks.length
  const where = (weeks: number[]) => (totalWeeks === 1 ? '' : weeks.length === totalWeeks ? ' in every week' : ` in ${weeksText(weeks)}`)
  const swapFix = (v: Verdict): CheckFix | null => {
    if (v.swap === undefined) {
      const best = rankSwapCandidates(v.e, context.exercises, client).items[0]
      v.swap = best ? { kind: 'swap', label: `Swap for ${best.name}`, exerciseId: best.exerciseId } : null
    }
    return v.swap
  }
  const standard: Partial<Record<'warm-up' | 'cool-down', CheckFix | null>> = {}
  const standardFix = (block: 'warm-up' | 'cool-down'): CheckFix | null => {
    const known = standard[block]
    if (known !== undefined) return known
    const items = block === 'warm-up' ? context.standardWarmUp : context.standardCoolDown
    const names = items.map((i) => memo.facts.get(i.exerciseId)?.name ?? 'exercise')
    return (standard[block] = items.length === 0 ? null : { kind: 'add-items', label: `Add the standard ${block} (${listText(names)})`, block, items })
  }
  // Findings are kept by place: one per session name, one per session name and exercise (keyed by
  // their reused strings), each holding the findings open there.
  const sessionPlaces = new Map<string, SessionPlace>()
  const itemPlaceOf = (sessionPlace: SessionPlace, exerciseId: string): ItemPlace => {
    let place = sessionPlace.items.get(exerciseId)
    if (place === undefined) {
      place = { key: `${sessionPlace.key}:${exerciseId}`, open: noFindingsOpen(), verdict: verdictOf(memo, client, exerciseId) }
      sessionPlace.items.set(exerciseId, place)
    }
    return place
  }
  // Weeks laid out alike (the same fixed weekdays, the same number of free sessions) get the same days.
  const daysByLayout = new Map<string, number[]>()
  const daysOf = (sessions: readonly ProgramSession[]): number[] => {
    let layout = ''
    for (const session of sessions) layout += session.weekday === null ? '-' : session.weekday
    let days = daysByLayout.get(layout)
    if (days === undefined) {
      const free = sessions.filter((s) => s.weekday === null).length
      daysByLayout.set(layout, (days = sessionDays(sessions, context.weekdays ?? defaultWeekdays(free), context.startWeekday).days))
    }
    return days
  }

  if (client?.medicalClearanceNeeded) {
    findings.add('medical-clearance', 'program', 'error', 0, {}, () =>
      `${client.name} needs a doctor’s clearance before training: a readiness answer was “yes” and no clearance is recorded.`
    )
  }

  const placed: PlacedSession[] = []
  // Four identical weeks are needed for a finding: shorter programs skip the tracking.
  const progression = totalWeeks >= 4 ? new ProgressionRuns() : null

  for (let w = 0; w < doc.weeks.length; w++) {
    const week = doc.weeks[w]!
    const weekNo = w + 1
    const days = daysOf(week.sessions)
    // Sessions this week that load each of FREQUENCY_GROUPS.
    const trainedIn = FREQUENCY_GROUPS.map(() => 0)
    let hamstringsLoaded: { sessionId: string } | null = null
    let quadOrCalfWork = false
    progression?.startWeek(weekNo, () => {
      const items: ProgramItem[] = []
      for (const session of week.sessions) for (const item of session.items) if (item.block === 'main' && memo.facts.has(item.exerciseId)) items.push(item)
      return items
    })

    for (let s = 0; s < week.sessions.length; s++) {
      const session = week.sessions[s]!
      const day = days[s] ?? 0
      const at: CheckTarget = { weekId: week.id, sessionId: session.id }
      // The session as its messages name it; the same name in another week is the same session to the trainer.
      let sessionPlace = sessionPlaces.get(session.name)
      if (sessionPlace === undefined) sessionPlaces.set(session.name, (sessionPlace = { key: `session:${session.name}`, open: noFindingsOpen(), items: new Map() }))
      const loads: MuscleGroup[] = []
      let loadBits = 0
      let hasWarmUp = false
      let hasCoolDown = false

      for (const item of session.items) {
        const block = item.block
        if (block === 'warm-up') hasWarmUp = true
        else if (block === 'cool-down') hasCoolDown = true
        const itemAt: CheckTarget = { weekId: week.id, sessionId: session.id, itemId: item.id }
        const place = itemPlaceOf(sessionPlace, item.exerciseId)
        const v = place.verdict
        if (!v) {
          if (!findings.extendAt(place, 'unknown-exercise', weekNo, itemAt)) {
            findings.openAt(place, 'unknown-exercise', 'error', weekNo, itemAt, (weeks) => `An exercise in ${session.name}${where(weeks)} is no longer in the library; choose another.`)
          }
          continue
        }
        const e = v.e
        if (block === 'main') {
          const fresh = v.loadBits & ~loadBits
          if (fresh !== 0) {
            for (const g of v.loads) if (fresh & GROUP_BIT[g]) loads.push(g)
            loadBits |= fresh
          }
          if (v.quadOrCalf) quadOrCalfWork = true
          progression?.add(item, s, session.name, itemAt)
        }

        const p = item.prescription
        if (p[MEASURE_FIELD[e.measurement]] === null && !findings.extendAt(place, 'measure-missing', weekNo, itemAt)) {
          findings.openAt(place, 'measure-missing', 'warning', weekNo, itemAt, (weeks) =>
            `${e.name} is counted in ${MEASURE_UNIT[e.measurement]}, but ${session.name} gives no target${where(weeks)}.`
          )
        }
        if (e.needsSpotter && !/spott/i.test(p.notes) && !findings.extendAt(place, 'needs-spotter', weekNo, itemAt)) {
          findings.openAt(place, 'needs-spotter', 'warning', weekNo, itemAt, (weeks) =>
            `${e.name} in ${session.name} needs a spotter${where(weeks)}: add a note so it is never done alone.`,
            { kind: 'add-note', label: 'Add a spotter note', note: SPOTTER_NOTE }
          )
        }
        if (!client) continue
        const needs = v.missing
        if (needs !== null && !findings.extendAt(place, 'equipment-missing', weekNo, itemAt)) {
          findings.openAt(place, 'equipment-missing', 'error', weekNo, itemAt, (weeks) =>
            `${e.name} in ${session.name} needs ${needs}, which ${client.name} does not have${where(weeks)}.`,
            swapFix(v)
          )
        }
        if (v.levelGap > 0 && !findings.extendAt(place, 'above-level', weekNo, itemAt)) {
          findings.openAt(place, 'above-level', v.levelGap > 1 ? 'error' : 'warning', weekNo, itemAt, (weeks) =>
            `${e.name} in ${session.name} is ${lowerFirst(TRAINING_LEVEL_LABELS[e.level])}; ${client.name} is ${lowerFirst(TRAINING_LEVEL_LABELS[client.level])}${where(weeks)}.`,
            swapFix(v)
          )
        }
        for (const { caution, limitation } of v.cautions) {
          const key = `${place.key}:${caution.area}`
          if (findings.extend('limitation-caution', key, weekNo, itemAt)) continue
          const area = lowerFirst(BODY_AREA_LABELS[caution.area])
          findings.open('limitation-caution', key, 'warning', weekNo, itemAt, (weeks) =>
            `${e.name} in ${session.name}${where(weeks)} carries ${withArticle(area)} caution (${caution.note}) and ${client.name} has ${withArticle(area)} limitation${limitation.note ? ` (${limitation.note})` : ''}.`,
            swapFix(v)
          )
        }
      }

      if (!hasWarmUp && !findings.extendAt(sessionPlace, 'warm-up-missing', weekNo, at)) {
        findings.openAt(sessionPlace, 'warm-up-missing', 'error', weekNo, at, (weeks) => `${session.name} has no warm-up${where(weeks)}.`, standardFix('warm-up'))
      }
      if (!hasCoolDown && !findings.extendAt(sessionPlace, 'cool-down-missing', weekNo, at)) {
        findings.openAt(sessionPlace, 'cool-down-missing', 'error', weekNo, at, (weeks) => `${session.name} has no cool-down${where(weeks)}.`, standardFix('cool-down'))
      }
      const minutes = estimateSessionMinutes(session)
      if (minutes > context.sessionLimitMinutes && !findings.extendAt(sessionPlace, 'session-too-long', weekNo, at, minutes)) {
        findings.openAt(
          sessionPlace,
          'session-too-long',
          'warning',
          weekNo,
          at,
          (weeks, most) => `${session.name} takes about ${most} minutes${where(weeks)}, over your ${context.sessionLimitMinutes}-minute limit.`,
          null,
          minutes
        )
      }
      FREQUENCY_GROUPS.forEach((g, i) => {
        if (loadBits & GROUP_BIT[g]) trainedIn[i]!++
      })
      if (loadBits & HAMSTRINGS_BIT && !hamstringsLoaded) hamstringsLoaded = { sessionId: session.id }
      placed.push({ week: weekNo, day, absoluteDay: w * 7 + day, session, weekId: week.id, loads })
    }

    for (const [i, g] of FREQUENCY_GROUPS.entries()) {
      const count = trainedIn[i]!
      if (count === 0 || (count >= 2 && count <= 3)) continue
      const label = MUSCLE_GROUP_LABELS[g]
      const few = count < 2
      findings.add('weekly-frequency', `${g}:${few ? 'few' : 'many'}`, 'warning', weekNo, { weekId: week.id }, (weeks) =>
        few
          ? `${label} are trained in only one session a week${where(weeks)}; aim for two to three.`
          : `${label} are trained in ${count} sessions a week${where(weeks)}; two to three leave time to recover.`
      )
    }
    if (hamstringsLoaded && !quadOrCalfWork) {
      const { sessionId } = hamstringsLoaded
      findings.add('hamstring-balance', 'week', 'warning', weekNo, { weekId: week.id, sessionId }, (weeks) =>
        `Hamstrings are trained with no quad or calf work${where(weeks)}; add squats, lunges or calf raises for balance.`
      )
    }
  }

  // Progression: the same exercise and prescription (notes aside) four weeks running or more.
  const progressionFix: CheckFix | null = { kind: 'progression', label: 'Progress weeks 2 onwards from week 1 (linear)', rule: LINEAR_RULE }
  for (const run of progression?.all ?? []) {
    if (run.weeks.length < 4) continue
    const name = memo.facts.get(run.first.exerciseId)?.name ?? 'An exercise'
    const message = (weeks: number[]) => `${name} in ${run.sessionName} stays the same for four weeks or more (${weeksText(weeks)}); raise the load, reps or sets over time.`
    findings.addAll('no-progression', run.key, 'warning', run.weeks, run.targets, message, progressionFix)
  }

  // 48 hours: the same group loaded on consecutive days (or twice a day), across week boundaries too.
  placed.sort((a, b) => a.absoluteDay - b.absoluteDay)
  const lastLoaded = new Map<MuscleGroup, PlacedSession>()
  for (const current of placed) {
    for (const g of current.loads) {
      const before = lastLoaded.get(g)
      if (before && current.absoluteDay - before.absoluteDay < 2) {
        const nextWeek = before.week !== current.week
        const dayName = (p: PlacedSession) => WEEKDAY_SHORT[(((context.startWeekday - 1 + p.day) % 7) + 7) % 7]
        const key = `${g}:${before.session.name}:${current.session.name}:${nextWeek}`
        findings.add('recovery-48h', key, 'warning', current.week, { weekId: current.weekId, sessionId: current.session.id }, (weeks) =>
          `${MUSCLE_GROUP_LABELS[g]} are loaded in ${before.session.name} (${dayName(before)}) and again in ${current.session.name}${nextWeek ? ' of the next week' : ''} (${dayName(current)}), less than 48 hours apart${where(weeks)}.`
        )
      }
      lastLoaded.set(g, current)
    }
  }

  return findings.result()
}

// ---- Fixes ----

/**
 * The document with an issue's fix applied at every place the issue names. Items added to the same
 * session in several weeks share a lineage, so the printed plan shows them as one row.
 */
export function applyFix(doc: ProgramDocument, issue: Pick<CheckIssue, 'fix' | 'targets'>, makeId: MakeId): ProgramDocument {
  const fix = issue.fix
  if (!fix) return doc
  if (fix.kind === 'progression') return generateWeeks(doc, fix.rule, makeId)
  const sessions = new Set(issue.targets.map((t) => t.sessionId).filter(Boolean))
  const items = new Set(issue.targets.map((t) => t.itemId).filter(Boolean))
  const lineages = new Map<string, string>()
  const lineageFor = (sessionLineage: string, index: number) => {
    const key = `${sessionLineage}:${index}`
    if (!lineages.has(key)) lineages.set(key, makeId())
    return lineages.get(key)!
  }
  const weeks = doc.weeks.map((week) => ({
    ...week,
    sessions: week.sessions.map((session) => {
      if (fix.kind === 'add-items') {
        if (!sessions.has(session.id)) return session
        const added: ProgramItem[] = fix.items.map((std, i) => ({
          id: makeId(),
          lineageId: lineageFor(session.lineageId, i),
          exerciseId: std.exerciseId,
          block: fix.block,
          group: null,
          groupKind: null,
          prescription: { ...std.prescription }
        }))
        return { ...session, items: fix.block === 'warm-up' ? [...added, ...session.items] : [...session.items, ...added] }
      }
      if (!session.items.some((i) => items.has(i.id))) return session
      return {
        ...session,
        items: session.items.map((item) => {
          if (!items.has(item.id)) return item
          if (fix.kind === 'swap') return { ...item, exerciseId: fix.exerciseId }
          const notes = item.prescription.notes ? `${item.prescription.notes}\n${fix.note}` : fix.note
          return { ...item, prescription: { ...item.prescription, notes: notes.slice(0, 500) } }
        })
      }
    })
  }))
  return { ...doc, weeks }
}
