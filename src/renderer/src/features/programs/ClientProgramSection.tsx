import type { Client } from '../../../../shared/clients'

/** On the client page: the current program, its next sessions, and the way to assign one. */
export function ClientProgramSection(_props: { client: Client }) {
  return null
}
