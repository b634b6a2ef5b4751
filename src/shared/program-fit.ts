import { MOVEMENT_PATTERN_LABELS } from './exercises'
import type { ClientFacts, ExerciseFacts, SwapCandidate } from './programs'
import { BODY_AREA_LABELS, EQUIPMENT_LABELS, type TrainingLevel } from './vocabulary'

// Whether an exercise suits a client, and what to swap it for: used by the checks (their fixes), the
// swap dialog and the standard warm-up the core offers. Pure, shared by the core and the renderer.

export const LEVEL_RANK: Record<TrainingLevel, number> = { beginner: 1, intermediate: 2, advanced: 3 }
const SETTINGS_FOR_LOCATION = { home: ['home', 'both'], gym: ['gym', 'both'], both: ['home', 'gym', 'both'] } as const

export function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1)
}

/** "a knee", "an ankle". */
export function withArticle(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`
}

export function listText(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`
}

/** Why an exercise does not suit a client, in words; empty when it does. */
export function unfitReasons(e: ExerciseFacts, client: ClientFacts): string[] {
  const reasons: string[] = []
  const missing = e.equipment.filter((q) => !client.equipment.includes(q))
  if (missing.length > 0) reasons.push(`needs ${listText(missing.map((q) => lowerFirst(EQUIPMENT_LABELS[q])))}`)
  if (LEVEL_RANK[e.level] > LEVEL_RANK[client.level]) reasons.push(`is an ${e.level} exercise`)
  if (!(SETTINGS_FOR_LOCATION[client.trainingLocation] as readonly string[]).includes(e.setting)) reasons.push(`is done in a ${e.setting}`)
  const areas = new Set(client.limitations.map((l) => l.area))
  const cautions = e.cautions.filter((c) => areas.has(c.area))
  if (cautions.length > 0) reasons.push(`carries ${withArticle(listText(cautions.map((c) => lowerFirst(BODY_AREA_LABELS[c.area]))))} caution`)
  return reasons
}

/** Whether an exercise suits a client: unfitReasons is empty, without writing the reasons. */
export function suits(e: ExerciseFacts, client: ClientFacts): boolean {
  if (LEVEL_RANK[e.level] > LEVEL_RANK[client.level]) return false
  if (!(SETTINGS_FOR_LOCATION[client.trainingLocation] as readonly string[]).includes(e.setting)) return false
  if (e.equipment.some((q) => !client.equipment.includes(q))) return false
  return !e.cautions.some((c) => client.limitations.some((l) => l.area === c.area))
}

/** Steps from `from` to `to` along a ladder they share (negative = easier), the shortest if several. */
function ladderSteps(from: ExerciseFacts, to: ExerciseFacts): { steps: number; name: string } | null {
  let best: { steps: number; name: string } | null = null
  for (const a of from.ladders) {
    for (const b of to.ladders) {
      if (a.key !== b.key) continue
      const steps = b.position - a.position
      if (steps !== 0 && (!best || Math.abs(steps) < Math.abs(best.steps))) best = { steps, name: a.name }
    }
  }
  return best
}

/**
 * Alternatives for an exercise: its ladder neighbours first (nearest, easier before harder), then
 * exercises of the same pattern sharing a primary muscle group. With a client, only those that suit them.
 */
export function rankSwapCandidates(e: ExerciseFacts, all: readonly ExerciseFacts[], client: ClientFacts | null): { items: SwapCandidate[]; excluded: number } {
  const related: (SwapCandidate & { rank: number })[] = []
  let excluded = 0
  const groups = new Set(e.primaryGroups)
  for (const c of all) {
    if (c.id === e.id || c.retired) continue
    const ladder = ladderSteps(e, c)
    const samePattern = c.category === e.category && c.pattern === e.pattern && c.primaryGroups.some((g) => groups.has(g))
    if (!ladder && !samePattern) continue
    if (client && !suits(c, client)) {
      excluded++
      continue
    }
    const reason = ladder
      ? `${Math.abs(ladder.steps)} ${Math.abs(ladder.steps) === 1 ? 'step' : 'steps'} ${ladder.steps < 0 ? 'easier' : 'harder'} on the ${ladder.name} ladder`
      : `Same movement (${lowerFirst(MOVEMENT_PATTERN_LABELS[c.pattern])}) and muscles`
    // Ladder steps first (nearest, easier first), then the rest from the easiest level.
    const rank = ladder ? Math.abs(ladder.steps) * 2 + (ladder.steps < 0 ? 0 : 1) : 100 + LEVEL_RANK[c.level]
    related.push({ exerciseId: c.id, name: c.name, level: c.level, pattern: c.pattern, equipment: c.equipment, ladderSteps: ladder?.steps ?? null, reason, rank })
  }
  related.sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name))
  return { items: related.map(({ rank: _rank, ...c }) => c), excluded }
}
