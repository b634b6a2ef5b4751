import { v7 as uuidv7 } from 'uuid'

/** Time-ordered UUIDv7 ids keep every table ready for a later multi-machine sync. */
export function newId(): string {
  return uuidv7()
}

export function nowIso(): string {
  return new Date().toISOString()
}
