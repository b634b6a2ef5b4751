import { ApiError } from '../../lib/api'
import { useCoreQuery } from '../../lib/query'

export function useExercise(id: string) {
  return useCoreQuery('exercises.get', { id })
}

export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.code === 'not_found'
}
