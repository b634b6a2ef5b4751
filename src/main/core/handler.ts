import type Database from 'better-sqlite3'
import type { z } from 'zod'
import type { Api, MethodName, MethodOutput } from '../../shared/api'

export interface CoreContext {
  db: Database.Database
  dataDir: string
  databaseFile: string
  schemaVersion: number
  version: string
}

export interface HandlerSpec<M extends MethodName> {
  run(input: z.output<Api[M]['input']>, ctx: CoreContext): MethodOutput<M> | Promise<MethodOutput<M>>
  /** Data scopes a successful call changes; the UI refetches what reads them. Absent for reads. */
  changes?: readonly string[]
}

export type HandlerTable<K extends MethodName = MethodName> = { [M in K]: HandlerSpec<M> }
