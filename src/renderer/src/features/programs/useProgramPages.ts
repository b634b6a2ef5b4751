import type { ProgramListQuery, ProgramSummary } from '../../../../shared/programs'
import { call } from '../../lib/api'
import { useOffsetPages } from '../../lib/useOffsetPages'

/** Rows per "Show more": enough to scan, light enough to render at once. */
export const PROGRAM_PAGE_SIZE = 100

export type ProgramListFilter = Omit<ProgramListQuery, 'limit' | 'offset'>

/** One of the programs page's lists in pages of 100, the next page fetched on request (Show more). */
export function useProgramPages(filter: ProgramListFilter) {
  return useOffsetPages<ProgramSummary>(['programs', 'programs.list', 'pages', filter], (offset) => call('programs.list', { ...filter, limit: PROGRAM_PAGE_SIZE, offset }))
}
