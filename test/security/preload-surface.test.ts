import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

// What the page can reach: the sandboxed preload exposes one object, window.api, with invoke,
// subscribe and host; never ipcRenderer, never Node. (The allow-lists are tested in
// test/electron/preload-bridge.test.ts.)

const exposed: Array<{ key: string; value: unknown }> = []
const ipcRenderer = { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), send: vi.fn(), sendSync: vi.fn() }

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.push({ key, value }) },
  ipcRenderer
}))

beforeAll(async () => {
  await import('../../src/preload/index')
})

describe('the preload’s surface', () => {
  it('exposes exactly one thing, window.api, with invoke, subscribe and host', () => {
    expect(exposed.map((e) => e.key)).toEqual(['api'])
    const api = exposed[0]!.value as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual(['host', 'invoke', 'subscribe'])
    expect(api.host).toBe('electron')
    expect(typeof api.invoke).toBe('function')
    expect(typeof api.subscribe).toBe('function')
  })

  it('hands out no Electron object through what it returns', async () => {
    const api = exposed[0]!.value as { invoke(m: string, i: unknown): Promise<unknown>; subscribe(e: string, l: () => void): unknown }
    const answer = await api.invoke('app.info', {})
    expect(answer).toEqual({ ok: true, value: 1 })
    const unsubscribe = api.subscribe('data.changed', () => {})
    expect(typeof unsubscribe).toBe('function')
    for (const value of [answer, unsubscribe]) expect(value).not.toBe(ipcRenderer)
    // Only invoke and one event listener are used; nothing can send on arbitrary channels.
    expect(ipcRenderer.send).not.toHaveBeenCalled()
    expect(ipcRenderer.sendSync).not.toHaveBeenCalled()
  })

  const built = join(import.meta.dirname, '..', '..', 'out', 'preload', 'index.cjs')
  it.skipIf(!existsSync(built))('the built preload requires nothing but electron (a sandboxed preload cannot; skipped when not built)', () => {
    const source = readFileSync(built, 'utf8')
    const required = [...source.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])
    expect(new Set(required)).toEqual(new Set(['electron']))
    expect(source).toMatch(/exposeInMainWorld\(\s*["']api["']/)
    expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1)
  })
})
