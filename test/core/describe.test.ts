import { describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../../src/shared/api'
import { openTestCore } from '../helpers/store'

type JsonSchema = Record<string, unknown>

describe('api.describe', () => {
  it('lists every method of the registry with its input and output JSON Schema', async () => {
    const t = openTestCore()
    const { methods } = await t.value('api.describe', {})
    expect(methods.map((m) => m.name)).toEqual(METHOD_NAMES)
    for (const m of methods) {
      expect(m.summary.length, m.name).toBeGreaterThan(10)
      for (const schema of [m.input, m.output] as JsonSchema[]) {
        expect('type' in schema || 'anyOf' in schema, `${m.name}: ${JSON.stringify(schema).slice(0, 200)}`).toBe(true)
      }
    }
  })

  it('describes inputs as they are accepted: strict objects, required fields, limits', async () => {
    const t = openTestCore()
    const { methods } = await t.value('api.describe', {})
    const create = methods.find((m) => m.name === 'clients.create')?.input as JsonSchema & { properties: Record<string, JsonSchema> }
    expect(create.type).toBe('object')
    expect(create.additionalProperties).toBe(false)
    expect(create.required).toEqual(['name'])
    expect(create.properties.name).toMatchObject({ type: 'string', maxLength: 120 })
  })

  it('app.info says where the data lives and which schema it has', async () => {
    const t = openTestCore()
    const info = await t.value('app.info', {})
    expect(info).toMatchObject({ name: 'Spotter', dataDir: t.dataDir, databaseFile: t.dbFile, schemaVersion: t.db.pragma('user_version', { simple: true }) })
  })
})
