import { describe, expect, it } from 'vitest'
import { EVENT_NAMES, METHOD_NAMES, api } from '../../src/shared/api'
import { INVOKE_CHANNEL, type EventMessage, type InvokeRequest } from '../../src/shared/ipc-channels'
import { EVENT_NAME_LIST, METHOD_NAME_LIST } from '../../src/shared/method-names'
import { createElectronBridge, type IpcTransport } from '../../src/preload/bridge'

/** A stand-in for ipcRenderer that records calls and lets the test push events from "main". */
function fakeTransport(answer: (request: InvokeRequest) => unknown = () => ({ ok: true, value: 'answered' })) {
  const sent: InvokeRequest[] = []
  let deliver: (message: EventMessage) => void = () => {}
  const transport: IpcTransport = {
    invoke: async (channel, request) => {
      expect(channel).toBe(INVOKE_CHANNEL)
      sent.push(request)
      return answer(request)
    },
    onEvent: (listener) => {
      deliver = listener
    }
  }
  return { transport, sent, push: (message: EventMessage) => deliver(message) }
}

describe('the preload’s allow-lists', () => {
  it('list exactly the registry’s methods and events', () => {
    expect([...METHOD_NAME_LIST].sort()).toEqual(Object.keys(api).sort())
    expect([...METHOD_NAME_LIST].sort()).toEqual([...METHOD_NAMES].sort())
    expect(new Set(METHOD_NAME_LIST).size).toBe(METHOD_NAME_LIST.length)
    expect([...EVENT_NAME_LIST].sort()).toEqual([...EVENT_NAMES].sort())
  })
})

describe('window.api in Electron', () => {
  it('says it runs in Electron', () => {
    expect(createElectronBridge(fakeTransport().transport).host).toBe('electron')
  })

  it('sends a registry method and its input to main, and hands back main’s envelope', async () => {
    const { transport, sent } = fakeTransport()
    const bridge = createElectronBridge(transport)
    await expect(bridge.invoke('clients.get', { id: 'c1' })).resolves.toEqual({ ok: true, value: 'answered' })
    expect(sent).toEqual([{ method: 'clients.get', input: { id: 'c1' } }])
  })

  it('refuses a method outside the registry without asking main', async () => {
    const { transport, sent } = fakeTransport()
    const bridge = createElectronBridge(transport)
    for (const method of ['clients.drop', 'constructor', '__proto__', 'toString', '']) {
      const envelope = await bridge.invoke(method as 'app.info', {})
      expect(envelope, method).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    }
    expect(sent).toEqual([])
  })

  it('answers an envelope, not an exception, when IPC itself fails', async () => {
    const { transport } = fakeTransport(() => {
      throw new Error('Render frame was disposed')
    })
    const envelope = await createElectronBridge(transport).invoke('app.info', {})
    expect(envelope).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('Render frame was disposed') } })
  })

  it('delivers allow-listed events to their listeners until they unsubscribe', () => {
    const { transport, push } = fakeTransport()
    const bridge = createElectronBridge(transport)
    const heard: unknown[] = []
    const unsubscribe = bridge.subscribe('data.changed', (payload) => heard.push(payload))
    push({ event: 'data.changed', payload: { scopes: ['clients'] } })
    push({ event: 'secret.event', payload: { leaked: true } })
    unsubscribe()
    push({ event: 'data.changed', payload: { scopes: ['settings'] } })
    expect(heard).toEqual([{ scopes: ['clients'] }])
  })

  it('refuses to subscribe to an event outside the registry', () => {
    const bridge = createElectronBridge(fakeTransport().transport)
    expect(() => bridge.subscribe('secret.event' as 'data.changed', () => {})).toThrow(/no event called "secret.event"/)
  })
})
