// The main window's construction options, including the web preferences that make up most of the
// Electron security baseline. A pure function (Electron types only) so test/electron can check them.

import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'
import { MIN_SIZE, type WindowState } from './window-state'

export const WINDOW_TITLE = 'Spotter'
/** The renderer's page colour (--bg in styles.css), so the window shows no white flash before it paints. */
export const BACKGROUND_COLOR = '#f6f7f9'

export function webPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    // The page cannot reach Node or Electron: the preload runs in its own world and in the sandbox.
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    spellcheck: true,
    // V8 keeps a script's compiled code from its first run (not only once seen twice), so the next
    // start reads it (the renderer comes from app://, a scheme registered with codeCache).
    v8CacheOptions: 'bypassHeatCheck'
  }
}

export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : { center: true }),
    width: state.width,
    height: state.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    backgroundColor: BACKGROUND_COLOR,
    // Shown once the first paint is ready (see index.ts), so the trainer never sees an empty frame.
    show: false,
    webPreferences: webPreferences(preloadPath)
  }
}
