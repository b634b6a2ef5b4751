import { createHash } from 'node:crypto'
import { v5 as uuidv5 } from 'uuid'
import { DefaultPrescription } from '../../../shared/exercises'
import { prescriptionFromDefault } from '../../../shared/program-document'
import { Prescription, ProgramDocument, ProgressionRule } from '../../../shared/programs'
import { generateWeeks } from '../../../shared/progression'
import { builtinId } from '../exercises/service'
import { BUILTIN_EXERCISES } from '../library/exercises'
import type { BuiltinTemplate } from '../library/templates'

// Built-in templates become stored programs with ids derived from their keys, so every install and
// every app version agree on them (the same row ids too, so an update changes rows in place).

const TEMPLATE_NAMESPACE = 'b3a7c1e2-5d4f-5a6b-8c9d-0e1f2a3b4c5d'

export function builtinTemplateId(key: string): string {
  return uuidv5(`program:${key}`, TEMPLATE_NAMESPACE)
}

const defaults = new Map(BUILTIN_EXERCISES.map((e) => [e.key, DefaultPrescription.parse(e.defaultPrescription)]))

/** The template's whole document: week 1 as written, the other weeks from its progression rule. */
export function buildTemplateDocument(t: BuiltinTemplate): ProgramDocument {
  let counter = 0
  const makeId = () => uuidv5(`program:${t.key}:${counter++}`, TEMPLATE_NAMESPACE)
  const week1 = {
    id: makeId(),
    phase: '',
    sessions: t.sessions.map((s) => ({
      id: makeId(),
      lineageId: makeId(),
      name: s.name,
      weekday: null,
      items: s.items.map((item) => {
        const base = defaults.get(item.exercise)
        if (!base) throw new Error(`Template ${t.key} uses an unknown exercise key: ${item.exercise}`)
        return {
          id: makeId(),
          lineageId: makeId(),
          exerciseId: builtinId(item.exercise),
          block: item.block,
          group: item.group ?? null,
          groupKind: item.groupKind ?? null,
          prescription: Prescription.parse({ ...prescriptionFromDefault(base), ...item.prescription })
        }
      })
    }))
  }
  const doc = ProgramDocument.parse({
    name: t.name,
    goal: t.goal,
    level: t.level,
    description: t.description,
    sessionsPerWeek: t.sessions.length,
    weeks: [week1]
  })
  // Not parsed again here (it runs at every start); the template tests validate the whole document.
  return generateWeeks(doc, ProgressionRule.parse({ ...t.progression, weeks: t.weeks }), makeId)
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}
