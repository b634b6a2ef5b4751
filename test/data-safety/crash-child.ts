// The writer killed by crash.test.ts: writes through the real core in bursts and prints "ack N" once
// write N (a client and a 3-week program for them) was answered. Run from a bundle; args: dataDir first-N.
import { createCore } from '../../src/main/core/index'

const [dataDir, first] = [process.argv[2] ?? '', Number(process.argv[3] ?? 0)]
const core = createCore({ dataDir })
process.stdout.write('ready\n')

async function writeOne(n: number): Promise<void> {
  const client = await core.call('clients.create', { name: `Crash ${n}`, notes: `write ${n} `.repeat(40) })
  if (!client.ok) throw new Error(client.error.message)
  const id = (client.value as { id: string }).id
  const program = await core.call('programs.create', { clientId: id, name: `Plan ${n}`, weeks: 3, sessionsPerWeek: 3, withSessions: true })
  if (!program.ok) throw new Error(program.error.message)
}

for (let n = first; ; n++) {
  await writeOne(n)
  // Pipes are written synchronously on Linux: once this returns, the parent can read it.
  process.stdout.write(`ack ${n}\n`)
  if (n % 15 === 0) {
    const backup = await core.call('backups.create', {})
    if (!backup.ok) throw new Error(backup.error.message)
  }
}
