import type { z } from 'zod'
import { api, isMethodName } from '../../shared/api'
import { fail, ok, type Envelope, type FieldIssue } from '../../shared/envelope'
import { CoreFailure } from './errors'
import type { CoreContext, HandlerTable } from './handler'

/** zod issues in the contract's words: one per field (the first found), unknown keys named one by one. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  const byPath = new Map<string, string>()
  const add = (path: string[], message: string) => {
    const key = path.join('.')
    if (!byPath.has(key)) byPath.set(key, message)
  }
  const visit = (issue: z.core.$ZodIssue, prefix: string[]) => {
    const base = [...prefix, ...issue.path.map(String)]
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add([...base, key], `Unknown field "${key}"`)
    } else if (issue.code === 'invalid_type' && issue.input === undefined && base.length > 0) {
      add(base, 'Required')
    } else if (issue.code === 'invalid_union') {
      // "Empty or an email" fails both ways; the one branch that got past the type check says what is wrong.
      const telling = issue.errors.filter((branch) => branch.some((i) => i.code !== 'invalid_type' && i.code !== 'invalid_value'))
      if (telling.length === 1) for (const inner of telling[0] ?? []) visit(inner, base)
      else add(base, issue.message)
    } else {
      add(base, issue.message)
    }
  }
  for (const issue of error.issues) visit(issue, [])
  return [...byPath].map(([path, message]) => ({ path, message }))
}

function describeIssues(issues: FieldIssue[]): string {
  const shown = issues.slice(0, 3).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
  const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : ''
  return `Invalid input: ${shown.join('; ')}${more}`
}

export interface DispatcherOptions {
  /** Validate every answer against its output schema too (tests turn this on). */
  checkOutputs?: boolean
  /** Awaited before a call that changes data runs (handlers with `changes`); may throw a CoreFailure. */
  beforeChange?(): Promise<void>
  onChange(scopes: readonly string[]): void
  onInternalError?(method: string, error: unknown): void
}

export function createDispatcher(handlers: HandlerTable, ctx: CoreContext, options: DispatcherOptions) {
  return async function call(method: string, input: unknown): Promise<Envelope<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      // String() would throw on an object without a prototype; name what was sent without converting it.
      const shown = typeof method === 'string' ? `"${method.slice(0, 100)}"` : `(a ${method === null ? 'null' : typeof method} instead of a name)`
      return fail('unknown_method', `There is no method called ${shown}`)
    }
    const spec = api[method]
    // reportInput lets toFieldIssues tell a missing field ("Required") from one of the wrong type.
    let parsed: ReturnType<typeof spec.input.safeParse>
    try {
      parsed = spec.input.safeParse(input === undefined ? {} : input, { reportInput: true })
    } catch {
      // Some hostile values make zod throw instead of answering, e.g. { path: { length: Object.create(null) } }:
      // its length check compares a length that cannot be made a number.
      const issues = [{ path: '', message: 'A value is not plain data and could not be read' }]
      return fail('invalid_input', describeIssues(issues), issues)
    }
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error)
      return fail('invalid_input', describeIssues(issues), issues)
    }
    const handler = handlers[method] as HandlerTable[typeof method] & { run(i: unknown, c: CoreContext): unknown }
    try {
      if (handler.changes && options.beforeChange) await options.beforeChange()
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
