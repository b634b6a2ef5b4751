import type { progressMethods } from '../../../shared/registry/progress'
import type { CoreDeps } from '../deps'
import { CoreFailure } from '../errors'
import type { HandlerTable } from '../handler'

export type ProgressMethodName = keyof typeof progressMethods

const notYet = (): never => {
  throw new CoreFailure('unavailable', 'Not yet built')
}

export function progressHandlers(_deps: CoreDeps): HandlerTable<ProgressMethodName> {
  return {
    'logs.prefill': { run: notYet },
    'logs.save': { run: notYet, changes: ['logs'] },
    'logs.get': { run: notYet },
    'logs.list': { run: notYet },
    'logs.delete': { run: notYet, changes: ['logs'] },
    'pain.list': { run: notYet },
    'pain.resolve': { run: notYet, changes: ['pain'] },
    'measurements.types': { run: notYet },
    'measurements.createType': { run: notYet, changes: ['measurements'] },
    'measurements.deleteType': { run: notYet, changes: ['measurements'] },
    'measurements.record': { run: notYet, changes: ['measurements'] },
    'measurements.update': { run: notYet, changes: ['measurements'] },
    'measurements.list': { run: notYet },
    'measurements.delete': { run: notYet, changes: ['measurements'] },
    'progress.client': { run: notYet },
    'progress.exerciseSeries': { run: notYet },
    'progress.exportCsv': { run: notYet },
    'dashboard.today': { run: notYet }
  }
}
