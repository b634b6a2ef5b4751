import { ApiError } from '../../lib/api'
import { useCoreQuery } from '../../lib/query'

export function useExercise(id: string) {
  return useCoreQuery('exercises.get', { id })
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_found'
}

/** No such exercise, or an address whose id could never be one (a mistyped or truncated link). */
export function isMissing(error: unknown): boolean {
  return isNotFound(error) || (error instanceof ApiError && error.code === 'invalid_input')
}
