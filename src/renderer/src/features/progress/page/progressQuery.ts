import type { MethodInput } from '../../../../../shared/api'
import { call } from '../../../lib/api'
import { keyFor, queryClient } from '../../../lib/query'

/** The progress page's main question: one client's progress as of a day. */
export const progressInput = (clientId: string, asOf: string): MethodInput<'progress.client'> => ({ clientId, asOf })

/**
 * Asks the core as soon as the trainer heads for the page (the route's loader), so the answer is on its
 * way while the route's code resolves and the previous page is taken down; the page then reads the
 * same query instead of asking again. Never throws: a failure shows on the page as usual.
 */
export function prefetchProgress(clientId: string, asOf: string): void {
  const input = progressInput(clientId, asOf)
  void queryClient.prefetchQuery({ queryKey: keyFor('progress.client', input), queryFn: () => call('progress.client', input) })
}
