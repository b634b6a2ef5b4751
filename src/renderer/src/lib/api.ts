import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api'
import type { CoreError, Envelope, FieldIssue } from '../../../shared/envelope'
import { takeEarly } from './earlyCalls'

/** A core error envelope as an exception, so TanStack Query can carry it to the screen. */
export class ApiError extends Error {
  readonly code: CoreError['code']
  readonly issues: FieldIssue[]
  constructor(error: CoreError) {
    super(error.message)
    this.name = 'ApiError'
    this.code = error.code
    this.issues = error.issues
  }
}

/** Calls the core through window.api (or takes the answer asked at start, see earlyCalls.ts) and unwraps the envelope. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const early = takeEarly(method, input) as Promise<Envelope<MethodOutput<M>>> | undefined
  const envelope = await (early ?? window.api.invoke(method, input))
  if (!envelope.ok) throw new ApiError(envelope.error)
  return envelope.value
}

/** Field messages from a failed call, keyed by dotted path ("" for the whole form). */
export function issuesByPath(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const byPath: Record<string, string> = {}
  for (const issue of error.issues) byPath[issue.path] ??= issue.message
  return byPath
}
