import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/shared/ipc-channels'
import { createCore, type Core } from '../../src/main/core/index'
import { answerInvoke, bindIpc } from '../../src/main/ipc'
import { isAppUrl } from '../../src/main/security'

// The IPC binding against the real core in a temp folder; only ipcMain and the window are stand-ins.

const OWN_PAGE = 'file:///opt/Spotter/out/renderer/index.html'
const trusted = (url: string) => isAppUrl(url, { fileUrl: OWN_PAGE })

let dataDir: string
let core: Core
beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'spotter-ipc-'))
  core = createCore({ dataDir })
})
afterAll(() => {
  core.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('answering a call from the window', () => {
  it('passes the app’s own page through to the core', async () => {
    const envelope = await answerInvoke(core, `${OWN_PAGE}#/clients`, { method: 'app.info', input: {} }, trusted)
    expect(envelope).toMatchObject({ ok: true, value: { name: 'Spotter', dataDir } })
  })

  it('refuses a caller that is not the app’s page, or whose frame is gone, before the core sees it', async () => {
    for (const sender of ['https://evil.example/', 'file:///tmp/evil.html', 'about:blank', undefined]) {
      const envelope = await answerInvoke(core, sender, { method: 'clients.create', input: { name: 'Intruder' } }, trusted)
      expect(envelope, String(sender)).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/not come from Spotter/) } })
    }
    const list = await core.call('clients.list', {})
    expect(list).toMatchObject({ ok: true, value: { total: 0 } })
  })

  it('refuses methods outside the registry and malformed requests with an envelope', async () => {
    await expect(answerInvoke(core, OWN_PAGE, { method: 'db.exec', input: {} }, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    await expect(answerInvoke(core, OWN_PAGE, { method: 'hasOwnProperty', input: {} }, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    await expect(answerInvoke(core, OWN_PAGE, null, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await expect(answerInvoke(core, OWN_PAGE, 'app.info', trusted)).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('lets the core validate the input and name the field', async () => {
    const envelope = await answerInvoke(core, OWN_PAGE, { method: 'clients.create', input: { name: '', extra: 1 } }, trusted)
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (envelope.ok) throw new Error('expected a refusal')
    expect(envelope.error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['name', 'extra']))
  })

  it('answers an envelope even if the core itself throws', async () => {
    const broken = { call: () => Promise.reject(new Error('disk unplugged')) }
    await expect(answerInvoke(broken, OWN_PAGE, { method: 'app.info', input: {} }, trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk unplugged') }
    })
  })
})

describe('binding to ipcMain', () => {
  function fakeIpcMain() {
    const handlers = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>()
    const ipcMain = {
      handle: (channel: string, handler: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel)
    }
    return { ipcMain: ipcMain as unknown as IpcMain, handlers }
  }

  function fakeWindow() {
    const received: Array<{ channel: string; message: unknown }> = []
    const contents = { isDestroyed: () => false, send: (channel: string, message: unknown) => received.push({ channel, message }) }
    return { contents: contents as unknown as WebContents, received }
  }

  it('answers on one channel, forwards core changes to the window, and stops on dispose', async () => {
    const { ipcMain, handlers } = fakeIpcMain()
    const window = fakeWindow()
    const binding = bindIpc({ ipcMain, core, isTrustedSender: trusted, eventTargets: () => [window.contents] })
    const handler = handlers.get(INVOKE_CHANNEL)!
    expect(handler).toBeDefined()

    const fromOwnPage = { senderFrame: { url: `${OWN_PAGE}#/clients/new` } } as unknown as IpcMainInvokeEvent
    const created = await handler(fromOwnPage, { method: 'clients.create', input: { name: 'Dana Whitfield' } })
    expect(created).toMatchObject({ ok: true, value: { name: 'Dana Whitfield' } })
    expect(window.received).toEqual([{ channel: EVENT_CHANNEL, message: { event: 'data.changed', payload: { scopes: expect.arrayContaining(['clients']) } } }])

    const fromGoneFrame = { senderFrame: null } as unknown as IpcMainInvokeEvent
    await expect(handler(fromGoneFrame, { method: 'app.info', input: {} })).resolves.toMatchObject({ ok: false })

    binding.dispose()
    expect(handlers.has(INVOKE_CHANNEL)).toBe(false)
    await core.call('clients.create', { name: 'After Dispose' })
    expect(window.received).toHaveLength(1)
  })
})
