// Binds the contract registry to Electron's IPC: one channel carries every call as {method, input}.
// Main checks who is asking (only the app's own page), refuses methods outside the registry, lets
// the core validate the input, and always answers an envelope: nothing is ever thrown across IPC.

import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron'
import { EVENT_NAMES, isMethodName } from '../shared/api'
import { fail, type Envelope } from '../shared/envelope'
import { EVENT_CHANNEL, INVOKE_CHANNEL, type EventMessage } from '../shared/ipc-channels'
import type { Core } from './core/index'

/** Answers one IPC request. `senderUrl` is the URL of the frame that sent it (undefined if it is gone). */
export async function answerInvoke(
  core: Pick<Core, 'call'>,
  senderUrl: string | undefined,
  request: unknown,
  isTrustedSender: (url: string) => boolean
): Promise<Envelope<unknown>> {
  if (senderUrl === undefined || !isTrustedSender(senderUrl)) {
    return fail('forbidden', 'Refused: this call did not come from Spotter’s own window')
  }
  if (typeof request !== 'object' || request === null) return fail('invalid_input', 'A call needs a method and an input')
  const { method, input } = request as { method?: unknown; input?: unknown }
  if (typeof method !== 'string' || !isMethodName(method)) {
    return fail('unknown_method', `There is no method called "${String(method).slice(0, 100)}"`)
  }
  try {
    return await core.call(method, input)
  } catch (error) {
    // The dispatcher already turns failures into envelopes; this guards against a bug there.
    const detail = error instanceof Error ? error.message : String(error)
    return fail('internal', `Spotter could not complete ${method}: ${detail}`)
  }
}

export interface IpcBinding {
  /** Stops answering calls and forwarding events (on quit). */
  dispose(): void
}

export function bindIpc(options: {
  ipcMain: IpcMain
  core: Core
  isTrustedSender: (url: string) => boolean
  /** The web contents that should hear core events (the open windows). */
  eventTargets: () => WebContents[]
}): IpcBinding {
  const { ipcMain, core, isTrustedSender, eventTargets } = options

  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, request: unknown) => {
    // senderFrame is null once the frame has navigated away or been destroyed.
    const senderUrl = event.senderFrame?.url
    return answerInvoke(core, senderUrl, request, isTrustedSender)
  })

  const unsubscribes = EVENT_NAMES.map((name) =>
    core.on(name, (payload) => {
      const message: EventMessage = { event: name, payload }
      for (const contents of eventTargets()) {
        if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, message)
      }
    })
  )

  return {
    dispose() {
      ipcMain.removeHandler(INVOKE_CHANNEL)
      for (const unsubscribe of unsubscribes) unsubscribe()
    }
  }
}
