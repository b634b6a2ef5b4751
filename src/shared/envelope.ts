// The shape every core call answers with, whichever door it came through (IPC, HTTP harness, CLI).
// Errors keep their code and per-field issues so the UI can put a message next to the right field.

export type ErrorCode =
  | 'invalid_input' // the input failed the contract's schema
  | 'unknown_method'
  | 'not_found'
  | 'conflict' // the request is valid but clashes with the stored state
  | 'forbidden' // the call did not come from Spotter's own window
  | 'store_unavailable' // the data file could not be opened safely
  | 'unavailable' // this entry point cannot do it (e.g. no file dialogs on the command line)
  | 'internal'

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. "email" or "limitations.0.note"; "" for the whole input. */
  path: string
  message: string
}

export interface CoreError {
  code: ErrorCode
  message: string
  issues: FieldIssue[]
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: CoreError }

export function ok<T>(value: T): Envelope<T> {
  return { ok: true, value }
}

export function fail(code: ErrorCode, message: string, issues: FieldIssue[] = []): Envelope<never> {
  return { ok: false, error: { code, message, issues } }
}
