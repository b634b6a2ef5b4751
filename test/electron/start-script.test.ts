import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

// scripts/start.mjs is plain JavaScript run by `npm start`; its helpers are loaded by URL and typed here.
interface StartScript {
  findElectron(root: string, env: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | undefined
  installFailureSentence(output: string, timedOut: boolean, electronMajor: string): string
  absoluteDataDirArgs(args: string[], baseDir: string): string[]
}

let script: StartScript
beforeAll(async () => {
  const url = pathToFileURL(resolve('scripts/start.mjs')).href
  script = (await import(url)) as StartScript
})

/** A project folder with node_modules/electron at version 45.4.1, its runtime installed or not. */
let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'spotter-start-'))
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true })
  writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function installRuntime(version = 'v45.4.1'): string {
  const dist = join(root, 'node_modules', 'electron', 'dist')
  mkdirSync(dist, { recursive: true })
  writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron')
  writeFileSync(join(dist, 'version'), version)
  writeFileSync(join(dist, 'electron'), '')
  return join(dist, 'electron')
}

describe('finding Electron’s runtime', () => {
  it('finds the runtime electron/install.js put in place', () => {
    const executable = installRuntime()
    expect(script.findElectron(root, {}, 'linux')).toBe(executable)
  })

  it('reports it missing when it was never downloaded (Electron 42+ does not at npm install)', () => {
    expect(script.findElectron(root, {}, 'linux')).toBeUndefined()
  })

  it('reports it missing when the downloaded runtime is another version than the package wants', () => {
    installRuntime('v44.0.0')
    expect(script.findElectron(root, {}, 'linux')).toBeUndefined()
  })

  it('uses ELECTRON_OVERRIDE_DIST_PATH when set, and only if the executable is there', () => {
    const elsewhere = join(root, 'my-electron')
    expect(script.findElectron(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, 'linux')).toBeUndefined()
    mkdirSync(elsewhere)
    writeFileSync(join(elsewhere, 'electron'), '')
    expect(script.findElectron(root, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere }, 'linux')).toBe(join(elsewhere, 'electron'))
  })
})

describe('when the download fails', () => {
  // What electron/install.js prints on a machine without internet (captured on ours).
  const offline = `TypeError: fetch failed
    at node:internal/deps/undici/undici:15270:13
    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)`

  it('says in one sentence what happened and what to do, without the stack trace', () => {
    const sentence = script.installFailureSentence(offline, false, '45')
    expect(sentence).toBe(
      "Spotter could not download Electron's runtime (no connection to the download server): connect to the internet once and run `npm start` again, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an installed Electron 45."
    )
    expect(sentence).not.toMatch(/\n|\bat |undici|TypeError/)
  })

  it('names a timeout, a checksum mismatch and a full disk for what they are', () => {
    expect(script.installFailureSentence('', true, '45')).toMatch(/did not finish within 10 minutes\): connect to the internet/)
    expect(script.installFailureSentence('Error: Generated checksum for "electron.zip" did not match expected checksum', false, '45')).toMatch(/did not match its checksum\): fix that/)
    expect(script.installFailureSentence('Error: ENOSPC: no space left on device, write', false, '45')).toMatch(/\(the disk is full\)/)
    expect(script.installFailureSentence('something else entirely', false, '45')).toMatch(/\(its installer failed\)/)
  })
})

describe('arguments for the app', () => {
  it('makes a relative --data-dir relative to where the user typed the command', () => {
    expect(script.absoluteDataDirArgs(['--data-dir', './mydata', '--other'], '/home/ana/work')).toEqual(['--data-dir', '/home/ana/work/mydata', '--other'])
    expect(script.absoluteDataDirArgs(['--data-dir=mydata'], '/home/ana')).toEqual(['--data-dir=/home/ana/mydata'])
    expect(script.absoluteDataDirArgs(['--data-dir', '/srv/spotter'], '/home/ana')).toEqual(['--data-dir', '/srv/spotter'])
  })
})
