// `npm start`: builds Spotter, makes sure Electron's runtime is on this computer (Electron's npm
// package no longer downloads it at install, so the first start fetches it), then opens the app.
// Arguments after `--` go to the app: `npm start -- --data-dir ./my-data`.
// Where the runtime cannot be fetched it prints one sentence on what to do, never a stack trace.

import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const INSTALL_TIMEOUT_MS = 10 * 60_000

/** Where Electron's executable sits inside its dist folder, as electron/install.js writes it to path.txt. */
export function platformExecutable(platform = process.platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron'
  if (platform === 'win32') return 'electron.exe'
  return 'electron'
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch {
    return undefined
  }
}

/**
 * The Electron executable to run, or undefined when it is not installed (or is another version than
 * the electron package asks for). ELECTRON_OVERRIDE_DIST_PATH points at an Electron installed elsewhere.
 */
export function findElectron(root = ROOT, env = process.env, platform = process.platform) {
  const packageDir = join(root, 'node_modules', 'electron')
  const relative = readText(join(packageDir, 'path.txt'))
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const overridden = join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? platformExecutable(platform))
    return existsSync(overridden) ? overridden : undefined
  }
  if (!relative) return undefined
  const executable = join(packageDir, 'dist', relative)
  const wanted = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version
  const installed = readText(join(packageDir, 'dist', 'version'))?.replace(/^v/, '')
  return existsSync(executable) && installed === wanted ? executable : undefined
}

/** Why electron/install.js failed, in a few plain words, from its captured output. */
export function installFailureReason(output, timedOut = false) {
  if (timedOut) return { reason: `the download did not finish within ${INSTALL_TIMEOUT_MS / 60_000} minutes`, network: true }
  if (/fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|getaddrinfo|socket hang up|network/i.test(output)) {
    return { reason: 'no connection to the download server', network: true }
  }
  if (/certificate|self[- ]signed|UNABLE_TO_VERIFY|CERT_/i.test(output)) return { reason: 'the download server’s certificate was not trusted', network: true }
  if (/checksum|sha256|integrity/i.test(output)) return { reason: 'the downloaded file did not match its checksum', network: false }
  if (/HTTPError|status code|Response code|\b40[0-9]\b|\b50[0-9]\b/i.test(output)) return { reason: 'the download server refused the request', network: true }
  if (/EACCES|EPERM|EROFS/.test(output)) return { reason: 'no permission to write to node_modules/electron', network: false }
  if (/ENOSPC/.test(output)) return { reason: 'the disk is full', network: false }
  return { reason: 'its installer failed', network: false }
}

/** The one sentence printed when the runtime could not be fetched. */
export function installFailureSentence(output, timedOut, electronMajor) {
  const { reason, network } = installFailureReason(output, timedOut)
  const remedy = network ? 'connect to the internet once and run `npm start` again' : 'fix that and run `npm start` again'
  return `Spotter could not download Electron's runtime (${reason}): ${remedy}, or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an installed Electron ${electronMajor}.`
}

/** `--data-dir ./x` is meant relative to where the user typed `npm start`, not the project folder npm runs in. */
export function absoluteDataDirArgs(args, baseDir) {
  const out = [...args]
  for (let i = 0; i < out.length; i++) {
    if (out[i] === '--data-dir' && out[i + 1] && !out[i + 1].startsWith('--') && !isAbsolute(out[i + 1])) {
      out[i + 1] = resolve(baseDir, out[i + 1])
    } else if (out[i].startsWith('--data-dir=')) {
      const value = out[i].slice('--data-dir='.length)
      if (value && !isAbsolute(value)) out[i] = `--data-dir=${resolve(baseDir, value)}`
    }
  }
  return out
}

function build() {
  const cli = join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error('Spotter could not be built (the messages above say why).')
    process.exit(result.status ?? 1)
  }
}

function ensureElectron() {
  const found = findElectron()
  if (found) return found
  const packageDir = join(ROOT, 'node_modules', 'electron')
  const version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version
  const major = version.split('.')[0]
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    console.error(`Spotter found no Electron executable in ELECTRON_OVERRIDE_DIST_PATH (${process.env.ELECTRON_OVERRIDE_DIST_PATH}): point it at the folder of an installed Electron ${major}, or unset it to let \`npm start\` download one.`)
    process.exit(1)
  }
  console.log(`Downloading Electron ${version}'s runtime for this computer (about 100 MB, needed once)…`)
  const result = spawnSync(process.execPath, [join(packageDir, 'install.js')], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error?.message ?? ''}`
  const installed = result.status === 0 ? findElectron() : undefined
  if (installed) return installed
  if (process.env.SPOTTER_VERBOSE) console.error(output.trim())
  const timedOut = result.error?.code === 'ETIMEDOUT'
  console.error(installFailureSentence(result.status === 0 ? 'installer finished without an executable' : output, timedOut, major))
  process.exit(1)
}

function launch(executable, args) {
  const env = { ...process.env }
  // Set in some shells and CI images; it would make Electron behave as plain Node and not open the app.
  delete env.ELECTRON_RUN_AS_NODE
  const child = spawn(executable, ['.', ...args], { cwd: ROOT, stdio: 'inherit', env })
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
  child.on('error', (error) => {
    console.error(`Spotter could not start Electron (${error.message}).`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

function main() {
  const args = absoluteDataDirArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd())
  build()
  launch(ensureElectron(), args)
}

// Run only as a script; the tests import the helpers above.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main()
