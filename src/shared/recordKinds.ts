// The kinds of personal record, apart from logs.ts so the renderer can name a record (Today shows
// them) without pulling the contract's zod schemas into the bundle it starts with.

export const RECORD_KINDS = ['e1rm', 'load', 'reps', 'hold', 'duration', 'distance'] as const
export type RecordKind = (typeof RECORD_KINDS)[number]
export const RECORD_KIND_LABELS: Record<RecordKind, string> = {
  e1rm: 'Estimated 1RM',
  load: 'Heaviest load',
  reps: 'Most reps (bodyweight)',
  hold: 'Longest hold',
  duration: 'Longest duration',
  distance: 'Longest distance'
}
