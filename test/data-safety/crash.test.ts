import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { buildSync } from 'esbuild'
import { beforeAll, describe, expect, it } from 'vitest'
import { backupFiles } from '../../src/main/core/backup/files'
import { SOURCE_MIGRATIONS_DIR, tempDir } from '../helpers/store'

// A writer process is killed with SIGKILL at random moments, 50 times, on the same data folder. After
// each kill: every write it acknowledged is there, no write is half there, the file passes
// integrity_check, and every listed backup is whole.

const KILLS = Number(process.env.SPOTTER_CRASH_KILLS ?? 50)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BUNDLE = join(ROOT, 'node_modules', '.cache', 'spotter-crash', 'crash-child.mjs')

beforeAll(() => {
  // One bundle, so each start takes a fraction of a second instead of compiling TypeScript again.
  mkdirSync(join(BUNDLE, '..'), { recursive: true })
  buildSync({
    entryPoints: [fileURLToPath(new URL('./crash-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: BUNDLE,
    external: ['better-sqlite3'],
    banner: { js: "import { createRequire as spotterRequire } from 'node:module'; const require = spotterRequire(import.meta.url);" },
    logLevel: 'error'
  })
})

interface Run {
  acked: number[]
  stderr: string
}

/** Starts the writer, lets it write for `ms` after its first acknowledged write, then kills it with SIGKILL. */
function runAndKill(dataDir: string, first: number, ms: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, dataDir, String(first)], { env: { ...process.env, SPOTTER_MIGRATIONS_DIR: SOURCE_MIGRATIONS_DIR }, stdio: ['ignore', 'pipe', 'pipe'] })
    const acked: number[] = []
    let out = ''
    let stderr = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      let nl: number
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl)
        out = out.slice(nl + 1)
        const m = /^ack (\d+)$/.exec(line)
        if (m) acked.push(Number(m[1]))
        // Some kills land before the first write, most in the middle of a burst.
        if ((m || (line === 'ready' && ms < 10)) && !timer) timer = setTimeout(() => child.kill('SIGKILL'), ms)
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped on its own (code ${code}): ${stderr}`))
      else resolve({ acked, stderr })
    })
  })
}

describe('crash safety', () => {
  it(`every acknowledged write survives ${KILLS} SIGKILLs, none is half written, the file stays sound`, async () => {
    const dataDir = tempDir()
    const allAcked: number[] = []
    let next = 0
    let killsDuringWrites = 0
    for (let i = 0; i < KILLS; i++) {
      const ms = Math.floor(Math.random() * 100)
      const run = await runAndKill(dataDir, next, ms)
      allAcked.push(...run.acked)
      // The next writer starts after anything this one may have written but not acknowledged.
      next += run.acked.length + 1
      if (run.acked.length > 0) killsDuringWrites++

      // Opened as the app would (read-write, so SQLite recovers from its -wal).
      const db = new Database(join(dataDir, 'spotter.db'))
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
        const names = new Set(db.prepare("SELECT name FROM clients WHERE name LIKE 'Crash %'").pluck().all() as string[])
        const lost = allAcked.filter((n) => !names.has(`Crash ${n}`))
        expect(lost, `acknowledged writes lost after kill ${i + 1}`).toEqual([])
        // Each program was written in one transaction: 3 weeks and 9 sessions, or not at all.
        const partial = db
          .prepare(
            `SELECT p.name, (SELECT count(*) FROM program_weeks w WHERE w.program_id = p.id) AS weeks,
               (SELECT count(*) FROM program_sessions s WHERE s.program_id = p.id) AS sessions
             FROM programs p WHERE p.name LIKE 'Plan %' AND (weeks <> 3 OR sessions <> 9)`
          )
          .all()
        expect(partial, `half-written programs after kill ${i + 1}`).toEqual([])
        const programs = new Set(db.prepare("SELECT name FROM programs WHERE name LIKE 'Plan %'").pluck().all() as string[])
        expect(allAcked.filter((n) => !programs.has(`Plan ${n}`))).toEqual([])
      } finally {
        db.close()
      }
    }
    // Every backup that got its final name is whole (one cut short keeps its .partial name, unlisted).
    for (const backup of backupFiles(join(dataDir, 'backups'))) {
      const db = new Database(backup.path, { readonly: true })
      expect(db.pragma('quick_check', { simple: true }), backup.fileName).toBe('ok')
      db.close()
    }
    expect(allAcked.length).toBeGreaterThan(KILLS)
    expect(killsDuringWrites).toBeGreaterThan(KILLS * 0.8)
  }, 180_000)
})
