import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  DEFAULT_SIZE,
  MIN_SIZE,
  createWindowStateSaver,
  fitToDisplays,
  loadWindowState,
  parseWindowState,
  type DisplayArea,
  type TrackedWindow,
  type WindowState
} from '../../src/main/window/window-state'

// A laptop screen with a taskbar at the bottom, and a second monitor to its right.
const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const rightMonitor: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }
const defaults: WindowState = { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false }

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'spotter-window-state-'))
})
afterEach(() => {
  vi.useRealTimers()
  rmSync(dir, { recursive: true, force: true })
})

describe('restoring the window', () => {
  it('reopens where it was left when that is on a monitor', () => {
    const saved = { x: 100, y: 80, width: 1300, height: 850, maximized: false }
    expect(fitToDisplays(saved, [laptop])).toEqual(saved)
    const onSecond = { x: 2200, y: 100, width: 1600, height: 1000, maximized: true }
    expect(fitToDisplays(onSecond, [laptop, rightMonitor])).toEqual(onSecond)
  })

  it('falls back to the default size, centred, when the saved place is off every monitor', () => {
    // Saved on the second monitor, which is unplugged now.
    expect(fitToDisplays({ x: 2200, y: 100, width: 1600, height: 1000, maximized: false }, [laptop])).toEqual(defaults)
    expect(fitToDisplays({ x: -5000, y: -5000, width: 1280, height: 820, maximized: false }, [laptop])).toEqual(defaults)
    // Only a sliver on screen, or the title bar above the top edge: it could not be grabbed.
    expect(fitToDisplays({ x: 1900, y: 100, width: 1280, height: 820, maximized: false }, [laptop])).toEqual(defaults)
    expect(fitToDisplays({ x: 100, y: -600, width: 1280, height: 820, maximized: false }, [laptop])).toEqual(defaults)
    expect(fitToDisplays({ x: 100, y: 1030, width: 1280, height: 820, maximized: false }, [laptop])).toEqual(defaults)
  })

  it('keeps a maximized window maximized even when its old monitor is gone', () => {
    expect(fitToDisplays({ x: 2200, y: 100, width: 1600, height: 1000, maximized: true }, [laptop])).toEqual({ ...defaults, maximized: true })
  })

  it('shrinks a window larger than its monitor and moves it fully onto it', () => {
    const fitted = fitToDisplays({ x: 300, y: 10, width: 2500, height: 1380, maximized: false }, [laptop])
    expect(fitted).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false })
    const hanging = fitToDisplays({ x: 1000, y: 500, width: 1280, height: 820, maximized: false }, [laptop])
    expect(hanging).toEqual({ x: 640, y: 220, width: 1280, height: 820, maximized: false })
  })

  it('never goes below the minimum size', () => {
    expect(fitToDisplays({ x: 10, y: 10, width: 200, height: 100, maximized: false }, [laptop])).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height })
  })
})

describe('the window-state file', () => {
  it('ignores a corrupt, half-written or hand-edited file', () => {
    for (const text of ['', '{', 'null', '[]', '"x"', '{"width":"wide","height":800,"maximized":false}', '{"x":1,"width":1000,"height":800,"maximized":false}', '{"width":1e400,"height":800,"maximized":false}', '{"width":1000,"height":-5,"maximized":false}', '{"width":1000,"height":800}']) {
      expect(parseWindowState(text), text).toBeUndefined()
    }
    const file = join(dir, 'window-state.json')
    writeFileSync(file, '{"x": 10, "y": 10, "width": 1300, "hei')
    expect(loadWindowState(file, [laptop])).toEqual(defaults)
  })

  it('opens at the defaults when there is no file yet', () => {
    expect(loadWindowState(join(dir, 'window-state.json'), [laptop])).toEqual(defaults)
  })

  it('saves after moves and resizes settle, and at once on close, the normal bounds and maximized state', () => {
    vi.useFakeTimers()
    const file = join(dir, 'nested', 'window-state.json')
    const window: TrackedWindow & { bounds: { x: number; y: number; width: number; height: number }; maximized: boolean } = {
      bounds: { x: 50, y: 60, width: 1300, height: 900 },
      maximized: false,
      getNormalBounds() {
        return this.bounds
      },
      isMaximized() {
        return this.maximized
      },
      isMinimized: () => false,
      isFullScreen: () => false
    }
    const saver = createWindowStateSaver(file, window, { delayMs: 400 })
    saver.schedule()
    window.bounds = { x: 70, y: 80, width: 1310, height: 910 }
    saver.schedule()
    vi.advanceTimersByTime(399)
    expect(() => readFileSync(file, 'utf8')).toThrow()
    vi.advanceTimersByTime(1)
    expect(loadWindowState(file, [laptop])).toEqual({ x: 70, y: 80, width: 1310, height: 910, maximized: false })

    window.maximized = true
    saver.schedule()
    saver.flush()
    expect(loadWindowState(file, [laptop])).toEqual({ x: 70, y: 80, width: 1310, height: 910, maximized: true })
  })

  it('keeps the last good state while the window is minimized', () => {
    const file = join(dir, 'window-state.json')
    let minimized = false
    const window: TrackedWindow = {
      getNormalBounds: () => (minimized ? { x: -32000, y: -32000, width: 160, height: 28 } : { x: 10, y: 20, width: 1000, height: 700 }),
      isMaximized: () => false,
      isMinimized: () => minimized,
      isFullScreen: () => false
    }
    const saver = createWindowStateSaver(file, window)
    saver.flush()
    minimized = true
    saver.flush()
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false })
  })
})
