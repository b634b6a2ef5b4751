// The data folder the trainer chose on the recovery screen ("open another data folder"), remembered
// in a small file in the default data folder so the next plain start opens it. --data-dir and
// SPOTTER_DATA_DIR still win. No Electron here, so it is tested under Node.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'

export const REMEMBERED_FOLDER_FILE = 'data-folder.json'

export type RememberedFolder = { folder: string; available: boolean } | undefined

/** The remembered folder, if any, and whether it is there now (a USB stick may be unplugged). */
export function readRememberedFolder(defaultDir: string): RememberedFolder {
  const file = join(defaultDir, REMEMBERED_FOLDER_FILE)
  if (!existsSync(file)) return undefined
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { dataDir?: unknown }
    if (typeof parsed.dataDir !== 'string' || !isAbsolute(parsed.dataDir) || parsed.dataDir === defaultDir) return undefined
    return { folder: parsed.dataDir, available: existsSync(parsed.dataDir) }
  } catch {
    // A garbled pointer is ignored: the default folder is used, nothing is lost.
    return undefined
  }
}

/** Remembers `folder` (or forgets, when it is the default folder itself). Written whole, then renamed. */
export function rememberFolder(defaultDir: string, folder: string): void {
  const file = join(defaultDir, REMEMBERED_FOLDER_FILE)
  if (folder === defaultDir) {
    rmSync(file, { force: true })
    return
  }
  mkdirSync(defaultDir, { recursive: true })
  writeFileSync(`${file}.tmp`, `${JSON.stringify({ dataDir: folder }, null, 2)}\n`)
  renameSync(`${file}.tmp`, file)
}

/** The command line for a relaunch: the same arguments, with --data-dir set to `folder`. */
export function argsWithDataDir(args: readonly string[], folder: string): string[] {
  const kept: string[] = []
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--data-dir') {
      i++
      continue
    }
    if (arg.startsWith('--data-dir=')) continue
    kept.push(arg)
  }
  return [...kept, '--data-dir', folder]
}
