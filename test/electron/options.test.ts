import { describe, expect, it } from 'vitest'
import { mainWindowOptions, webPreferences } from '../../src/main/window/options'
import { DEFAULT_SIZE, MIN_SIZE, defaultWindowState } from '../../src/main/window/window-state'

describe('main window options', () => {
  it('isolate the page from Node and Electron (the security baseline)', () => {
    const prefs = webPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false
    })
  })

  it('open a window titled Spotter, at the default size and centred when nothing was saved', () => {
    const options = mainWindowOptions(defaultWindowState(), '/p.cjs')
    expect(options).toMatchObject({ title: 'Spotter', width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, center: true })
    expect(options.x).toBeUndefined()
    expect(options.minWidth).toBe(MIN_SIZE.width)
    expect(options.minHeight).toBe(MIN_SIZE.height)
    expect(options.webPreferences?.sandbox).toBe(true)
  })

  it('reopen where the window was left', () => {
    const options = mainWindowOptions({ x: 40, y: 60, width: 1400, height: 900, maximized: false }, '/p.cjs')
    expect(options).toMatchObject({ x: 40, y: 60, width: 1400, height: 900 })
    expect(options.center).toBeUndefined()
  })
})
