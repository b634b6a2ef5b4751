import type { STORE_PROBLEMS } from '../../shared/data-safety'
import type { ErrorCode, FieldIssue } from '../../shared/envelope'

/** A failure the core means to report to the user, with a code the UI can act on. */
export class CoreFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = []
  ) {
    super(message)
    this.name = 'CoreFailure'
  }
}

export function notFound(what: string, id: string): CoreFailure {
  return new CoreFailure('not_found', `No ${what} with id ${id} (it may have been deleted)`, [{ path: 'id', message: `No such ${what}` }])
}

/** Why a data file was refused at open; the file itself is left exactly as it was. */
export type StoreProblem = (typeof STORE_PROBLEMS)[number]

export class StoreOpenError extends Error {
  constructor(
    readonly problem: StoreProblem,
    readonly file: string,
    message: string
  ) {
    super(message)
    this.name = 'StoreOpenError'
  }
}
