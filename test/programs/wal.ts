import { readFileSync } from 'node:fs'

// Counting commits at the store's level (used by the autosave test and the programs bench): each commit
// appends a frame marked as a commit (a non-zero "database size" field) to the write-ahead log.
// Hold checkpoints off (PRAGMA wal_autocheckpoint = 0) while counting, or the log may restart.

/** Commit frames in the current generation of the WAL file (frames whose salts match the header's). */
export function walCommits(dbFile: string): number {
  let wal: Buffer
  try {
    wal = readFileSync(`${dbFile}-wal`)
  } catch {
    return 0
  }
  if (wal.length < 32) return 0
  const pageSize = wal.readUInt32BE(8)
  const salt1 = wal.readUInt32BE(16)
  const salt2 = wal.readUInt32BE(20)
  let commits = 0
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    if (wal.readUInt32BE(at + 8) !== salt1 || wal.readUInt32BE(at + 12) !== salt2) break
    if (wal.readUInt32BE(at + 4) !== 0) commits++
  }
  return commits
}
