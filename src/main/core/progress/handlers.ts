import { PAIN_GUIDANCE } from '../../../shared/logs'
import type { progressMethods } from '../../../shared/registry/progress'
import type { CoreDeps } from '../deps'
import type { HandlerTable } from '../handler'
import { createLogPrefill } from '../logs/prefill'
import { createLogQueries } from '../logs/queries'
import { createLogsRepo } from '../logs/repo'
import { createLogsService } from '../logs/service'
import { createMeasurementsRepo } from '../measurements/repo'
import { createMeasurementsService } from '../measurements/service'
import { localToday } from '../programs/schedule'
import { createProgressAnalytics } from './analytics'
import { createDashboard } from './dashboard'
import { createCsvExport } from './export'

export type ProgressMethodName = keyof typeof progressMethods

// Scopes a write changes: the UI's queries are keyed by the method's domain (logs, pain, measurements,
// progress, dashboard), so a log save refreshes the log list, the alerts, the charts and the day.
const LOG_SCOPES = ['logs', 'pain', 'progress', 'dashboard'] as const
const MEASUREMENT_SCOPES = ['measurements', 'progress'] as const

/** Session logs, pain alerts, measurements, analytics, the dashboard and CSV export. */
export function progressHandlers(deps: CoreDeps): HandlerTable<ProgressMethodName> {
  const { db, tombstones, clients } = deps
  const repo = createLogsRepo(db)
  const queries = createLogQueries(db)
  const logs = createLogsService({ db, repo, queries, tombstones, clients })
  const prefill = createLogPrefill({ db, repo, clients, programs: deps.programs })
  const measurements = createMeasurementsService({ db, repo: createMeasurementsRepo(db), tombstones, clients })
  measurements.seedBuiltins()
  // A client's delete erases their logs (with pain flags) and measurements too, each leaving a tombstone.
  clients.addDependent(logs.clientDependent)
  clients.addDependent(measurements.clientDependent)
  const analytics = createProgressAnalytics({ db, clients, settings: deps.settings })
  const dashboard = createDashboard(db, { queries })
  const exportCsv = createCsvExport(db)

  return {
    'logs.prefill': { run: (input) => prefill(input) },
    'logs.save': { run: (input) => logs.save(input), changes: LOG_SCOPES },
    'logs.get': { run: ({ id }) => logs.get(id) },
    'logs.list': { run: (input) => logs.list(input) },
    'logs.delete': { run: ({ id }) => logs.remove(id), changes: LOG_SCOPES },

    'pain.list': { run: (input) => ({ ...queries.painList(input), guidance: PAIN_GUIDANCE }) },
    'pain.resolve': { run: ({ id, note }) => logs.resolvePain(id, note), changes: ['pain', 'logs', 'dashboard'] },

    'measurements.types': { run: () => measurements.types() },
    'measurements.createType': { run: (input) => measurements.createType(input), changes: MEASUREMENT_SCOPES },
    'measurements.deleteType': { run: ({ id }) => measurements.deleteType(id), changes: MEASUREMENT_SCOPES },
    'measurements.record': { run: (input) => measurements.record(input), changes: MEASUREMENT_SCOPES },
    'measurements.update': { run: (input) => measurements.update(input), changes: MEASUREMENT_SCOPES },
    'measurements.list': { run: (input) => measurements.list(input) },
    'measurements.delete': { run: ({ id }) => measurements.remove(id), changes: MEASUREMENT_SCOPES },

    'progress.client': { run: ({ clientId, asOf }) => analytics.client(clientId, asOf ?? localToday()) },
    'progress.exerciseSeries': { run: ({ clientId, exerciseId }) => analytics.exerciseSeries(clientId, exerciseId) },
    'progress.exportCsv': {
      run: ({ kind, clientId, path }) => {
        if (clientId) clients.get(clientId)
        const label = kind === 'logs' ? 'Writing session logs' : 'Writing measurements'
        return exportCsv(kind, clientId ?? null, path, (done, total) => deps.progress({ job: 'progress.exportCsv', label, done, total }))
      }
    },

    'dashboard.today': { run: ({ date, allToday }) => dashboard(date, allToday) }
  }
}
