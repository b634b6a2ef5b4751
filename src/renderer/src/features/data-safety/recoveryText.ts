import type { RecoveryStatus } from '../../../../shared/data-safety'

type Problem = NonNullable<RecoveryStatus['problem']>

/**
 * What each problem means, in a trainer's words (the core's own message, with the technical detail,
 * goes under "Technical details").
 */
export const PROBLEM_EXPLAINED: Record<Problem, string> = {
  damaged: 'Part of the file cannot be read. This usually comes from a disk fault, a sudden power cut, or a copy or sync that stopped halfway.',
  not_sqlite: 'The file in your data folder is not a Spotter data file. Something else may have been saved under its name.',
  empty_file: 'The file is empty. This usually happens when a copy or a sync was interrupted.',
  newer_version: 'Your data was saved by a newer version of Spotter than this one. Install the newer version to open it; this one leaves the file alone.',
  migration_edited: 'This copy of Spotter does not match the one that last saved your data, so it will not risk changing it.',
  unreadable: 'Spotter is not allowed to read the file, or the disk it is on cannot be read.',
  foreign: 'The data folder holds a database that belongs to another program.',
  migration_failed: 'Spotter tried to bring your data up to date for this version and could not. The file was left as it was.'
}

/** Table names of a salvage report as the kinds of record a trainer knows, without repeats. */
export function recordKinds(tables: string[]): string {
  const kinds = tables.map((name) => {
    if (name.startsWith('client')) return 'clients'
    if (name.startsWith('program')) return 'programs'
    if (name.includes('log') || name.startsWith('set')) return 'workout logs'
    if (name.startsWith('measurement')) return 'measurements'
    if (name.startsWith('pain')) return 'pain notes'
    if (name.startsWith('exercise')) return 'exercises'
    if (name.startsWith('setting')) return 'settings'
    return name.replaceAll('_', ' ')
  })
  return [...new Set(kinds)].join(', ')
}
