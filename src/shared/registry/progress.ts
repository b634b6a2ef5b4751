import { EmptyInput, IdInput } from '../common'
import {
  LogDeleted,
  LogDeleteInput,
  LogDraft,
  LogList,
  LogListQuery,
  LogPrefillInput,
  LogSave,
  PainAlert,
  PainList,
  PainListQuery,
  PainResolve,
  SessionLog
} from '../logs'
import {
  Measurement,
  MeasurementDeleted,
  MeasurementList,
  MeasurementListQuery,
  MeasurementRecord,
  MeasurementsRecorded,
  MeasurementType,
  MeasurementTypeCreate,
  MeasurementTypeDeleted,
  MeasurementTypeDeleteInput,
  MeasurementTypes,
  MeasurementUpdate
} from '../measurements'
import {
  ClientProgress,
  ClientProgressInput,
  CsvExported,
  Dashboard,
  DashboardInput,
  ExerciseSeries,
  ExerciseSeriesInput,
  ExportCsvInput
} from '../progress'
import { method } from './method'

// The progress part of the contract registry (spread into src/shared/api.ts). List every name here in
// ./progress-names.ts too: the preload's allow-list is built from those plain strings.
export const progressMethods = {
  'logs.prefill': method({ summary: "An unsaved log of a session, prefilled with that week's targets in the order of the printed sheet", input: LogPrefillInput, output: LogDraft }),
  'logs.save': method({ summary: 'Create or replace a whole session log (sets, effort, notes, pain) in one transaction', input: LogSave, output: SessionLog }),
  'logs.get': method({ summary: 'One session log with its sets, pain flags and the records it set', input: IdInput, output: SessionLog }),
  'logs.list': method({ summary: "A client's (or everyone's) session logs, newest first, with a summary each (paged by cursor)", input: LogListQuery, output: LogList }),
  'logs.delete': method({ summary: 'Erase a session log and its pain flags (needs confirm: true)', input: LogDeleteInput, output: LogDeleted }),

  'pain.list': method({ summary: 'Pain alerts (open by default) of a client or everyone, with the safety guidance', input: PainListQuery, output: PainList }),
  'pain.resolve': method({ summary: 'Resolve a pain alert with what was done about it', input: PainResolve, output: PainAlert }),

  'measurements.types': method({ summary: 'Built-in and custom measurement types', input: EmptyInput, output: MeasurementTypes }),
  'measurements.createType': method({ summary: 'Add your own measurement type', input: MeasurementTypeCreate, output: MeasurementType }),
  'measurements.deleteType': method({ summary: 'Erase one of your own measurement types and its values (needs confirm: true)', input: MeasurementTypeDeleteInput, output: MeasurementTypeDeleted }),
  'measurements.record': method({ summary: "Record one day's measurements of a client (values in kg, cm, %, bpm, s)", input: MeasurementRecord, output: MeasurementsRecorded }),
  'measurements.update': method({ summary: 'Correct one measurement', input: MeasurementUpdate, output: Measurement }),
  'measurements.list': method({ summary: "A client's measurements, newest first", input: MeasurementListQuery, output: MeasurementList }),
  'measurements.delete': method({ summary: 'Erase one measurement', input: IdInput, output: MeasurementDeleted }),

  'progress.client': method({ summary: "Everything a client's progress page shows: per-exercise bests, 1RM, volume, records, weekly volume, adherence, measurements, weight goal, course", input: ClientProgressInput, output: ClientProgress }),
  'progress.exerciseSeries': method({ summary: "One exercise's estimated 1RM, best set and volume per session date", input: ExerciseSeriesInput, output: ExerciseSeries }),
  'progress.exportCsv': method({ summary: 'Write session logs or measurements to a CSV file', input: ExportCsvInput, output: CsvExported }),

  'dashboard.today': method({ summary: "The day's sessions across clients, missed sessions, pain alerts, programs ending soon, recent records, clearance needed", input: DashboardInput, output: Dashboard })
} as const
