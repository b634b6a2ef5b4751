import type { Client } from '../../../../shared/clients'

/** On the client page: pain alerts, recent logs, measurements and the way to log a session. */
export function ClientProgressSection(_props: { client: Client }) {
  return null
}
