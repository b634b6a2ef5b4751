import { performance } from 'node:perf_hooks'
import { safeFileName } from '../../../shared/plans'
import type { plansMethods } from '../../../shared/registry/plans'
import type { CoreDeps } from '../deps'
import type { HandlerTable } from '../handler'
import { newId } from '../ids'
import { buildPlanModel } from './plan-data'
import { checkTarget, writeAtomically } from './save-file'
import { createPlanRenderer } from './worker-pool'

export type PlansMethodName = keyof typeof plansMethods

/** Stages of an export, for `job.progress` (drawing is one step: react-pdf reports nothing inside it). */
const STAGES = 5

export function plansHandlers(deps: CoreDeps): HandlerTable<PlansMethodName> {
  const renderer = createPlanRenderer()
  deps.onClose(() => renderer.close())

  return {
    'plans.export': {
      async run(input) {
        const started = performance.now()
        const job = `plans.export:${newId()}`
        let done = 0
        const step = (label: string) => deps.progress({ job, label, done: Math.min(++done, STAGES - 1), total: STAGES })
        await checkTarget(input.path)
        step('Reading the program')
        const model = buildPlanModel(deps, input)
        const rendered = await renderer.render(model, step)
        step('Saving the file')
        await writeAtomically(input.path, rendered.pdf)
        deps.progress({ job, label: 'Saved', done: STAGES, total: STAGES })
        return { path: input.path, pages: rendered.pages, bytes: rendered.pdf.byteLength, ms: Math.round(performance.now() - started) }
      }
    },
    'plans.suggestedName': {
      run({ programId, sessionId }) {
        const program = deps.programs.get(programId)
        // Asked as the export dialog opens: the worker gets going while the trainer picks options.
        renderer.warm()
        const who = program.isTemplate ? 'Template' : (program.clientName ?? 'Client')
        const week = program.document.weeks.findIndex((w) => w.sessions.some((s) => s.id === sessionId))
        const session = program.document.weeks[week]?.sessions.find((s) => s.id === sessionId)
        const what = session ? `${session.name} (week ${week + 1})` : program.document.name
        return { name: `${safeFileName(`${who} - ${what}`)}.pdf` }
      }
    }
  }
}
