import { describe, expect, it, vi } from 'vitest'
import type { CoreEventName } from '../../src/shared/api'

// The window's first chunk asks the landing screen's questions before the app's chunk has loaded; the
// app starts listening to the core's change events only once it renders. A change announced between
// the two (the start-up check of the data file ending, built-ins updated after it, the start's backup)
// must still make the screens ask again.

type Listener = (payload: unknown) => void
const listeners = new Map<string, Set<Listener>>()
const emit = (event: CoreEventName, payload: unknown) => {
  for (const listener of listeners.get(event) ?? []) listener(payload)
}
vi.stubGlobal('window', {
  api: {
    host: 'browser',
    invoke: async () => ({ ok: true, value: { problem: null } }),
    subscribe(event: string, listener: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event)!.add(listener)
      return () => listeners.get(event)!.delete(listener)
    }
  }
})

const { askForLanding } = await import('../../src/renderer/src/lib/earlyCalls')
const { followCoreChanges, queryClient } = await import('../../src/renderer/src/lib/query')

describe('changes announced before the app listens', () => {
  it('are kept from the first moment and make the app ask again once it listens', () => {
    askForLanding('#/exercises')
    // The app's chunk is still loading: the core says the library changed.
    emit('data.changed', { scopes: ['exercises'] })
    // Then the app starts, with an answer in its cache from before the change.
    queryClient.setQueryData(['exercises', 'exercises.list', {}], { items: [], total: 0 })
    queryClient.setQueryData(['clients', 'clients.list', {}], { items: [], total: 0 })
    const stop = followCoreChanges()
    expect(queryClient.getQueryState(['exercises', 'exercises.list', {}])?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(['clients', 'clients.list', {}])?.isInvalidated).toBe(false)
    // The early listener has handed over: one listener now, the app's.
    expect(listeners.get('data.changed')?.size).toBe(1)
    emit('data.changed', { scopes: ['clients'] })
    expect(queryClient.getQueryState(['clients', 'clients.list', {}])?.isInvalidated).toBe(true)
    stop()
  })
})
