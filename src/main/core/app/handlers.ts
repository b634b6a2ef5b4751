import { z } from 'zod'
import { api, METHOD_NAMES } from '../../../shared/api'
import type { HandlerTable } from '../handler'

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  // Transforms (trimming, defaults) have no JSON Schema form; the schema describes what is accepted.
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>
}

export function appHandlers(): HandlerTable<'api.describe' | 'app.info'> {
  return {
    'api.describe': {
      run: () => ({
        methods: METHOD_NAMES.map((name) => ({
          name,
          summary: api[name].summary,
          input: jsonSchema(api[name].input, 'input'),
          output: jsonSchema(api[name].output, 'output')
        }))
      })
    },
    'app.info': {
      run: (_input, ctx) => ({
        name: 'Spotter' as const,
        version: ctx.version,
        dataDir: ctx.dataDir,
        databaseFile: ctx.databaseFile,
        schemaVersion: ctx.schemaVersion
      })
    }
  }
}
