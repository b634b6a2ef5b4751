import type { CoreEventName, MethodName } from './api'
import { DATA_SAFETY_METHOD_NAMES } from './registry/data-safety-names'
import { PLANS_METHOD_NAMES } from './registry/plans-names'
import { PROGRESS_METHOD_NAMES } from './registry/progress-names'

// The registry's method and event names as plain strings, for the sandboxed preload: it cannot
// load modules at run time, and importing the registry itself would bundle zod into it.
// The type checks below fail the build when this list and the registry (src/shared/api.ts) differ,
// and test/electron/preload-bridge.test.ts compares them at run time as well.

export const METHOD_NAME_LIST = [
  'api.describe',
  'app.info',
  'clients.list',
  'clients.get',
  'clients.create',
  'clients.update',
  'clients.archive',
  'clients.restore',
  'clients.deletePreview',
  'clients.delete',
  'exercises.list',
  'exercises.catalogue',
  'exercises.get',
  'exercises.create',
  'exercises.update',
  'exercises.duplicate',
  'exercises.archive',
  'exercises.restore',
  'exercises.hide',
  'exercises.show',
  'exercises.image',
  'exercises.setImage',
  'exercises.removeImage',
  'exercises.muscleGuide',
  'programs.list',
  'programs.get',
  'programs.create',
  'programs.save',
  'programs.setStatus',
  'programs.archive',
  'programs.restore',
  'programs.deletePreview',
  'programs.delete',
  'programs.duplicate',
  'programs.saveAsTemplate',
  'programs.assign',
  'programs.reschedule',
  'programs.schedule',
  'programs.checkContext',
  'programs.check',
  'programs.previewProgression',
  'programs.applyProgression',
  'programs.swapCandidates',
  'programs.swap',
  'settings.get',
  'settings.update',
  'sample.load',
  'sample.remove',
  'host.chooseSavePath',
  'host.chooseOpenPath',
  'host.chooseFolder',
  'host.openPath',
  'host.showInFolder',
  ...PLANS_METHOD_NAMES,
  ...PROGRESS_METHOD_NAMES,
  ...DATA_SAFETY_METHOD_NAMES
] as const satisfies readonly MethodName[]

export const EVENT_NAME_LIST = ['data.changed', 'job.progress'] as const satisfies readonly CoreEventName[]

type Missing<All, Listed> = Exclude<All, Listed>
/** `true` only when every name of the registry is listed; otherwise the missing names show in the error. */
type Complete<All, Listed> = [Missing<All, Listed>] extends [never] ? true : { missingFromMethodNames: Missing<All, Listed> }

const methodsComplete: Complete<MethodName, (typeof METHOD_NAME_LIST)[number]> = true
const eventsComplete: Complete<CoreEventName, (typeof EVENT_NAME_LIST)[number]> = true
void methodsComplete
void eventsComplete
