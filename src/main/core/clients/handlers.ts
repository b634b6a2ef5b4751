import type { HandlerTable } from '../handler'
import type { ClientsService } from './service'

type ClientMethods =
  | 'clients.list'
  | 'clients.get'
  | 'clients.create'
  | 'clients.update'
  | 'clients.archive'
  | 'clients.restore'
  | 'clients.deletePreview'
  | 'clients.delete'

export function clientsHandlers(clients: ClientsService): HandlerTable<ClientMethods> {
  const changes = ['clients'] as const
  return {
    'clients.list': { run: (input) => clients.list(input) },
    'clients.get': { run: ({ id }) => clients.get(id) },
    'clients.create': { run: (input) => clients.create(input), changes },
    'clients.update': { run: ({ id, ...fields }) => clients.update(id, fields), changes },
    'clients.archive': { run: ({ id }) => clients.archive(id), changes },
    'clients.restore': { run: ({ id }) => clients.restore(id), changes },
    'clients.deletePreview': { run: ({ id }) => clients.deletePreview(id) },
    'clients.delete': { run: ({ id }) => clients.remove(id), changes }
  }
}
