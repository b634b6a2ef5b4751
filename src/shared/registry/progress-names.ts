// Plain method names of ./progress.ts, for the sandboxed preload (which cannot bundle zod).
// src/shared/method-names.ts checks at compile time that every registry name is listed.
export const PROGRESS_METHOD_NAMES = [
  'logs.prefill',
  'logs.save',
  'logs.get',
  'logs.list',
  'logs.delete',
  'pain.list',
  'pain.resolve',
  'measurements.types',
  'measurements.createType',
  'measurements.deleteType',
  'measurements.record',
  'measurements.update',
  'measurements.list',
  'measurements.delete',
  'progress.client',
  'progress.exerciseSeries',
  'progress.exportCsv',
  'dashboard.today'
] as const
