import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REMEMBERED_FOLDER_FILE, argsWithDataDir, readRememberedFolder, rememberFolder } from '../../src/main/remembered-folder'

// "Open another data folder" on the recovery screen: the choice outlives the relaunch.

const temp = () => mkdtempSync(join(tmpdir(), 'spotter-remembered-'))

describe('the remembered data folder', () => {
  it('is remembered, found again, and says whether it is there now', () => {
    const defaultDir = temp()
    const other = join(temp(), 'Spotter on USB')
    expect(readRememberedFolder(defaultDir)).toBeUndefined()
    rememberFolder(defaultDir, other)
    expect(readRememberedFolder(defaultDir)).toEqual({ folder: other, available: false })
    mkdirSync(other)
    expect(readRememberedFolder(defaultDir)).toEqual({ folder: other, available: true })
  })

  it('choosing the default folder again forgets the other one', () => {
    const defaultDir = temp()
    rememberFolder(defaultDir, temp())
    rememberFolder(defaultDir, defaultDir)
    expect(readRememberedFolder(defaultDir)).toBeUndefined()
  })

  it('ignores a garbled or relative pointer instead of failing to start', () => {
    const defaultDir = temp()
    for (const text of ['{not json', '{"dataDir": 42}', '{"dataDir": "relative/folder"}', '[]']) {
      writeFileSync(join(defaultDir, REMEMBERED_FOLDER_FILE), text)
      expect(readRememberedFolder(defaultDir), text).toBeUndefined()
    }
  })

  it('writes the pointer whole (no temporary file left beside it)', () => {
    const defaultDir = temp()
    rememberFolder(defaultDir, '/media/stick/Spotter')
    expect(JSON.parse(readFileSync(join(defaultDir, REMEMBERED_FOLDER_FILE), 'utf8'))).toEqual({ dataDir: '/media/stick/Spotter' })
    expect(existsSync(join(defaultDir, `${REMEMBERED_FOLDER_FILE}.tmp`))).toBe(false)
  })
})

describe('the relaunch command line', () => {
  it('replaces any --data-dir with the chosen folder and keeps the rest', () => {
    expect(argsWithDataDir(['out/main/index.js', '--data-dir', '/old', '--inspect'], '/new')).toEqual(['out/main/index.js', '--inspect', '--data-dir', '/new'])
    expect(argsWithDataDir(['app', '--data-dir=/old'], '/new')).toEqual(['app', '--data-dir', '/new'])
    expect(argsWithDataDir([], '/new')).toEqual(['--data-dir', '/new'])
  })
})
