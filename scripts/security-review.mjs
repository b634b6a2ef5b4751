#!/usr/bin/env node
// Runs Electronegativity (@doyensec/electronegativity) over src/ and fails on any high or medium
// finding that docs/security.md does not explain. `npm run security`; test/security runs it too.
//
// Two things are worked around so it runs here, offline, in about two seconds:
// - Electronegativity fetches translations and Electron's release list from the internet; we give
//   it its bundled English messages and skip the release check (Electron updates come through npm).
// - Its TypeScript parser (@typescript-eslint/typescript-estree, hoisted) would load the project's
//   TypeScript 7, whose API it does not know; it gets the TypeScript 4 that Electronegativity ships.

import { readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(join(ROOT, 'package.json'))

/**
 * Findings reviewed and explained in docs/security.md ("Electronegativity findings"). A finding
 * matches when its check id and file are equal and its code sample contains `sample`.
 */
export const EXPLAINED = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    sample: 'new BrowserWindow(mainWindowOptions(',
    why: 'webPreferences come from window/options.ts (contextIsolation: true), checked by test/electron/options.test.ts'
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/index.ts',
    sample: 'new BrowserWindow(mainWindowOptions(',
    why: 'sandbox: true in window/options.ts, and app.enableSandbox() for every renderer'
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'main/index.ts',
    sample: 'new BrowserWindow(mainWindowOptions(',
    why: 'a middle click can only ask for a new window, which setWindowOpenHandler always denies'
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.ts',
    sample: 'isSafeExternalUrl(url)',
    why: 'only https URLs without credentials reach shell.openExternal (isSafeExternalUrl, tested)'
  }
]

const BLOCKING = new Set(['HIGH', 'MEDIUM'])

/** Makes Electronegativity loadable offline and with a TypeScript parser that works. */
function prepareElectronegativity() {
  const packageJson = require.resolve('@doyensec/electronegativity/package.json')
  const ownRequire = createRequire(packageJson)
  const oldTypescript = ownRequire.resolve('typescript')
  const resolveFilename = Module._resolveFilename
  Module._resolveFilename = function (request, parent, ...rest) {
    if (request === 'typescript' && parent?.filename?.includes(`${'@typescript-eslint'}`)) return oldTypescript
    return resolveFilename.call(this, request, parent, ...rest)
  }
  // The bundled English messages, without the download of "updated translations".
  const i18nFile = join(dirname(packageJson), 'dist', 'locales', 'i18n.js')
  const i18n = ownRequire('i18n')
  const localMessages = () => {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(i18nFile), updateFiles: false, objectNotation: true, register: globalThis })
    i18n.setLocale('en-US')
    return Promise.resolve()
  }
  require.cache[i18nFile] = { id: i18nFile, filename: i18nFile, loaded: true, exports: localMessages }
  const runner = ownRequire(join(dirname(packageJson), 'dist', 'runner.js'))
  return runner.default ?? runner
}

/**
 * Scans `input` (default src/) and sorts high and medium findings into explained and unexplained.
 * Parse errors count as failures: a file the scanner could not read was not checked.
 */
export async function reviewSource(input = join(ROOT, 'src')) {
  const run = prepareElectronegativity()
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version
  const silence = console.log
  console.log = () => {} // the runner prints a progress line per check group
  let result
  try {
    result = await run({
      input,
      isRelative: true,
      electronVersionOverride: electronVersion,
      // Needs the internet (Electron's release feed); Electron's version is pinned in package.json.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck']
    })
  } finally {
    console.log = silence
  }
  const findings = result.issues.map((issue) => ({
    id: issue.id,
    file: issue.file.replaceAll('\\', '/'),
    line: issue.location?.line ?? 0,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    description: issue.description,
    sample: String(issue.sample ?? '').slice(0, 300)
  }))
  const blocking = findings.filter((f) => BLOCKING.has(f.severity))
  const explains = (e, f) => e.id === f.id && e.file === f.file && f.sample.includes(e.sample)
  return {
    checks: result.globalChecks + result.atomicChecks,
    findings,
    explained: blocking.filter((f) => EXPLAINED.some((e) => explains(e, f))),
    unexplained: blocking.filter((f) => !EXPLAINED.some((e) => explains(e, f))),
    /** Explanations that no longer match anything (the code changed: drop or update them). */
    stale: EXPLAINED.filter((e) => !blocking.some((f) => explains(e, f))),
    parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`)
  }
}

const format = (f) => `  ${f.severity}/${f.confidence} ${f.id} ${f.file}:${f.line}  ${f.sample.replace(/\s+/g, ' ').slice(0, 100)}`

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = Date.now()
  const review = await reviewSource(process.argv[2] ? resolve(process.argv[2]) : undefined)
  console.log(`Electronegativity: ${review.checks} checks over src/ in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`${review.findings.length} findings; ${review.explained.length} high/medium explained in docs/security.md:`)
  for (const f of review.explained) console.log(format(f))
  for (const f of review.findings.filter((x) => !BLOCKING.has(x.severity))) console.log(`  (low/info) ${format(f).trim()}`)
  for (const e of review.stale) console.log(`  note: the explanation for ${e.id} in ${e.file} matches nothing any more; update docs/security.md and EXPLAINED`)
  for (const error of review.parseErrors) console.error(`Could not parse ${error}`)
  if (review.unexplained.length > 0) {
    console.error(`\n${review.unexplained.length} high/medium finding(s) not explained in docs/security.md:`)
    for (const f of review.unexplained) console.error(format(f))
  }
  process.exit(review.unexplained.length > 0 || review.parseErrors.length > 0 ? 1 : 0)
}
