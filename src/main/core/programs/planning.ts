import { checkProgram } from '../../../shared/program-checks'
import { rankSwapCandidates } from '../../../shared/program-fit'
import { findItem, swapExercise } from '../../../shared/program-document'
import { ProgramDocument, type CheckContext, type ProgramCheck, type ProgressionRule, type SwapCandidates } from '../../../shared/programs'
import { generateWeeks, progressionChanges } from '../../../shared/progression'
import { notFound } from '../errors'
import { newId } from '../ids'
import { buildCheckContext, clientFacts } from './check-context'
import { loadDocument } from './document-store'
import type { ProgramRow } from './repo'
import type { ProgramsBase } from './service'

/** The designer's tools on a stored program: checks, progression, swaps. The maths is shared with the UI. */
export function createProgramsPlanning(base: ProgramsBase) {
  const { db, repo, deps, mustGet, mustBeEditable, mustBeCurrent, store } = base

  function context(row: ProgramRow): CheckContext {
    const client = row.client_id ? deps.clients.get(row.client_id) : null
    return buildCheckContext(repo, row, client, () => deps.settings.read().sessionLimitMinutes)
  }

  function progressed(row: ProgramRow, rule: ProgressionRule) {
    const before = loadDocument(repo, row)
    // Parsed again: the generated weeks go through the same rules as a save from the designer.
    const document = ProgramDocument.parse(generateWeeks(before, rule, newId))
    return { before, document }
  }

  return {
    checkContext(id: string): CheckContext {
      return context(mustGet(id))
    },

    check(id: string): ProgramCheck {
      const row = mustGet(id)
      return checkProgram(loadDocument(repo, row, true), context(row))
    },

    previewProgression(id: string, rule: ProgressionRule) {
      const { before, document } = progressed(mustGet(id), rule)
      return { document, ...progressionChanges(before, document) }
    },

    applyProgression(id: string, revision: number, rule: ProgressionRule) {
      return db.transaction(() => {
        const row = mustGet(id)
        mustBeEditable(row)
        mustBeCurrent(row, revision)
        return store(row, progressed(row, rule).document)
      })()
    },

    swapCandidates(programId: string, itemId: string): SwapCandidates {
      const row = mustGet(programId)
      const found = findItem(loadDocument(repo, row, true), itemId)
      if (!found) throw notFound('item in this program', itemId)
      const ctx = context(row)
      const exercise = ctx.exercises.find((e) => e.id === found.item.exerciseId)
      if (!exercise) throw notFound('exercise', found.item.exerciseId)
      const client = row.client_id ? clientFacts(deps.clients.get(row.client_id)) : null
      return { itemId, exerciseId: exercise.id, ...rankSwapCandidates(exercise, ctx.exercises, client) }
    },

    swap(input: { programId: string; revision: number; itemId: string; exerciseId: string; allWeeks: boolean }) {
      return db.transaction(() => {
        const row = mustGet(input.programId)
        mustBeEditable(row)
        mustBeCurrent(row, input.revision)
        const doc = loadDocument(repo, row)
        if (!findItem(doc, input.itemId)) throw notFound('item in this program', input.itemId)
        if (!repo.knownExercises([input.exerciseId]).has(input.exerciseId)) throw notFound('exercise', input.exerciseId)
        const { document, swapped } = swapExercise(doc, input.itemId, input.exerciseId, input.allWeeks)
        return { ...store(row, document), swapped }
      })()
    }
  }
}
export type ProgramsPlanning = ReturnType<typeof createProgramsPlanning>
