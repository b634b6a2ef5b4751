import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

export const APP_DIR_NAME = 'Spotter'

/**
 * Electron's userData folder for an app named Spotter, computed without Electron so the CLI and the
 * harness find the same data the desktop app uses.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_DIR_NAME)
}

/** `--data-dir DIR` (or `--data-dir=DIR`) from the command line, if given. */
export function dataDirFromArgs(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--data-dir') {
      const value = argv[i + 1]
      if (!value || value.startsWith('--')) throw new Error('--data-dir needs a folder, e.g. --data-dir ./my-data')
      return value
    }
    if (arg.startsWith('--data-dir=')) return arg.slice('--data-dir='.length)
  }
  return undefined
}

/** The data folder in force: --data-dir, then SPOTTER_DATA_DIR, then the platform default. */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: () => string): string {
  const chosen = dataDirFromArgs(argv) ?? (env.SPOTTER_DATA_DIR || undefined)
  return chosen ? resolve(chosen) : fallback()
}
