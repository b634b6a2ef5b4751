import type Database from 'better-sqlite3'
import { ClientInput } from '../../../shared/clients'
import type { ClientsRepo } from '../clients/repo'
import type { ClientsService } from '../clients/service'
import { CoreFailure } from '../errors'
import type { HandlerTable } from '../handler'
import { SAMPLE_CLIENTS } from './sample-clients'

/** Sample clients are marked as such, so "remove sample data" never touches the trainer's own clients. */
export function sampleHandlers(db: Database.Database, repo: ClientsRepo, clients: ClientsService): HandlerTable<'sample.load' | 'sample.remove'> {
  return {
    'sample.load': {
      changes: ['clients'],
      run: () =>
        db.transaction(() => {
          if (repo.sampleIds().length > 0) throw new CoreFailure('conflict', 'The sample clients are already loaded')
          for (const sample of SAMPLE_CLIENTS) clients.create(ClientInput.parse(sample), { isSample: true })
          return { clients: SAMPLE_CLIENTS.length }
        })()
    },
    'sample.remove': {
      changes: ['clients'],
      run: () =>
        db.transaction(() => {
          const ids = repo.sampleIds()
          for (const id of ids) clients.remove(id)
          return { clients: ids.length }
        })()
    }
  }
}
