import { join, resolve } from 'node:path'
import { homedir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { dataDirFromArgs, defaultDataDir, resolveDataDir } from '../../src/main/data-dir'

describe('data folder', () => {
  it("defaults to the folder Electron's userData uses for an app named Spotter", () => {
    expect(defaultDataDir('linux', {})).toBe(join(homedir(), '.config', 'Spotter'))
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe('/x/Spotter')
    expect(defaultDataDir('darwin', {})).toBe(join(homedir(), 'Library', 'Application Support', 'Spotter'))
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\t\\AppData\\Roaming' })).toBe(join('C:\\Users\\t\\AppData\\Roaming', 'Spotter'))
  })

  it('takes --data-dir over SPOTTER_DATA_DIR over the default', () => {
    const fallback = () => '/default'
    expect(resolveDataDir(['--data-dir', 'a'], { SPOTTER_DATA_DIR: '/env' }, fallback)).toBe(resolve('a'))
    expect(resolveDataDir(['--data-dir=/b'], {}, fallback)).toBe('/b')
    expect(resolveDataDir([], { SPOTTER_DATA_DIR: '/env' }, fallback)).toBe('/env')
    expect(resolveDataDir([], { SPOTTER_DATA_DIR: '' }, fallback)).toBe('/default')
  })

  it('says what is missing when --data-dir has no folder', () => {
    expect(() => dataDirFromArgs(['--data-dir'])).toThrow(/needs a folder/)
    expect(() => dataDirFromArgs(['--data-dir', '--other'])).toThrow(/needs a folder/)
  })
})
