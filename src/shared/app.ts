import { z } from 'zod'

export const AppInfo = z.object({
  name: z.literal('Spotter'),
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.int()
})
export type AppInfo = z.infer<typeof AppInfo>

export const MethodDescription = z.object({
  name: z.string(),
  summary: z.string(),
  input: z.record(z.string(), z.unknown()),
  output: z.record(z.string(), z.unknown())
})

export const ApiDescription = z.object({ methods: z.array(MethodDescription) })
export type ApiDescription = z.infer<typeof ApiDescription>

export const SampleLoaded = z.object({ clients: z.int() })
export const SampleRemoved = z.object({ clients: z.int() })
