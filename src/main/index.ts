// Spotter's Electron main process: lifecycle, the one window, the menu, and the IPC binding to the
// core. Everything about the trainer's data lives in ./core, which knows nothing of Electron.

import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron'
import { StoreOpenError } from './core/index'
import { openSwitchingCore, type SwitchingCore } from './core-switch'
import { dataDirFromArgs, resolveDataDir } from './data-dir'
import { bindIpc, type IpcBinding } from './ipc'
import { menuTemplate } from './menu'
import { denyAllPermissions, hardenWebContents, isAppUrl, isSafeExternalUrl, type AppEntry } from './security'
import { APP_INDEX_URL, registerAppScheme, serveRenderer } from './window/app-protocol'
import { mainWindowOptions } from './window/options'
import { argsWithDataDir, readRememberedFolder, rememberFolder, type RememberedFolder } from './remembered-folder'
import { electronHost } from './host'
import { createWindowStateSaver, loadWindowState, WINDOW_STATE_FILE } from './window/window-state'

const APP_NAME = 'Spotter'
const here = fileURLToPath(new URL('.', import.meta.url))
const RENDERER_INDEX = join(here, '..', 'renderer', 'index.html')
const PRELOAD = join(here, '..', 'preload', 'index.cjs')

// Named before anything asks for a path, so the default data folder is .../Spotter on every platform.
app.setName(APP_NAME)
// Every renderer runs sandboxed, whatever a window's options say.
app.enableSandbox()
// The built renderer is served from app://spotter/ (V8 keeps its compiled code there, not for file://);
// the scheme must be known before the app is ready.
registerAppScheme(protocol)

/** Says what went wrong in a native dialog once that is possible, then leaves without touching any file. */
function quitWithError(message: string, detail: string): void {
  void app.whenReady().then(() => {
    dialog.showMessageBoxSync({ type: 'error', title: APP_NAME, message, detail, buttons: ['Quit'] })
    app.exit(1)
  })
}

/** What the error dialog says when the core cannot open the data: the reason and the file concerned. */
function openFailureDetail(error: unknown, dataDir: string): string {
  if (error instanceof StoreOpenError) {
    return error.message.includes(error.file) ? error.message : `${error.message}\n\nFile: ${error.file}`
  }
  return `${error instanceof Error ? error.message : String(error)}\n\nData folder: ${dataDir}`
}

/**
 * The remembered data folder is missing (an unplugged drive?). Using the default folder instead must
 * be the trainer's choice: entering data in the wrong place would split their records.
 */
function askToUseDefaultFolder(folder: string): boolean {
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: APP_NAME,
    message: 'Your data folder is not available',
    detail: `Spotter keeps your data in ${folder}, which cannot be found. If it is on a drive that is not connected, connect it and start Spotter again.`,
    buttons: ['Quit', 'Use the default folder'],
    defaultId: 0,
    cancelId: 0
  })
  return choice === 1
}

function start(): void {
  let dataDir: string
  const defaultDir = app.getPath('userData')
  // A folder chosen on the recovery screen; --data-dir and SPOTTER_DATA_DIR still come first.
  let remembered: RememberedFolder = undefined
  try {
    dataDir = resolveDataDir(process.argv, process.env, () => {
      remembered = readRememberedFolder(defaultDir)
      return remembered?.available ? remembered.folder : defaultDir
    })
  } catch (error) {
    quitWithError('Spotter could not start', error instanceof Error ? error.message : String(error))
    return
  }
  // Portable use (--data-dir or SPOTTER_DATA_DIR): Chromium's own files, and the single-instance
  // lock, go with the data instead of the default profile.
  const chosenByUser = dataDirFromArgs(process.argv) !== undefined || Boolean(process.env.SPOTTER_DATA_DIR)
  if (chosenByUser) app.setPath('userData', dataDir)

  // One Spotter per data folder: a second launch hands over to the first and leaves.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL || undefined : undefined
  const entry: AppEntry = { fileUrl: pathToFileURL(RENDERER_INDEX).href, appUrl: APP_INDEX_URL, devServerUrl }
  let core: SwitchingCore | undefined
  let ipc: IpcBinding | undefined
  let mainWindow: BrowserWindow | undefined

  const openExternal = (url: string): void => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url)
  }
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, entry, openExternal))

  function createWindow(): BrowserWindow {
    const stateFile = join(dataDir, WINDOW_STATE_FILE)
    const state = loadWindowState(stateFile, screen.getAllDisplays())
    const window = new BrowserWindow(mainWindowOptions(state, PRELOAD))

    const saver = createWindowStateSaver(stateFile, window, {
      onError: (error) => console.error('[spotter] could not save the window position:', error)
    })
    window.on('move', () => saver.schedule())
    window.on('resize', () => saver.schedule())
    window.on('maximize', () => saver.schedule())
    window.on('unmaximize', () => saver.schedule())
    window.on('close', () => saver.flush())
    // A form with unsaved changes asks before the window closes or reloads (the page's beforeunload).
    window.webContents.on('will-prevent-unload', (event) => {
      const choice = dialog.showMessageBoxSync(window, {
        type: 'question',
        title: APP_NAME,
        message: 'Leave without saving?',
        detail: 'You have changes that are not saved. If you leave now they will be lost.',
        buttons: ['Keep editing', 'Discard changes'],
        defaultId: 0,
        cancelId: 0
      })
      if (choice === 1) event.preventDefault()
    })
    // Shown at its first paint; the page then titles the window "<screen> · Spotter" itself.
    const show = (): void => {
      if (window.isDestroyed() || window.isVisible()) return
      if (state.maximized) window.maximize()
      window.show()
    }
    window.once('ready-to-show', show)
    // Should the page never paint (a broken build), still show the window rather than nothing at all.
    setTimeout(show, 5000)
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = undefined
    })

    if (devServerUrl) void window.loadURL(devServerUrl)
    else {
      // Should the app's scheme fail to serve the page, the same files from file:// (slower to start,
      // the same app) rather than an empty window.
      window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
        // -3: this load was replaced by another one (a reload), not a failure.
        if (!isMainFrame || code === -3 || !url.startsWith(APP_INDEX_URL)) return
        console.error(`[spotter] ${APP_INDEX_URL} did not load (${description}); loading the page from its file instead`)
        void window.loadFile(RENDERER_INDEX)
      })
      void window.loadURL(APP_INDEX_URL)
    }
    return window
  }

  function focusMainWindow(): void {
    if (!mainWindow) {
      mainWindow = createWindow()
      return
    }
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
  }

  app.on('second-instance', () => {
    if (app.isReady() && core) focusMainWindow()
  })

  app.whenReady().then(() => {
    // The Content-Security-Policy travels in the renderer's index.html <meta> tag, the same for
    // app://, file:// (the fallback) and the dev server.
    denyAllPermissions(session.defaultSession)
    if (!devServerUrl) serveRenderer(protocol, dirname(RENDERER_INDEX))

    if (remembered && !remembered.available && !askToUseDefaultFolder(remembered.folder)) {
      app.exit(0)
      return
    }

    try {
      // A data file that cannot be opened (damaged, foreign, newer) gives the recovery core: the window
      // then shows the recovery screen. The file itself is left exactly as it is.
      core = openSwitchingCore({
        dataDir,
        host: electronHost(() => mainWindow),
        // The whole-file check runs on a worker thread: the window does not wait seconds for a big store.
        coreOptions: { checkInBackground: true },
        onFolderChosen: (folder) => {
          rememberFolder(defaultDir, folder)
          app.relaunch({ args: argsWithDataDir(process.argv.slice(1), folder) })
          // After the answer has reached the window; will-quit then closes the recovery core.
          setTimeout(() => app.quit(), 300)
        }
      })
    } catch (error) {
      const detail = openFailureDetail(error, dataDir)
      dialog.showMessageBoxSync({ type: 'error', title: APP_NAME, message: 'Spotter cannot open your data', detail, buttons: ['Quit'] })
      app.exit(1)
      return
    }

    ipc = bindIpc({
      ipcMain,
      core,
      isTrustedSender: (url) => isAppUrl(url, entry),
      eventTargets: () => BrowserWindow.getAllWindows().map((window) => window.webContents)
    })

    app.setAboutPanelOptions({ applicationName: APP_NAME, applicationVersion: app.getVersion(), copyright: 'Your data stays on this computer.' })
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        menuTemplate(
          { isMac: process.platform === 'darwin', isPackaged: app.isPackaged, appName: APP_NAME },
          {
            showAbout: () => app.showAboutPanel(),
            showDataFolder: () => void shell.openPath(dataDir)
          }
        )
      )
    )

    mainWindow = createWindow()
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow()
    })
  })

  app.on('window-all-closed', () => {
    // macOS apps stay open without windows; the Dock icon brings the window back.
    if (process.platform !== 'darwin') app.quit()
  })

  app.on('will-quit', () => {
    ipc?.dispose()
    core?.close()
    core = undefined
  })
}

start()
