// The browser harness (real core, built renderer) in a Node process of its own, for the boot rows:
// in the bench's own process the core shared its event loop with Playwright's client, whose work
// stalled it for 23-235 ms per boot (a call once reached the core 356 ms after the page sent it), while
// in Electron the core's main process does nothing else. Usage: tsx bench/harness-process.ts <dataDir>
// <transport> [rendererDir]; prints {"url"} once serving, and stops when its stdin closes.
import { startHarness } from '../src/harness/server'

const [dataDir, transport, rendererDir] = process.argv.slice(2)
if (!dataDir || (transport !== 'websocket' && transport !== 'http')) throw new Error('usage: harness-process.ts <dataDir> <websocket|http> [rendererDir]')
const harness = await startHarness({ dataDir, transport, automaticBackups: false, rendererDir: rendererDir || undefined })
// The app checks the whole file on a worker thread at start; timings begin once it is done, as backups are off.
await harness.core.checked
process.stdout.write(`${JSON.stringify({ url: harness.url })}\n`)
process.stdin.on('end', () => {
  void harness.close().finally(() => process.exit(0))
})
process.stdin.resume()
