import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const dataDir = mkdtempSync(join(tmpdir(), 'spotter-cli-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('npx', ['tsx', 'src/cli/index.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('command line', () => {
  it('prints the envelope as JSON and exits 0 on success, 1 on an error envelope', () => {
    const created = cli(['clients.create', '{"name":"Cli Person","phone":"+44 20 7946 0000"}', '--data-dir', dataDir])
    expect(created.code).toBe(0)
    expect(JSON.parse(created.stdout)).toMatchObject({ ok: true, value: { name: 'Cli Person' } })

    const listed = cli(['clients.list', '{"query":"7946"}'], { SPOTTER_DATA_DIR: dataDir })
    expect(JSON.parse(listed.stdout)).toMatchObject({ ok: true, value: { total: 1, items: [{ name: 'Cli Person' }] } })

    const invalid = cli(['clients.create', '{"name":"","height":1}', '--data-dir', dataDir])
    expect(invalid.code).toBe(1)
    const envelope = JSON.parse(invalid.stdout)
    expect(envelope.ok).toBe(false)
    expect(envelope.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['height', 'name'])
  }, 60_000)

  it('explains bad JSON and usage mistakes', () => {
    const badJson = cli(['clients.create', '{name:', '--data-dir', dataDir])
    expect(badJson.code).toBe(1)
    expect(JSON.parse(badJson.stdout).error.message).toMatch(/not valid JSON/)
    const none = cli([])
    expect(none.code).toBe(2)
    expect(none.stdout).toContain('clients.create')
  }, 60_000)
})
