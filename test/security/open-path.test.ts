import { describe, expect, it } from 'vitest'
import { createCore } from '../../src/main/core/index'
import { answerInvoke } from '../../src/main/ipc'
import { StandInHost } from '../../src/harness/host'
import { tempDir } from '../helpers/store'

// host.openPath hands a file to the system's viewer, so it must never be a program, a script or a
// web page. Asked the way the window asks: through main's IPC answer, from the app's own page.
// (test/core/host.test.ts covers the plain cases; these are the tricks.)

const PAGE = 'file:///opt/Spotter/out/renderer/index.html'

describe('host.openPath from the window', () => {
  it('opens the documents the app writes, whatever the letter case', async () => {
    const host = new StandInHost(tempDir())
    const core = createCore({ dataDir: tempDir(), host, automaticBackups: false })
    try {
      for (const path of ['/home/ana/Plans/Ana - Week 1.PDF', 'C:\\Users\\ana\\clients.csv', '/tmp/export.Json', '/tmp/notes.txt']) {
        const answer = await answerInvoke(core, PAGE, { method: 'host.openPath', input: { path } }, (url) => url === PAGE)
        expect(answer, path).toEqual({ ok: true, value: { opened: true } })
      }
    } finally {
      core.close()
    }
  })

  it('refuses programs, scripts, shortcuts and web pages, however they are disguised', async () => {
    const host = new StandInHost(tempDir())
    const core = createCore({ dataDir: tempDir(), host, automaticBackups: false })
    try {
      const disguised = [
        '/tmp/plan.pdf.exe',
        '/tmp/plan.pdf .exe',
        '/tmp/plan.exe ',
        '/tmp/plan.pdf/',
        '/tmp/plan',
        'C:\\Users\\ana\\Desktop\\plan.pdf.lnk',
        'C:\\Users\\ana\\invoice.scr',
        'C:\\Users\\ana\\update.bat',
        '/Applications/Calculator.app',
        '/tmp/open-me.command',
        '/tmp/launch.desktop',
        '/tmp/page.html',
        '/tmp/picture.svg',
        '/tmp/tool.jar',
        '/tmp/link.url'
      ]
      for (const path of disguised) {
        const answer = await answerInvoke(core, PAGE, { method: 'host.openPath', input: { path } }, (url) => url === PAGE)
        expect(answer, path).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
      }
      // And a page that is not the app's own cannot ask at all.
      const foreign = await answerInvoke(core, 'https://evil.example/', { method: 'host.openPath', input: { path: '/tmp/plan.pdf' } }, (url) => url === PAGE)
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect(host.opened).toEqual([])
    } finally {
      core.close()
    }
  })
})
