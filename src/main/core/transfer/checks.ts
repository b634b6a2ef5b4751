import { ClientUpdate } from '../../../shared/clients'

/**
 * A client read from a file must also pass the rules a typed-in client passes (lengths, ranges,
 * dates): the read-back shape alone would let 100 MB of notes or a height of 900 cm in.
 */
export function clientProblem(client: Record<string, unknown>): string | null {
  const fields = Object.fromEntries(Object.keys(ClientUpdate.shape).map((k) => [k, client[k]]))
  const parsed = ClientUpdate.safeParse(fields)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  return `${String(client.name ?? 'a client').slice(0, 60)}: ${issue?.path.join('.') || 'record'}: ${issue?.message ?? 'not valid'}`
}
