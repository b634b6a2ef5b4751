import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startHarness, type Harness } from '../../src/harness/server'

// The WebSocket transport of the harness bridge (dev:browser and the bench): calls answered by id,
// the same envelopes as over HTTP, and only for the page the harness serves.

let harness: Harness
let dataDir: string

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'spotter-harness-ws-'))
  harness = await startHarness({ dataDir, transport: 'websocket', automaticBackups: false })
})

afterAll(async () => {
  await harness.close()
  rmSync(dataDir, { recursive: true, force: true })
})

function open(origin = harness.url): Promise<WebSocket> {
  const socket = new WebSocket(`${harness.url.replace('http', 'ws')}/ws`, { origin })
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket))
    socket.once('error', reject)
  })
}

function answers(socket: WebSocket, count: number): Promise<{ id: number; envelope: { ok: boolean; value?: unknown; error?: { code: string } } }[]> {
  const got: unknown[] = []
  return new Promise((resolve) =>
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number }
      // Events come on the same connection (see the test below); answers carry the call's id.
      if (message.id === undefined) return
      got.push(message)
      if (got.length === count) resolve(got as never)
    })
  )
}

describe('harness WebSocket transport', () => {
  it('tells the page which transport to use, in a script that runs while the page is parsed (as a preload runs first)', async () => {
    const html = await (await fetch(harness.url)).text()
    const tag = html.match(/<script src="(\/bridge\.js\?v=\w+)" data-transport="websocket"><\/script>/)
    expect(tag, 'a plain script tag, neither deferred nor async').not.toBeNull()
    // Named by its content, so the browser keeps it as it keeps the built assets.
    expect((await fetch(`${harness.url}${tag![1]}`)).headers.get('cache-control')).toMatch(/immutable/)
    expect((await fetch(`${harness.url}/bridge.js`)).headers.get('cache-control')).toBe('no-store')
  })

  it('answers each call by its id with the core envelope', async () => {
    const socket = await open()
    const replies = answers(socket, 3)
    socket.send(JSON.stringify({ id: 7, method: 'clients.create', input: { name: 'Ada Byrne' } }))
    socket.send(JSON.stringify({ id: 8, method: 'clients.create', input: { name: 'X', email: 'nope' } }))
    socket.send(JSON.stringify({ id: 9, method: 'clients.fly', input: {} }))
    const byId = new Map((await replies).map((r) => [r.id, r.envelope]))
    socket.close()
    expect(byId.get(7)).toMatchObject({ ok: true, value: { name: 'Ada Byrne' } })
    expect(byId.get(8)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(byId.get(9)).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
  })

  it('carries the core’s events on the same connection, as Electron’s IPC channel does', async () => {
    const socket = await open()
    const events: { event: string; payload: { scopes?: string[] } }[] = []
    const changed = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { event?: string; payload: { scopes?: string[] } }
        if (message.event === undefined) return
        events.push(message as never)
        if (message.event === 'data.changed') resolve()
      })
    )
    const replies = answers(socket, 1)
    socket.send(JSON.stringify({ id: 1, method: 'clients.create', input: { name: 'Bo Lind' } }))
    expect((await replies)[0]!.envelope).toMatchObject({ ok: true })
    await changed
    socket.close()
    expect(events).toContainEqual({ event: 'data.changed', payload: { scopes: ['clients'] } })
  })

  it('refuses a connection from another origin', async () => {
    await expect(open('http://evil.example')).rejects.toThrow(/403/)
  })

  it('closes a connection that sends something other than a call', async () => {
    const socket = await open()
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)))
    socket.send('not json')
    expect(await closed).toBe(1007)
  })
})
