// The window's size, position and maximized state, kept in <dataDir>/window-state.json so Spotter
// reopens where the trainer left it, and never off-screen when a monitor has gone since.

import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

export interface Rectangle {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  /** Absent: let the window manager place the window (centred). */
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

/** What restoring needs to know about a monitor: the area windows may use (no taskbar, no dock). */
export interface DisplayArea {
  workArea: Rectangle
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const
export const MIN_SIZE = { width: 960, height: 640 } as const
export const WINDOW_STATE_FILE = 'window-state.json'

/** The window's top strip (where the title bar is) and how much of it must lie on a monitor to be grabbed. */
const TITLE_STRIP_HEIGHT = 48
const MIN_VISIBLE = { width: 160, height: 24 }

export function defaultWindowState(): WindowState {
  return { width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false }
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value)
}

/** The saved state if it has the right shape, else undefined (a hand-edited or half-written file). */
export function parseWindowState(text: string): WindowState | undefined {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null) return undefined
  const { x, y, width, height, maximized } = data as Record<string, unknown>
  if (!isInteger(width) || !isInteger(height) || width <= 0 || height <= 0) return undefined
  if (typeof maximized !== 'boolean') return undefined
  if (x === undefined && y === undefined) return { width, height, maximized }
  if (!isInteger(x) || !isInteger(y)) return undefined
  return { x, y, width, height, maximized }
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/**
 * The state to open with on the monitors there are now: a saved window whose top strip (where the
 * title bar is) is not on any monitor falls back to the default size, centred; one larger than
 * its monitor is shrunk and moved onto it; sizes never go below the minimum.
 */
export function fitToDisplays(saved: WindowState | undefined, displays: readonly DisplayArea[]): WindowState {
  if (!saved) return defaultWindowState()
  const width = Math.max(saved.width, MIN_SIZE.width)
  const height = Math.max(saved.height, MIN_SIZE.height)
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized: saved.maximized }

  const titleBar: Rectangle = { x: saved.x, y: saved.y, width, height: TITLE_STRIP_HEIGHT }
  const home = displays.find((display) => {
    const seen = overlap(titleBar, display.workArea)
    return seen.width >= Math.min(MIN_VISIBLE.width, width) && seen.height >= MIN_VISIBLE.height
  })
  if (!home) return { ...defaultWindowState(), maximized: saved.maximized }

  const area = home.workArea
  const fittedWidth = Math.min(width, Math.max(area.width, MIN_SIZE.width))
  const fittedHeight = Math.min(height, Math.max(area.height, MIN_SIZE.height))
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - Math.min(fittedWidth, area.width))
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - Math.min(fittedHeight, area.height))
  return { x, y, width: fittedWidth, height: fittedHeight, maximized: saved.maximized }
}

/** The state to open with: the saved file if it is readable and sane, fitted to today's monitors. */
export function loadWindowState(file: string, displays: readonly DisplayArea[]): WindowState {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return fitToDisplays(undefined, displays)
  }
  return fitToDisplays(parseWindowState(text), displays)
}

/** Writes through a temporary file so a crash mid-write leaves the old state, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`)
  renameSync(temporary, file)
}

/** What the saver reads from a window; a BrowserWindow fits it. */
export interface TrackedWindow {
  getNormalBounds(): Rectangle
  isMaximized(): boolean
  isMinimized(): boolean
  isFullScreen(): boolean
}

export function currentWindowState(window: TrackedWindow): WindowState {
  // The normal (unmaximized) bounds, so un-maximizing after a restart goes back to the trainer's size.
  const bounds = window.getNormalBounds()
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() }
}

export interface WindowStateSaver {
  /** Call on move and resize: saves once things have been still for a moment. */
  schedule(): void
  /** Call on close: saves now. */
  flush(): void
}

export function createWindowStateSaver(
  file: string,
  window: TrackedWindow,
  options: { delayMs?: number; onError?: (error: unknown) => void } = {}
): WindowStateSaver {
  const delayMs = options.delayMs ?? 400
  let timer: ReturnType<typeof setTimeout> | undefined

  function save(): void {
    timer = undefined
    // A minimized or full-screen window's bounds are not the ones to reopen with; keep the last good ones.
    if (window.isMinimized() || window.isFullScreen()) return
    try {
      saveWindowState(file, currentWindowState(window))
    } catch (error) {
      options.onError?.(error)
    }
  }

  return {
    schedule() {
      if (timer) clearTimeout(timer)
      timer = setTimeout(save, delayMs)
    },
    flush() {
      if (timer) clearTimeout(timer)
      save()
    }
  }
}
