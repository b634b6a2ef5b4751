import type Database from 'better-sqlite3'
import {
  MUSCLE_GROUP_OF,
  type Exercise,
  type ExerciseSummary,
  type MuscleGroup
} from '../../../shared/exercises'
import { LEVEL_RANK, searchTerms } from '../../../shared/exercise-search'
import { foldText } from '../../../shared/text'
import type { BodyArea, Equipment, TrainingLevel } from '../../../shared/vocabulary'
import { newId } from '../ids'

// The only code that reads or writes the exercise tables.

export type StoredContent = Exercise['content']

export { LEVEL_RANK }

interface ExerciseRow {
  id: string
  builtin_key: string | null
  builtin_hash: string | null
  based_on_id: string | null
  content: string
  hidden_at: string | null
  archived_at: string | null
  created_at: string
  updated_at: string
  has_image: number
}

interface CatalogRow {
  id: string
  search_key: number
  name: string
  category: ExerciseSummary['category']
  pattern: ExerciseSummary['pattern']
  level: ExerciseSummary['level']
  setting: ExerciseSummary['setting']
  muscle_groups: string
  equipment: string
  builtin_key: string | null
  hidden_at: string | null
  archived_at: string | null
  has_image: number
  caution_areas: string | null
}

export interface ExerciseRecord {
  id: string
  builtinKey: string | null
  builtinHash: string | null
  basedOnId: string | null
  content: StoredContent
  hidden: boolean
  archivedAt: string | null
  createdAt: string
  updatedAt: string
  hasImage: boolean
}

/** Display groups an exercise works, primary muscles' groups first, each once. */
export function muscleGroupsOf(content: StoredContent): MuscleGroup[] {
  const groups: MuscleGroup[] = []
  for (const m of [...content.primaryMuscles, ...content.secondaryMuscles]) {
    const g = MUSCLE_GROUP_OF[m]
    if (!groups.includes(g)) groups.push(g)
  }
  return groups
}

/** The search index's columns (name, aliases, muscles, cues) for an exercise; also used to rebuild the index after an import. */
export function exerciseSearchColumns(content: StoredContent): [string, string, string, string] {
  const muscles = [...content.primaryMuscles, ...content.secondaryMuscles]
  const muscleWords = [...muscles, ...muscleGroupsOf(content)].map((m) => m.replace(/-/g, ' ')).join(' ')
  return [foldText(content.name), foldText(content.aliases.join(' ')), foldText(muscleWords), foldText([...content.cues, ...content.breathing].join(' '))]
}

/** A list row plus what filters and "fits this client" read; `searchKey` is its row in the search index. */
export interface CatalogEntry extends ExerciseSummary {
  searchKey: number
  cautionAreas: BodyArea[]
}

/** Typed words become prefix terms that must all match: "ham cur" finds "hamstring curl". */
function ftsQuery(query: string): string | null {
  const terms = searchTerms(query)
  if (terms.length === 0) return null
  return terms.map((t) => `"${t}"*`).join(' ')
}

export function createExercisesRepo(db: Database.Database) {
  const byId = db.prepare(`SELECT e.id, e.builtin_key, e.builtin_hash, e.based_on_id, e.content, e.hidden_at, e.archived_at,
      e.created_at, e.updated_at, EXISTS (SELECT 1 FROM exercise_images i WHERE i.exercise_id = e.id) AS has_image
    FROM exercises e WHERE e.id = ?`)
  const insert = db.prepare(`INSERT INTO exercises (id, search_key, builtin_key, builtin_hash, based_on_id, name, sort_name, category,
      pattern, level, level_rank, setting, muscle_groups, equipment, content, hidden_at, archived_at, created_at, updated_at)
    VALUES (@id, (SELECT coalesce(max(search_key), 0) + 1 FROM exercises), @builtin_key, @builtin_hash, @based_on_id, @name,
      @sort_name, @category, @pattern, @level, @level_rank, @setting, @muscle_groups, @equipment, @content, NULL, NULL, @now, @now)`)
  const searchKeyOf = db.prepare('SELECT search_key FROM exercises WHERE id = ?').pluck()
  const updateContent = db.prepare(`UPDATE exercises SET builtin_hash = @builtin_hash, name = @name, sort_name = @sort_name,
      category = @category, pattern = @pattern, level = @level, level_rank = @level_rank, setting = @setting,
      muscle_groups = @muscle_groups, equipment = @equipment, content = @content, updated_at = @now WHERE id = @id`)
  const deleteLinks = [
    db.prepare('DELETE FROM exercise_muscles WHERE exercise_id = ?'),
    db.prepare('DELETE FROM exercise_equipment WHERE exercise_id = ?'),
    db.prepare('DELETE FROM exercise_cautions WHERE exercise_id = ?')
  ]
  const deleteSearch = db.prepare('DELETE FROM exercises_search WHERE rowid = ?')
  const insertMuscle = db.prepare(
    'INSERT INTO exercise_muscles (id, exercise_id, muscle, muscle_group, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  const insertEquipment = db.prepare('INSERT INTO exercise_equipment (id, exercise_id, equipment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const insertCaution = db.prepare('INSERT INTO exercise_cautions (id, exercise_id, area, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const insertSearch = db.prepare('INSERT INTO exercises_search (rowid, name, aliases, muscles, cues) VALUES (?, ?, ?, ?, ?)')
  const setHidden = db.prepare('UPDATE exercises SET hidden_at = ?, updated_at = ? WHERE id = ?')
  const setArchived = db.prepare('UPDATE exercises SET archived_at = ?, updated_at = ? WHERE id = ?')
  const getImage = db.prepare('SELECT mime_type, data FROM exercise_images WHERE exercise_id = ?')
  const upsertImage = db.prepare(`INSERT INTO exercise_images (id, exercise_id, mime_type, data, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (exercise_id) DO UPDATE SET mime_type = excluded.mime_type, data = excluded.data,
    updated_at = excluded.updated_at`)
  const deleteImage = db.prepare('DELETE FROM exercise_images WHERE exercise_id = ?')
  const touch = db.prepare('UPDATE exercises SET updated_at = ? WHERE id = ?')
  const builtinHashes = db.prepare('SELECT id, builtin_hash FROM exercises WHERE builtin_key IS NOT NULL')
  const searchKeys = db.prepare('SELECT rowid FROM exercises_search WHERE exercises_search MATCH ?').pluck()
  const catalogRows = db.prepare(`SELECT e.id, e.search_key, e.name, e.category, e.pattern, e.level, e.setting,
      e.muscle_groups, e.equipment, e.builtin_key, e.hidden_at, e.archived_at,
      EXISTS (SELECT 1 FROM exercise_images i WHERE i.exercise_id = e.id) AS has_image,
      (SELECT group_concat(c.area) FROM exercise_cautions c WHERE c.exercise_id = e.id) AS caution_areas
    FROM exercises e ORDER BY e.sort_name, e.id`)
  const contents = db.prepare('SELECT id, content FROM exercises')
  const dataVersion = db.prepare('PRAGMA data_version').pluck()
  const namesByIds = db.prepare("SELECT id, name, level FROM exercises WHERE id IN (SELECT value FROM json_each(?))")

  function contentParams(id: string, content: StoredContent, now: string) {
    return {
      id,
      name: content.name,
      sort_name: foldText(content.name),
      category: content.category,
      pattern: content.pattern,
      level: content.level,
      level_rank: LEVEL_RANK[content.level],
      setting: content.setting,
      muscle_groups: JSON.stringify(muscleGroupsOf(content)),
      equipment: JSON.stringify(content.equipment),
      content: JSON.stringify(content),
      now
    }
  }

  /** Link rows and the search entry follow the content; rewritten whole on every change. */
  function writeLinks(id: string, content: StoredContent, now: string): void {
    for (const s of deleteLinks) s.run(id)
    const searchKey = searchKeyOf.get(id) as number
    deleteSearch.run(searchKey)
    for (const m of content.primaryMuscles) insertMuscle.run(newId(), id, m, MUSCLE_GROUP_OF[m], 'primary', now, now)
    for (const m of content.secondaryMuscles) insertMuscle.run(newId(), id, m, MUSCLE_GROUP_OF[m], 'secondary', now, now)
    for (const e of content.equipment) insertEquipment.run(newId(), id, e, now, now)
    for (const area of new Set(content.cautions.map((c) => c.area))) insertCaution.run(newId(), id, area, now, now)
    insertSearch.run(searchKey, ...exerciseSearchColumns(content))
  }

  function fromRow(row: ExerciseRow): ExerciseRecord {
    return {
      id: row.id,
      builtinKey: row.builtin_key,
      builtinHash: row.builtin_hash,
      basedOnId: row.based_on_id,
      content: JSON.parse(row.content) as StoredContent,
      hidden: row.hidden_at !== null,
      archivedAt: row.archived_at,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      hasImage: row.has_image === 1
    }
  }

  return {
    get(id: string): ExerciseRecord | undefined {
      const row = byId.get(id) as ExerciseRow | undefined
      return row && fromRow(row)
    },

    insert(record: { id: string; builtinKey: string | null; builtinHash: string | null; basedOnId: string | null; content: StoredContent }, now: string): void {
      insert.run({ ...contentParams(record.id, record.content, now), builtin_key: record.builtinKey, builtin_hash: record.builtinHash, based_on_id: record.basedOnId })
      writeLinks(record.id, record.content, now)
    },

    updateContent(id: string, content: StoredContent, builtinHash: string | null, now: string): void {
      updateContent.run({ ...contentParams(id, content, now), builtin_hash: builtinHash })
      writeLinks(id, content, now)
    },

    builtinHashes(): Map<string, string | null> {
      return new Map((builtinHashes.all() as { id: string; builtin_hash: string | null }[]).map((r) => [r.id, r.builtin_hash]))
    },

    setHidden(id: string, hiddenAt: string | null, now: string): void {
      setHidden.run(hiddenAt, now, id)
    },

    setArchived(id: string, archivedAt: string | null, now: string): void {
      setArchived.run(archivedAt, now, id)
    },

    image(id: string): { mimeType: 'image/png' | 'image/jpeg'; data: Buffer } | undefined {
      const row = getImage.get(id) as { mime_type: 'image/png' | 'image/jpeg'; data: Buffer } | undefined
      return row && { mimeType: row.mime_type, data: row.data }
    },

    setImage(id: string, mimeType: string, data: Buffer, now: string): void {
      upsertImage.run(newId(), id, mimeType, data, now, now)
      touch.run(now, id)
    },

    removeImage(id: string, now: string): boolean {
      const removed = deleteImage.run(id).changes > 0
      if (removed) touch.run(now, id)
      return removed
    },

    namesByIds(ids: string[]): Map<string, { name: string; level: TrainingLevel }> {
      const rows = namesByIds.all(JSON.stringify(ids)) as { id: string; name: string; level: TrainingLevel }[]
      return new Map(rows.map((r) => [r.id, { name: r.name, level: r.level }]))
    },

    /** Search keys of the exercises whose text matches what was typed (name/aliases only with `namesOnly`). */
    matchingKeys(query: string, namesOnly = false): Set<number> | null {
      const match = ftsQuery(query)
      if (!match) return null
      // Parenthesized: a column filter without them applies to the first term alone.
      const keys = searchKeys.all(namesOnly ? `{name aliases} : (${match})` : match) as number[]
      return new Set(keys)
    },

    /** Every exercise as a list row plus what filters need: the library is small enough to hold. */
    catalog(): CatalogEntry[] {
      return (catalogRows.all() as CatalogRow[]).map((r) => ({
        id: r.id,
        name: r.name,
        category: r.category,
        pattern: r.pattern,
        level: r.level,
        setting: r.setting,
        muscleGroups: JSON.parse(r.muscle_groups) as MuscleGroup[],
        equipment: JSON.parse(r.equipment) as Equipment[],
        builtin: r.builtin_key !== null,
        hidden: r.hidden_at !== null,
        archived: r.archived_at !== null,
        hasImage: r.has_image === 1,
        searchKey: r.search_key,
        cautionAreas: r.caution_areas ? (r.caution_areas.split(',') as BodyArea[]) : []
      }))
    },

    /** Every exercise's search columns as the index holds them (the index itself keeps no text to read back). */
    searchColumns(): Map<string, [string, string, string, string]> {
      const rows = contents.all() as { id: string; content: string }[]
      return new Map(rows.map((r) => [r.id, exerciseSearchColumns(JSON.parse(r.content) as StoredContent)]))
    },

    /** Changes when any connection (this app, the CLI, another window) has committed since. */
    dataVersion(): number {
      return dataVersion.get() as number
    }
  }
}
export type ExercisesRepo = ReturnType<typeof createExercisesRepo>
