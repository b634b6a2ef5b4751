import { statSync } from 'node:fs'
import { dirname } from 'node:path'
import { CoreFailure } from '../errors'

// File-system failures in the trainer's words, with the field they concern.

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : ''
}

/** The file the trainer chose must exist and be a file. */
export function mustBeFile(path: string, field = 'path'): number {
  let size: number
  try {
    const stat = statSync(path)
    if (!stat.isFile()) throw new CoreFailure('conflict', `${path} is a folder, not a file`, [{ path: field, message: 'Choose a file, not a folder' }])
    size = stat.size
  } catch (error) {
    if (error instanceof CoreFailure) throw error
    throw new CoreFailure('not_found', `There is no file at ${path}`, [{ path: field, message: 'No such file' }])
  }
  return size
}

/** A file is about to be written at path: its folder must exist. */
export function mustHaveFolder(path: string, field = 'path'): void {
  const folder = dirname(path)
  let ok = false
  try {
    ok = statSync(folder).isDirectory()
  } catch {
    ok = false
  }
  if (!ok) throw new CoreFailure('not_found', `The folder ${folder} does not exist`, [{ path: field, message: 'No such folder' }])
}

/** Turns a write or read failure into a clear message; other errors pass through. */
export function fileFailure(error: unknown, path: string, doing: 'read' | 'write', field = 'path'): never {
  if (error instanceof CoreFailure) throw error
  const code = codeOf(error)
  const what = doing === 'read' ? 'read' : 'write'
  if (code === 'ENOENT') throw new CoreFailure('not_found', `There is no file or folder at ${path}`, [{ path: field, message: 'Not found' }])
  if (code === 'EACCES' || code === 'EPERM') throw new CoreFailure('conflict', `Spotter is not allowed to ${what} ${path}`, [{ path: field, message: `Not allowed to ${what} here` }])
  if (code === 'EISDIR') throw new CoreFailure('conflict', `${path} is a folder, not a file`, [{ path: field, message: 'Choose a file, not a folder' }])
  if (code === 'ENOSPC') throw new CoreFailure('conflict', `The disk is full: ${path} could not be written`, [{ path: field, message: 'The disk is full' }])
  if (code === 'EROFS') throw new CoreFailure('conflict', `${path} is on a read-only disk`, [{ path: field, message: 'Read-only disk' }])
  if (code) throw new CoreFailure('conflict', `Spotter could not ${what} ${path} (${code})`, [{ path: field, message: `Could not ${what} the file` }])
  throw error
}

/** A problem with the content of a chosen file (not a Spotter file, damaged, too new...). */
export function badFile(message: string, field = 'path'): CoreFailure {
  return new CoreFailure('conflict', message, [{ path: field, message }])
}
