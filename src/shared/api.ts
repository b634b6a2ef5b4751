import type { z } from 'zod'
import { method } from './registry/method'
import { dataSafetyMethods } from './registry/data-safety'
import { plansMethods } from './registry/plans'
import { progressMethods } from './registry/progress'
import { ChooseFolder, ChooseOpenPath, ChooseSavePath, ChosenPath, PathInput, PathOpened } from './host'
import { ApiDescription, AppInfo, SampleLoaded, SampleRemoved } from './app'
import {
  Client,
  ClientDeleteInput,
  ClientDeleted,
  ClientDeletePreview,
  ClientInput,
  ClientList,
  ClientListQuery,
  ClientUpdate
} from './clients'
import { EmptyInput, IdInput } from './common'
import {
  Exercise,
  ExerciseCreate,
  ExerciseDuplicate,
  ExerciseImage,
  ExerciseImageInput,
  ExerciseList,
  ExerciseListQuery,
  ExerciseUpdate,
  MuscleGuide
} from './exercises'
import {
  CheckContext,
  Program,
  ProgramAssign,
  ProgramCheck,
  ProgramCopy,
  ProgramCreate,
  ProgramDeleted,
  ProgramDeleteInput,
  ProgramDeletePreview,
  ProgramList,
  ProgramListQuery,
  ProgramReschedule,
  ProgramSave,
  ProgramSaved,
  ProgramSetStatus,
  ProgramSwap,
  ProgramSwapped,
  ProgressionApply,
  ProgressionInput,
  ProgressionPreview,
  Schedule,
  ScheduleQuery,
  SwapCandidates,
  SwapCandidatesInput
} from './programs'
import { ExerciseCatalogue } from './exercise-search'
import { Settings, SettingsUpdate } from './settings'

// The one registry of every call the UI can make to the core. The preload's allow-list, the
// renderer's typed client, the harness routes, the CLI and `api.describe` all derive from it.

export const api = {
  'api.describe': method({ summary: 'Every method with its input and output JSON Schema', input: EmptyInput, output: ApiDescription }),
  'app.info': method({ summary: 'App version and where its data lives', input: EmptyInput, output: AppInfo }),

  'clients.list': method({ summary: 'Search, filter and sort clients (paged)', input: ClientListQuery, output: ClientList }),
  'clients.get': method({ summary: 'One client with every field', input: IdInput, output: Client }),
  'clients.create': method({ summary: 'Add a client', input: ClientInput, output: Client }),
  'clients.update': method({ summary: "Replace a client's fields", input: ClientUpdate, output: Client }),
  'clients.archive': method({ summary: 'Archive a client (kept, hidden from the active list)', input: IdInput, output: Client }),
  'clients.restore': method({ summary: 'Bring an archived client back to the active list', input: IdInput, output: Client }),
  'clients.deletePreview': method({ summary: 'What deleting a client would remove', input: IdInput, output: ClientDeletePreview }),
  'clients.delete': method({ summary: "Erase a client's record (needs confirm: true)", input: ClientDeleteInput, output: ClientDeleted }),

  'exercises.list': method({ summary: 'Search and filter the exercise library (paged)', input: ExerciseListQuery, output: ExerciseList }),
  'exercises.catalogue': method({
    summary: 'Every exercise with its search words and filter fields, for searching as you type',
    input: EmptyInput,
    output: ExerciseCatalogue
  }),
  'exercises.get': method({ summary: 'One exercise with steps, cues, safety, muscles and ladders', input: IdInput, output: Exercise }),
  'exercises.create': method({ summary: 'Add your own exercise', input: ExerciseCreate, output: Exercise }),
  'exercises.update': method({ summary: 'Edit one of your own exercises (built-ins are read-only)', input: ExerciseUpdate, output: Exercise }),
  'exercises.duplicate': method({ summary: 'Copy an exercise (e.g. a built-in) to adapt it', input: ExerciseDuplicate, output: Exercise }),
  'exercises.archive': method({ summary: 'Archive one of your own exercises', input: IdInput, output: Exercise }),
  'exercises.restore': method({ summary: 'Bring an archived exercise back', input: IdInput, output: Exercise }),
  'exercises.hide': method({ summary: 'Hide a built-in exercise from the library', input: IdInput, output: Exercise }),
  'exercises.show': method({ summary: 'Show a hidden built-in exercise again', input: IdInput, output: Exercise }),
  'exercises.image': method({ summary: "An exercise's picture, if it has one", input: IdInput, output: ExerciseImage.nullable() }),
  'exercises.setImage': method({ summary: 'Attach or replace the picture of your own exercise (PNG or JPEG)', input: ExerciseImageInput, output: Exercise }),
  'exercises.removeImage': method({ summary: "Remove your exercise's picture", input: IdInput, output: Exercise }),
  'exercises.muscleGuide': method({ summary: 'The reference on the back-of-leg muscles and why they matter', input: EmptyInput, output: MuscleGuide }),

  'programs.list': method({ summary: "Templates, or clients' programs, by status and name (paged)", input: ProgramListQuery, output: ProgramList }),
  'programs.get': method({ summary: 'One program with its whole document (weeks, sessions, items) and assignment', input: IdInput, output: Program }),
  'programs.create': method({ summary: 'Start a program for a client, or a template (weeks x sessions, empty blocks)', input: ProgramCreate, output: Program }),
  'programs.save': method({ summary: "Autosave the designer's document in one transaction (refused if the revision is stale)", input: ProgramSave, output: ProgramSaved }),
  'programs.setStatus': method({ summary: "Mark a client's program draft, active or completed", input: ProgramSetStatus, output: Program }),
  'programs.archive': method({ summary: 'Archive a program or template (kept, hidden from lists)', input: IdInput, output: Program }),
  'programs.restore': method({ summary: 'Bring an archived program or template back', input: IdInput, output: Program }),
  'programs.deletePreview': method({ summary: 'What deleting a program would remove', input: IdInput, output: ProgramDeletePreview }),
  'programs.delete': method({ summary: 'Erase a program (needs confirm: true); built-in templates can only be archived', input: ProgramDeleteInput, output: ProgramDeleted }),
  'programs.duplicate': method({ summary: 'Copy a program or template (same owner, as a draft)', input: ProgramCopy, output: Program }),
  'programs.saveAsTemplate': method({ summary: 'Copy any program into a new template', input: ProgramCopy, output: Program }),
  'programs.assign': method({ summary: 'Copy a template or program to a client with a start date and weekdays: dated sessions', input: ProgramAssign, output: Program }),
  'programs.reschedule': method({ summary: "Change a client's program start date and weekdays; coming dates are rebuilt", input: ProgramReschedule, output: Program }),
  'programs.schedule': method({ summary: 'Dated sessions of a client, a program, or everyone, between two dates', input: ScheduleQuery, output: Schedule }),
  'programs.checkContext': method({ summary: 'What the live checks need: exercise facts, the client, the session limit, standard warm-up/cool-down', input: IdInput, output: CheckContext }),
  'programs.check': method({ summary: "Every training-rule check on the stored program, with fixes", input: IdInput, output: ProgramCheck }),
  'programs.previewProgression': method({ summary: 'Weeks 2..N generated from week 1 by a rule, not saved', input: ProgressionInput, output: ProgressionPreview }),
  'programs.applyProgression': method({ summary: 'Generate weeks 2..N from week 1 by a rule and save', input: ProgressionApply, output: ProgramSaved }),
  'programs.swapCandidates': method({ summary: "Alternatives for an item's exercise that suit the client, ladder steps first", input: SwapCandidatesInput, output: SwapCandidates }),
  'programs.swap': method({ summary: "Replace an item's exercise (every week by default), keeping the prescription", input: ProgramSwap, output: ProgramSwapped }),

  'settings.get': method({ summary: 'Trainer profile, units, paper size, first day of the week', input: EmptyInput, output: Settings }),
  'settings.update': method({ summary: 'Replace one or more settings sections', input: SettingsUpdate, output: Settings }),

  'sample.load': method({ summary: 'Add a set of sample clients to explore the app', input: EmptyInput, output: SampleLoaded }),
  'sample.remove': method({ summary: 'Remove the sample clients again', input: EmptyInput, output: SampleRemoved }),

  'host.chooseSavePath': method({ summary: 'Ask where to save a file (native dialog); null when cancelled', input: ChooseSavePath, output: ChosenPath }),
  'host.chooseOpenPath': method({ summary: 'Ask which file to open (native dialog); null when cancelled', input: ChooseOpenPath, output: ChosenPath }),
  'host.chooseFolder': method({ summary: 'Ask for a folder (native dialog); null when cancelled', input: ChooseFolder, output: ChosenPath }),
  'host.openPath': method({ summary: 'Open a document the app wrote (PDF, CSV, JSON) in its usual viewer', input: PathInput, output: PathOpened }),
  'host.showInFolder': method({ summary: 'Show a file the app wrote in the file manager', input: PathInput, output: PathOpened }),

  ...plansMethods,
  ...progressMethods,
  ...dataSafetyMethods
} as const

export type Api = typeof api
export type MethodName = keyof Api
export type MethodInput<M extends MethodName> = z.input<Api[M]['input']>
export type MethodOutput<M extends MethodName> = z.output<Api[M]['output']>
export const METHOD_NAMES = Object.keys(api) as MethodName[]

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(api, name)
}

/** Events the core pushes to the UI. */
export interface CoreEvents {
  'data.changed': { scopes: string[] }
  /** Progress of long work (a PDF, an import, a backup) so the UI can show a bar past 300 ms. */
  'job.progress': { job: string; label: string; done: number; total: number }
}
export type CoreEventName = keyof CoreEvents
export const EVENT_NAMES: CoreEventName[] = ['data.changed', 'job.progress']
