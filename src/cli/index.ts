// Command line to the same core: `npm run --silent cli -- <method> '<json input>' [--data-dir DIR]`.
// Prints the result envelope as JSON; exits 1 on an error envelope, 2 on a usage mistake.

import { METHOD_NAMES, api } from '../shared/api'
import { fail, type Envelope } from '../shared/envelope'
import { createCore, StoreOpenError } from '../main/core/index'
import { defaultDataDir, resolveDataDir } from '../main/data-dir'

const USAGE = `Usage: npm run --silent cli -- <method> ['<json input>'] [--data-dir DIR]

Calls one Spotter core method and prints the result envelope as JSON.
The data folder is --data-dir, else $SPOTTER_DATA_DIR, else the desktop app's own data folder.

Methods:
${METHOD_NAMES.map((name) => `  ${name.padEnd(24)}${api[name].summary}`).join('\n')}`

function print(envelope: Envelope<unknown>): void {
  process.stdout.write(`${JSON.stringify(envelope, null, 2)}\n`)
}

/** Positional arguments: everything that is not --data-dir and its value. */
function positionals(argv: string[]): string[] {
  const out: string[] = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--data-dir') i++
    else if (!argv[i]!.startsWith('--data-dir=')) out.push(argv[i]!)
  }
  return out
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`)
    return argv.length === 0 ? 2 : 0
  }
  let dataDir: string
  try {
    dataDir = resolveDataDir(argv, process.env, defaultDataDir)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return 2
  }
  const [method, json, ...extra] = positionals(argv)
  if (!method || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`)
    return 2
  }
  let input: unknown = {}
  if (json !== undefined) {
    try {
      input = JSON.parse(json)
    } catch {
      print(fail('invalid_input', `The input is not valid JSON: ${json.slice(0, 80)}`))
      return 1
    }
  }
  let core
  try {
    core = createCore({ dataDir })
  } catch (error) {
    if (error instanceof StoreOpenError) {
      print(fail('store_unavailable', error.message))
      return 1
    }
    throw error
  }
  try {
    const envelope = await core.call(method, input)
    print(envelope)
    return envelope.ok ? 0 : 1
  } finally {
    core.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
