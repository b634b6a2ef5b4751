import { performance } from 'node:perf_hooks'
import { safeFileName } from '../../../shared/plans'
import type { plansMethods } from '../../../shared/registry/plans'
import type { CoreDeps } from '../deps'
import type { HandlerTable } from '../handler'
import { newId } from '../ids'
import { localToday } from '../programs/schedule'
import { createProgressAnalytics } from '../progress/analytics'
import { buildPlanModel } from './plan-data'
import { buildProgressReportModel, defaultFrom } from './progress-data'
import { checkTarget, writeAtomically } from './save-file'
import { createPlanRenderer } from './worker-pool'

export type PlansMethodName = keyof typeof plansMethods

/** Stages of an export, for `job.progress` (drawing is one step: react-pdf reports nothing inside it). */
const STAGES = 5

export function plansHandlers(deps: CoreDeps): HandlerTable<PlansMethodName> {
  const renderer = createPlanRenderer()
  deps.onClose(() => renderer.close())
  // The same analytics as progress.client (read-only here: the progress domain owns the writes).
  const analytics = createProgressAnalytics({ db: deps.db, clients: deps.clients, settings: deps.settings })

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
        const clientId = input.progress ? deps.programs.get(input.programId).clientId : null
        if (clientId) {
          const to = localToday()
          const progress = analytics.client(clientId, to)
          model.progress = buildProgressReportModel(progress, { from: defaultFrom(progress, to), to }, deps.settings.read(), { units: model.units, paper: model.paper })
        }
        const rendered = await renderer.render(model, step)
        step('Saving the file')
        await writeAtomically(input.path, rendered.pdf)
        deps.progress({ job, label: 'Saved', done: STAGES, total: STAGES })
        return { path: input.path, pages: rendered.pages, bytes: rendered.pdf.byteLength, ms: Math.round(performance.now() - started) }
      }
    },
    'plans.progressReport': {
      async run(input) {
        const started = performance.now()
        const job = `plans.progressReport:${newId()}`
        const total = 4
        await checkTarget(input.path)
        deps.progress({ job, label: 'Reading the progress', done: 0, total })
        const to = input.to ?? localToday()
        const progress = analytics.client(input.clientId, to)
        const period = { from: input.from ?? defaultFrom(progress, to), to }
        const model = buildProgressReportModel(progress, period, deps.settings.read(), { units: input.units, paper: input.paper, e1rmSeries: (id) => analytics.exerciseSeries(input.clientId, id).points })
        deps.progress({ job, label: 'Drawing the report', done: 1, total })
        const rendered = await renderer.render(model, () => undefined)
        deps.progress({ job, label: 'Saving the file', done: 3, total })
        await writeAtomically(input.path, rendered.pdf)
        deps.progress({ job, label: 'Saved', done: total, total })
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
