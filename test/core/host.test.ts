import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/index'
import { StandInHost } from '../../src/harness/host'
import { openTestCore, tempDir } from '../helpers/store'

// host.* are the file dialogs of whichever program runs the core. Without one (command line, tests)
// they must say so plainly; with the harness's stand-in they answer predictable paths.

describe('host: file dialogs', () => {
  it('on the command line there are no dialogs, and the answer says to give a path instead', async () => {
    const t = openTestCore()
    const answer = await t.call('host.chooseSavePath', { title: 'Save the plan', defaultName: 'plan.pdf', filters: [] })
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringMatching(/file path/) } })
  })

  it('the harness answers a save dialog with a file under <dataDir>/exports, and queued answers first', async () => {
    const dataDir = tempDir()
    const host = new StandInHost(dataDir)
    const core = createCore({ dataDir, host })
    try {
      const saved = await core.call('host.chooseSavePath', { title: 'Save', defaultName: 'Zoë Łukasiewicz - Plan.pdf' })
      expect(saved).toEqual({ ok: true, value: { path: join(dataDir, 'exports', 'Zoë Łukasiewicz - Plan.pdf') } })
      expect(existsSync(dirname((saved as { value: { path: string } }).value.path))).toBe(true)

      host.answerNext(null)
      expect(await core.call('host.chooseSavePath', { title: 'Save', defaultName: 'plan.pdf' })).toEqual({ ok: true, value: { path: null } })
      expect(await core.call('host.chooseOpenPath', { title: 'Open a backup' })).toEqual({ ok: true, value: { path: null } })
      host.answerNext('/tmp/backup.json')
      expect(await core.call('host.chooseOpenPath', { title: 'Open a backup' })).toEqual({ ok: true, value: { path: '/tmp/backup.json' } })

      expect(await core.call('host.openPath', { path: '/tmp/plan.pdf' })).toEqual({ ok: true, value: { opened: true } })
      expect(await core.call('host.openPath', { path: 'C:\\Users\\sam\\Plan.PDF' })).toEqual({ ok: true, value: { opened: true } })
      expect(host.opened).toEqual(['/tmp/plan.pdf', 'C:\\Users\\sam\\Plan.PDF'])
    } finally {
      core.close()
    }
  })

  it('refuses to open anything but the documents the app writes (never a program)', async () => {
    const dataDir = tempDir()
    const host = new StandInHost(dataDir)
    const core = createCore({ dataDir, host })
    try {
      for (const path of ['/usr/bin/bash', 'C:\\Windows\\calc.exe', '/tmp/run.sh', '/tmp/plan.pdf.desktop', '\\\\server\\share\\plan.pdf', '//server/share/plan.pdf', 'plan.pdf']) {
        const answer = await core.call('host.openPath', { path })
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      }
      expect(host.opened).toEqual([])
      const badName = await core.call('host.chooseSavePath', { title: 'Save', defaultName: '../../etc/passwd.pdf' })
      expect(badName).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'defaultName' }] } })
    } finally {
      core.close()
    }
  })
})
