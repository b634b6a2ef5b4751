import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { v5 as uuidv5 } from 'uuid'
import type { z } from 'zod'
import {
  ExerciseContent,
  ExerciseListQuery,
  type Exercise,
  type ExerciseImage,
  type MuscleGuide
} from '../../../shared/exercises'
import type { ClientsService } from '../clients/service'
import { CoreFailure, notFound } from '../errors'
import { newId, nowIso } from '../ids'
import { fitsRulesOf, type ExerciseCatalogue } from '../../../shared/exercise-search'
import { catalogueOf, selectFromCatalog } from './catalog'
import type { CatalogEntry, ExerciseRecord, ExercisesRepo, StoredContent } from './repo'

export interface BuiltinExercise extends z.input<typeof ExerciseContent> {
  key: string
}
export interface LadderDefinition {
  key: string
  name: string
  /** Exercise keys, easiest first. */
  steps: string[]
}
export interface Library {
  exercises: BuiltinExercise[]
  ladders: LadderDefinition[]
  guide: MuscleGuide
}

// Built-in ids are derived from their stable keys, so every install and every app version agree on them.
const BUILTIN_NAMESPACE = '6d1f7a52-3c1e-5b8e-9a57-2f0e4c1b8d33'
export function builtinId(key: string): string {
  return uuidv5(`exercise:${key}`, BUILTIN_NAMESPACE)
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex')
}

export function createExercisesService(db: Database.Database, repo: ExercisesRepo, clients: ClientsService, library: Library) {
  const ladderIds = library.ladders.map((l) => ({ ...l, ids: l.steps.map(builtinId) }))

  // The catalog is read again whenever any connection has committed since (PRAGMA data_version covers
  // other processes such as the CLI; `dirty` covers this connection's own writes).
  let cached: { version: number; entries: CatalogEntry[]; catalogue?: ExerciseCatalogue } | null = null
  let dirty = true
  /** Every write: one transaction, and the catalog is read again afterwards. */
  function write<T>(fn: () => T): T {
    dirty = true
    return db.transaction(fn)()
  }
  function current(): NonNullable<typeof cached> {
    const version = repo.dataVersion()
    if (!cached || dirty || cached.version !== version) {
      cached = { version, entries: repo.catalog() }
      dirty = false
    }
    return cached
  }
  const catalog = () => current().entries

  function mustGet(id: string): ExerciseRecord {
    const record = repo.get(id)
    if (!record) throw notFound('exercise', id)
    return record
  }

  function mustBeCustom(record: ExerciseRecord, action: string): void {
    if (record.builtinKey) {
      throw new CoreFailure('conflict', `"${record.content.name}" is a built-in exercise and cannot be ${action}; duplicate it to make your own version`)
    }
  }

  function toExercise(record: ExerciseRecord): Exercise {
    // A duplicate keeps its original's place on the ladders, so it can still step a client up or down.
    const ladderKey = record.builtinKey ? record.id : record.basedOnId
    const ladders = ladderIds.filter((l) => ladderKey !== null && l.ids.includes(ladderKey))
    const names = repo.namesByIds([...new Set(ladders.flatMap((l) => l.ids))])
    return {
      id: record.id,
      builtinKey: record.builtinKey,
      builtin: record.builtinKey !== null,
      basedOnId: record.basedOnId,
      content: record.content,
      ladders: ladders.map((l) => ({
        key: l.key,
        name: l.name,
        position: l.ids.indexOf(ladderKey!),
        steps: l.ids.filter((id) => names.has(id)).map((id) => ({ id, ...names.get(id)! }))
      })),
      hasImage: record.hasImage,
      hidden: record.hidden,
      archivedAt: record.archivedAt,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt
    }
  }

  function get(id: string): Exercise {
    return toExercise(mustGet(id))
  }

  return {
    /**
     * Brings the built-ins up to this app version: new ones are added, changed ones updated in place
     * (a trainer's hidden flag, their own exercises and duplicates are never touched). Cheap when nothing changed.
     */
    seedBuiltins(): { added: number; updated: number } {
      const libraryHash = hashOf(library.exercises)
      const stored = db.prepare("SELECT value FROM app_meta WHERE id = 'library.hash'").get() as { value: string } | undefined
      if (stored?.value === libraryHash) return { added: 0, updated: 0 }
      let added = 0
      let updated = 0
      write(() => {
        const now = nowIso()
        const existing = repo.builtinHashes()
        for (const { key, ...input } of library.exercises) {
          const content = ExerciseContent.parse(input) as StoredContent
          const id = builtinId(key)
          const hash = hashOf(content)
          if (!existing.has(id)) {
            repo.insert({ id, builtinKey: key, builtinHash: hash, basedOnId: null, content }, now)
            added++
          } else if (existing.get(id) !== hash) {
            repo.updateContent(id, content, hash, now)
            updated++
          }
        }
        db.prepare(
          `INSERT INTO app_meta (id, value, created_at, updated_at) VALUES ('library.hash', ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`
        ).run(libraryHash, now, now)
      })
      return { added, updated }
    },

    list(query: z.output<typeof ExerciseListQuery>) {
      const fits = query.fitsClientId ? fitsRulesOf(clients.get(query.fitsClientId)) : null
      return selectFromCatalog(catalog(), { ...query, fits }, repo.matchingKeys(query.query), repo.matchingKeys(query.query, true))
    },

    /** The whole library for the screen to search as the trainer types; worked out once per change. */
    catalogue(): ExerciseCatalogue {
      const now = current()
      now.catalogue ??= catalogueOf(now.entries, repo.searchColumns())
      return now.catalogue
    },

    get,

    create(content: StoredContent): Exercise {
      const id = newId()
      write(() => repo.insert({ id, builtinKey: null, builtinHash: null, basedOnId: null, content }, nowIso()))
      return get(id)
    },

    update(id: string, content: StoredContent): Exercise {
      return write(() => {
        mustBeCustom(mustGet(id), 'edited')
        repo.updateContent(id, content, null, nowIso())
        return get(id)
      })
    },

    duplicate(id: string, name: string | undefined): Exercise {
      return write(() => {
        const original = mustGet(id)
        const copyId = newId()
        const now = nowIso()
        const content = { ...original.content, name: name ?? `${original.content.name} (my version)` }
        repo.insert({ id: copyId, builtinKey: null, builtinHash: null, basedOnId: original.builtinKey ? original.id : original.basedOnId, content }, now)
        const image = repo.image(id)
        if (image) repo.setImage(copyId, image.mimeType, image.data, now)
        return get(copyId)
      })
    },

    setArchived(id: string, archived: boolean): Exercise {
      return write(() => {
        const record = mustGet(id)
        mustBeCustom(record, archived ? 'archived (hide it instead)' : 'restored')
        if (archived === (record.archivedAt !== null)) {
          throw new CoreFailure('conflict', `"${record.content.name}" is ${archived ? 'already archived' : 'not archived'}`)
        }
        const now = nowIso()
        repo.setArchived(id, archived ? now : null, now)
        return get(id)
      })
    },

    setHidden(id: string, hidden: boolean): Exercise {
      return write(() => {
        const record = mustGet(id)
        if (!record.builtinKey) throw new CoreFailure('conflict', `"${record.content.name}" is your own exercise; archive it instead of hiding it`)
        const now = nowIso()
        repo.setHidden(id, hidden ? now : null, now)
        return get(id)
      })
    },

    image(id: string): ExerciseImage | null {
      mustGet(id)
      const image = repo.image(id)
      return image ? { mimeType: image.mimeType, dataBase64: image.data.toString('base64') } : null
    },

    /** The contract has checked the type and size; the bytes are stored as they came. */
    setImage(id: string, mimeType: ExerciseImage['mimeType'], dataBase64: string): Exercise {
      const data = Buffer.from(dataBase64, 'base64')
      return write(() => {
        mustBeCustom(mustGet(id), 'given a picture')
        repo.setImage(id, mimeType, data, nowIso())
        return get(id)
      })
    },

    removeImage(id: string): Exercise {
      return write(() => {
        mustBeCustom(mustGet(id), 'changed')
        repo.removeImage(id, nowIso())
        return get(id)
      })
    },

    muscleGuide(): MuscleGuide {
      return library.guide
    }
  }
}
export type ExercisesService = ReturnType<typeof createExercisesService>
