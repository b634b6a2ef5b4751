// The sandboxed preload: defines window.api (and nothing else) in the page's world. The page never
// sees ipcRenderer; it can only call the registry's methods and hear the registry's events.

import { contextBridge, ipcRenderer } from 'electron'
import { EVENT_CHANNEL, type EventMessage } from '../shared/ipc-channels'
import { createElectronBridge } from './bridge'

const bridge = createElectronBridge({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request),
  onEvent: (listener) => {
    ipcRenderer.on(EVENT_CHANNEL, (_event, message: EventMessage) => listener(message))
  }
})

contextBridge.exposeInMainWorld('api', bridge)
