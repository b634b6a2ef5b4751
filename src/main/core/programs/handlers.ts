import type { HandlerTable } from '../handler'
import type { ProgramsPlanning } from './planning'
import type { ProgramsService } from './service'

export type ProgramMethods =
  | 'programs.list'
  | 'programs.get'
  | 'programs.create'
  | 'programs.save'
  | 'programs.setStatus'
  | 'programs.archive'
  | 'programs.restore'
  | 'programs.deletePreview'
  | 'programs.delete'
  | 'programs.duplicate'
  | 'programs.saveAsTemplate'
  | 'programs.assign'
  | 'programs.reschedule'
  | 'programs.schedule'
  | 'programs.checkContext'
  | 'programs.check'
  | 'programs.previewProgression'
  | 'programs.applyProgression'
  | 'programs.swapCandidates'
  | 'programs.swap'

export function programsHandlers(programs: ProgramsService, planning: ProgramsPlanning): HandlerTable<ProgramMethods> {
  const changes = ['programs'] as const
  return {
    'programs.list': { run: (input) => programs.list(input) },
    'programs.get': { run: ({ id }) => programs.get(id) },
    'programs.create': { run: (input) => programs.create(input), changes },
    'programs.save': { run: ({ id, revision, document }) => programs.save(id, revision, document), changes },
    'programs.setStatus': { run: ({ id, status }) => programs.setStatus(id, status), changes },
    'programs.archive': { run: ({ id }) => programs.setArchived(id, true), changes },
    'programs.restore': { run: ({ id }) => programs.setArchived(id, false), changes },
    'programs.deletePreview': { run: ({ id }) => programs.deletePreview(id) },
    'programs.delete': { run: ({ id }) => programs.remove(id), changes },
    'programs.duplicate': { run: ({ id, name }) => programs.duplicate(id, name), changes },
    'programs.saveAsTemplate': { run: ({ id, name }) => programs.saveAsTemplate(id, name), changes },
    'programs.assign': { run: (input) => programs.assign(input), changes },
    'programs.reschedule': { run: ({ id, startDate, weekdays }) => programs.reschedule(id, startDate, weekdays), changes },
    'programs.schedule': { run: (input) => programs.schedule(input) },
    'programs.checkContext': { run: ({ id }) => planning.checkContext(id) },
    'programs.check': { run: ({ id }) => planning.check(id) },
    'programs.previewProgression': { run: ({ id, rule }) => planning.previewProgression(id, rule) },
    'programs.applyProgression': { run: ({ id, revision, rule }) => planning.applyProgression(id, revision, rule), changes },
    'programs.swapCandidates': { run: ({ programId, itemId }) => planning.swapCandidates(programId, itemId) },
    'programs.swap': { run: (input) => planning.swap(input), changes }
  }
}
