import type { z } from 'zod'
import { api, isMethodName } from '../../shared/api'
import { fail, ok, type Envelope, type FieldIssue } from '../../shared/envelope'
import { CoreFailure } from './errors'
import type { CoreContext, HandlerTable } from './handler'

/** zod issues in the contract's words: one per field, unknown keys named one by one. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const issues: FieldIssue[] = []
  for (const issue of error.issues) {
    const base = issue.path.map(String)
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push({ path: [...base, key].join('.'), message: `Unknown field "${key}"` })
    } else if (issue.code === 'invalid_type' && issue.input === undefined && base.length > 0) {
      issues.push({ path: base.join('.'), message: 'Required' })
    } else {
      issues.push({ path: base.join('.'), message: issue.message })
    }
  }
  return issues
}

function describeIssues(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
  return `Invalid input: ${shown.join('; ')}${more}`
}

export interface DispatcherOptions {
  /** Validate every answer against its output schema too (tests turn this on). */
  checkOutputs?: boolean
  onChange(scopes: readonly string[]): void
  onInternalError?(method: string, error: unknown): void
}

export function createDispatcher(handlers: HandlerTable, ctx: CoreContext, options: DispatcherOptions) {
  return async function call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return fail('unknown_method', `There is no method called "${String(method).slice(0, 100)}"`)
    }
    const spec = api[method]
    // reportInput lets toFieldIssues tell a missing field ("Required") from one of the wrong type.
    const parsed = spec.input.safeParse(input === undefined ? {} : input, { reportInput: true })
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('invalid_input', describeIssues(issues), issues)
    }
    const handler = handlers[method] as HandlerTable[typeof method] & { run(i: unknown, c: CoreContext): unknown }
    try {
      const value = await handler.run(parsed.data, ctx)
      if (options.checkOutputs) spec.output.parse(value)
      if (handler.changes) options.onChange(handler.changes)
      return ok(value)
    } catch (error) {
      if (error instanceof CoreFailure) return fail(error.code, error.message, error.issues)
      options.onInternalError?.(method, error)
      const detail = error instanceof Error ? error.message : String(error)
      return fail('internal', `Spotter could not complete ${method}: ${detail}. Nothing was saved.`)
    }
  }
}
