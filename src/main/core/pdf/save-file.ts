import { randomBytes } from 'node:crypto'
import { open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join } from 'node:path'
import { CoreFailure } from '../errors'

// Writes the plan where the trainer chose, all or nothing: a temp file beside it, flushed to disk,
// then renamed over the target, so a crash or a full disk never leaves half a PDF under that name.

/** The target's folder must exist and the target must not be a folder; refused before any drawing. */
export async function checkTarget(path: string): Promise<void> {
  if (!isAbsolute(path)) throw new CoreFailure('not_found', `"${path}" is not a full path on this computer`, [{ path: 'path', message: 'Choose a folder on this computer' }])
  const folder = dirname(path)
  const folderStat = await stat(folder).catch(() => null)
  if (!folderStat?.isDirectory()) throw new CoreFailure('not_found', `The folder ${folder} does not exist`, [{ path: 'path', message: 'The folder does not exist' }])
  const existing = await stat(path).catch(() => null)
  if (existing && !existing.isFile()) throw new CoreFailure('conflict', `${path} is a folder, not a file`, [{ path: 'path', message: 'Choose a file name, not a folder' }])
}

function writeFailure(error: unknown, path: string): CoreFailure {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new CoreFailure('forbidden', `Spotter may not write to ${dirname(path)}; choose another folder`, [{ path: 'path', message: 'No permission to write here' }])
  if (code === 'ENOSPC' || code === 'EDQUOT') return new CoreFailure('unavailable', 'The disk is full; free some space or choose another drive', [{ path: 'path', message: 'The disk is full' }])
  if (code === 'EBUSY') return new CoreFailure('conflict', `${basename(path)} is open in another program; close it and export again`, [{ path: 'path', message: 'The file is in use' }])
  return new CoreFailure('unavailable', `The plan could not be saved to ${path}: ${(error as Error).message}`, [{ path: 'path', message: 'Could not save here' }])
}

export async function writeAtomically(path: string, data: Buffer): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`)
  try {
    const file = await open(temp, 'wx')
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
    await rename(temp, path)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw writeFailure(error, path)
  }
}
