import { QueryClient, useMutation, useQuery, type UseQueryOptions } from '@tanstack/react-query'
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api'
import { call } from './api'
import { earlyCalls, forgetEarly, takeChangesBeforeApp } from './earlyCalls'

export const queryClient = new QueryClient({
  defaultOptions: {
    // The core is local and pushes change events, so data is fresh until it says otherwise.
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
    mutations: { retry: false }
  }
})

/** Query keys start with the method's domain, so a `data.changed {scopes:['clients']}` event refetches them. */
export function keyFor<M extends MethodName>(method: M, input: MethodInput<M>): readonly unknown[] {
  return [method.split('.')[0], method, input]
}

export function useCoreQuery<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  options: Omit<UseQueryOptions<MethodOutput<M>>, 'queryKey' | 'queryFn'> = {}
) {
  return useQuery<MethodOutput<M>>({ queryKey: keyFor(method, input), queryFn: () => call(method, input), ...options })
}

export function useCoreMutation<M extends MethodName>(method: M) {
  return useMutation<MethodOutput<M>, Error, MethodInput<M>>({ mutationFn: (input) => call(method, input) })
}

/**
 * Puts the calls asked at start (earlyCalls.ts) in the query cache under the keys their
 * screens use, so the first render finds them answered (or in flight) instead of asking only then.
 */
export function adoptEarlyCalls(): void {
  for (const { method, input } of earlyCalls.splice(0)) {
    void queryClient.prefetchQuery({ queryKey: keyFor(method, input as never), queryFn: () => call(method, input as never) })
  }
}

/**
 * Query domains that read other domains' data: a change there refetches them too. The progress page and
 * the dashboard are worked out from logs, pain, measurements, programs and clients, so any change counts.
 */
const READS_ALSO: Record<string, readonly string[]> = {
  logs: ['pain', 'progress', 'dashboard'],
  pain: ['logs', 'progress', 'dashboard'],
  measurements: ['progress', 'dashboard'],
  programs: ['logs', 'progress', 'dashboard'],
  clients: ['logs', 'pain', 'measurements', 'progress', 'dashboard'],
  exercises: ['logs', 'progress'],
  settings: ['progress', 'dashboard']
}

/** Invalidates every query of the scopes the core reports as changed. Returns the unsubscribe. */
export function followCoreChanges(): () => void {
  const refetch = (scopes: readonly string[]) => {
    const all = new Set(scopes.flatMap((scope) => [scope, ...(READS_ALSO[scope] ?? [])]))
    for (const scope of all) void queryClient.invalidateQueries({ queryKey: [scope] })
  }
  const stop = window.api.subscribe('data.changed', ({ scopes }) => {
    forgetEarly()
    refetch(scopes)
  })
  // Listening now, so nothing falls between: what was announced while the app's chunk loaded.
  for (const scopes of takeChangesBeforeApp()) refetch(scopes)
  return stop
}
