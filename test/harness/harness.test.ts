import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../../src/harness/server'

// The harness serves the built renderer: `npm test` builds before it runs these tests.

let harness: Harness
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'spotter-harness-'))
  harness = await startHarness({ dataDir })
})

afterAll(async () => {
  await harness.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${harness.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } })
}

/** A raw request, so the Host header can be forged the way a DNS-rebinding page would. */
function rawGet(path: string, host: string): Promise<number> {
  const url = new URL(harness.url)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path, headers: { host } }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

describe('browser harness', () => {
  it('binds the loopback address only', () => {
    expect(new URL(harness.url).hostname).toBe('127.0.0.1')
  })

  it('answers POST /api/<method> with the core envelope', async () => {
    const created = await (await post('/api/clients.create', JSON.stringify({ name: 'Ada Byrne' }))).json()
    expect(created).toMatchObject({ ok: true, value: { name: 'Ada Byrne', level: 'beginner' } })
    const invalid = await (await post('/api/clients.create', JSON.stringify({ name: 'X', email: 'nope' }))).json()
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'email' }] } })
    const unknown = await (await post('/api/clients.fly', '{}')).json()
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('rejects a body that is not JSON with an envelope, not a crash', async () => {
    const res = await post('/api/clients.create', '{name:')
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON' } })
  })

  it('refuses calls from another origin and requests for another host name', async () => {
    const res = await post('/api/clients.list', '{}', { origin: 'http://evil.example' })
    expect(res.status).toBe(403)
    expect(await rawGet('/', 'evil.example:80')).toBe(421)
    expect(await rawGet('/', new URL(harness.url).host)).toBe(200)
  })

  it('serves the page with the bridge script before the app script, and no path outside the renderer', async () => {
    const html = await (await fetch(harness.url)).text()
    expect(html.indexOf('/bridge.js')).toBeGreaterThan(0)
    expect(html.indexOf('/bridge.js')).toBeLessThan(html.indexOf('type="module"'))
    expect((await fetch(`${harness.url}/bridge.js`)).headers.get('content-type')).toMatch(/javascript/)
    expect((await fetch(`${harness.url}/..%2f..%2fpackage.json`)).status).toBe(404)
  })

  it('pushes core events to the page as server-sent events', async () => {
    const controller = new AbortController()
    const res = await fetch(`${harness.url}/events`, { signal: controller.signal })
    const reader = res.body!.getReader()
    await reader.read() // the ": connected" comment
    await post('/api/clients.create', JSON.stringify({ name: 'Event Person' }))
    const { value } = await reader.read()
    expect(new TextDecoder().decode(value)).toContain('event: data.changed\ndata: {"scopes":["clients"]}')
    controller.abort()
  })
})
