import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/index'
import { openSwitchingCore, type SwitchingCore } from '../../src/main/core-switch'
import { tempDir } from '../helpers/store'

// The core the Electron window and the harness bind: the normal one, or the recovery one while the
// data file cannot be opened, switched in place once a restore or another folder made data usable.

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A data folder holding two clients and a backup of them, whose data file is then overwritten. */
async function damagedFolder(): Promise<{ dataDir: string; backup: string; damagedHash: string }> {
  const dataDir = tempDir()
  const core = createCore({ dataDir, automaticBackups: false })
  for (const name of ['Hana Kim', 'Igor Petrov']) await core.call('clients.create', { name })
  const made = await core.call('backups.create', {})
  core.close()
  if (!made.ok) throw new Error(made.error.message)
  const file = join(dataDir, 'spotter.db')
  writeFileSync(file, 'this is not a database at all')
  return { dataDir, backup: (made.value as { path: string }).path, damagedHash: sha(file) }
}

async function value(core: SwitchingCore, method: string, input: unknown = {}) {
  const answer = await core.call(method, input)
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  return answer.value as Record<string, unknown>
}

describe('opening the data folder', () => {
  it('opens a good folder normally', async () => {
    const core = openSwitchingCore({ dataDir: tempDir(), coreOptions: { automaticBackups: false } })
    try {
      expect(core.mode).toBe('normal')
      expect(await value(core, 'recovery.status')).toMatchObject({ problem: null })
      expect(core.context.schemaVersion).toBeGreaterThan(0)
    } finally {
      core.close()
    }
  })

  it('answers with the recovery core when the file cannot be opened, and changes nothing', async () => {
    const { dataDir, damagedHash } = await damagedFolder()
    const core = openSwitchingCore({ dataDir })
    try {
      expect(core.mode).toBe('recovery')
      expect(await value(core, 'recovery.status')).toMatchObject({ problem: 'not_sqlite', file: join(dataDir, 'spotter.db') })
      expect(await core.call('clients.list', {})).toMatchObject({ ok: false, error: { code: 'store_unavailable' } })
      expect(() => core.context).toThrow(/recovery mode/)
      expect(sha(join(dataDir, 'spotter.db'))).toBe(damagedHash)
    } finally {
      core.close()
    }
  })

  it('after a restore, the same object answers from the restored data (events keep flowing)', async () => {
    const { dataDir, backup, damagedHash } = await damagedFolder()
    const core = openSwitchingCore({ dataDir, coreOptions: { automaticBackups: false } })
    const changes: string[][] = []
    core.on('data.changed', ({ scopes }) => changes.push(scopes))
    try {
      await value(core, 'recovery.restore', { path: backup, confirm: true })
      // Switched before the answer came back: the window can reload straight onto the data.
      expect(core.mode).toBe('normal')
      const list = await value(core, 'clients.list', {})
      expect((list.items as Array<{ name: string }>).map((c) => c.name)).toEqual(['Hana Kim', 'Igor Petrov'])
      await value(core, 'clients.create', { name: 'Jo March' })
      expect(changes).toContainEqual(expect.arrayContaining(['clients']))
      // The damaged file is kept beside the restored one, byte for byte.
      const kept = readdirSync(dataDir).filter((name) => name.startsWith('spotter.db.damaged'))
      expect(kept.map((name) => sha(join(dataDir, name)))).toContain(damagedHash)
    } finally {
      core.close()
    }
  })

  it('another folder: handed to the entry point when it relaunches (Electron), opened in place otherwise', async () => {
    const first = await damagedFolder()
    const other = tempDir()
    const chosen: string[] = []
    const electronLike = openSwitchingCore({ dataDir: first.dataDir, onFolderChosen: (folder) => chosen.push(folder) })
    try {
      expect(await value(electronLike, 'recovery.openFolder', { path: other })).toEqual({ dataDir: other })
      expect(chosen).toEqual([other])
    } finally {
      electronLike.close()
    }

    const second = await damagedFolder()
    const harnessLike = openSwitchingCore({ dataDir: second.dataDir, coreOptions: { automaticBackups: false } })
    try {
      await value(harnessLike, 'recovery.openFolder', { path: other })
      expect(harnessLike.mode).toBe('normal')
      expect(harnessLike.dataDir).toBe(other)
      expect(await value(harnessLike, 'clients.list', {})).toMatchObject({ total: 0 })
    } finally {
      harnessLike.close()
    }
  })
})
