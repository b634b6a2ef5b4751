import type Database from 'better-sqlite3'
import {
  MUSCLE_GROUP_OF,
  type Exercise,
  type ExerciseSummary,
  type MuscleGroup
} from '../../../shared/exercises'
import { foldText } from '../../../shared/text'
import type { Equipment, TrainingLevel } from '../../../shared/vocabulary'
import { newId } from '../ids'

// The only code that reads or writes the exercise tables.

export type StoredContent = Exercise['content']

export const LEVEL_RANK: Record<TrainingLevel, number> = { beginner: 1, intermediate: 2, advanced: 3 }

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

interface SummaryRow {
  id: string
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

export interface ListFilter {
  query: string
  category?: string | null
  muscleGroup?: string | null
  equipment?: string | null
  level?: string | null
  setting?: 'home' | 'gym' | null
  source: 'all' | 'builtin' | 'custom'
  includeHidden: boolean
  includeArchived: boolean
  /** "Fits this client": only equipment they have, at or below their level, where they train. */
  fits?: { equipment: Equipment[]; levelRank: number; settings: string[]; limitationAreas: string[] } | null
  limit: number
  offset: number
}

/** Typed words become prefix terms that must all match: "ham cur" finds "hamstring curl". */
function ftsQuery(query: string): string | null {
  const terms = foldText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (terms.length === 0) return null
  return terms.map((t) => `"${t}"*`).join(' ')
}

export function createExercisesRepo(db: Database.Database) {
  const statements = new Map<string, Database.Statement>()
  const prepared = (sql: string) => {
    let s = statements.get(sql)
    if (!s) statements.set(sql, (s = db.prepare(sql)))
    return s
  }

  const byId = db.prepare(`SELECT e.id, e.builtin_key, e.builtin_hash, e.based_on_id, e.content, e.hidden_at, e.archived_at,
      e.created_at, e.updated_at, EXISTS (SELECT 1 FROM exercise_images i WHERE i.exercise_id = e.id) AS has_image
    FROM exercises e WHERE e.id = ?`)
  const insert = db.prepare(`INSERT INTO exercises (id, builtin_key, builtin_hash, based_on_id, name, sort_name, category, pattern,
      level, level_rank, setting, muscle_groups, equipment, content, hidden_at, archived_at, created_at, updated_at)
    VALUES (@id, @builtin_key, @builtin_hash, @based_on_id, @name, @sort_name, @category, @pattern, @level, @level_rank, @setting,
      @muscle_groups, @equipment, @content, NULL, NULL, @now, @now)`)
  const updateContent = db.prepare(`UPDATE exercises SET builtin_hash = @builtin_hash, name = @name, sort_name = @sort_name,
      category = @category, pattern = @pattern, level = @level, level_rank = @level_rank, setting = @setting,
      muscle_groups = @muscle_groups, equipment = @equipment, content = @content, updated_at = @now WHERE id = @id`)
  const deleteLinks = [
    db.prepare('DELETE FROM exercise_muscles WHERE exercise_id = ?'),
    db.prepare('DELETE FROM exercise_equipment WHERE exercise_id = ?'),
    db.prepare('DELETE FROM exercise_cautions WHERE exercise_id = ?'),
    db.prepare('DELETE FROM exercises_search WHERE exercise_id = ?')
  ]
  const insertMuscle = db.prepare(
    'INSERT INTO exercise_muscles (id, exercise_id, muscle, muscle_group, role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)'
  )
  const insertEquipment = db.prepare('INSERT INTO exercise_equipment (id, exercise_id, equipment, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const insertCaution = db.prepare('INSERT INTO exercise_cautions (id, exercise_id, area, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
  const insertSearch = db.prepare('INSERT INTO exercises_search (exercise_id, name, aliases, muscles, cues) VALUES (?, ?, ?, ?, ?)')
  const setHidden = db.prepare('UPDATE exercises SET hidden_at = ?, updated_at = ? WHERE id = ?')
  const setArchived = db.prepare('UPDATE exercises SET archived_at = ?, updated_at = ? WHERE id = ?')
  const getImage = db.prepare('SELECT mime_type, data FROM exercise_images WHERE exercise_id = ?')
  const upsertImage = db.prepare(`INSERT INTO exercise_images (id, exercise_id, mime_type, data, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (exercise_id) DO UPDATE SET mime_type = excluded.mime_type, data = excluded.data,
    updated_at = excluded.updated_at`)
  const deleteImage = db.prepare('DELETE FROM exercise_images WHERE exercise_id = ?')
  const touch = db.prepare('UPDATE exercises SET updated_at = ? WHERE id = ?')
  const builtinHashes = db.prepare('SELECT id, builtin_hash FROM exercises WHERE builtin_key IS NOT NULL')
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
    for (const m of content.primaryMuscles) insertMuscle.run(newId(), id, m, MUSCLE_GROUP_OF[m], 'primary', now, now)
    for (const m of content.secondaryMuscles) insertMuscle.run(newId(), id, m, MUSCLE_GROUP_OF[m], 'secondary', now, now)
    for (const e of content.equipment) insertEquipment.run(newId(), id, e, now, now)
    for (const area of new Set(content.cautions.map((c) => c.area))) insertCaution.run(newId(), id, area, now, now)
    const muscles = [...content.primaryMuscles, ...content.secondaryMuscles]
    const muscleWords = [...muscles, ...muscleGroupsOf(content)].map((m) => m.replace(/-/g, ' ')).join(' ')
    insertSearch.run(
      id,
      foldText(content.name),
      foldText(content.aliases.join(' ')),
      foldText(muscleWords),
      foldText([...content.cues, ...content.breathing].join(' '))
    )
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

    list(filter: ListFilter): { items: ExerciseSummary[]; total: number; excludedByLimitations: number } {
      const where: string[] = []
      const args: (string | number)[] = []
      let from = 'exercises e'
      let order = 'e.sort_name, e.id'
      const match = ftsQuery(filter.query)
      if (match) {
        // Ranked by where the words matched: name, then aliases, then muscles, then cues.
        from = 'exercises_search s JOIN exercises e ON e.id = s.exercise_id'
        where.push('exercises_search MATCH ?')
        args.push(match)
        order = 'bm25(exercises_search, 0, 10, 6, 3, 1), e.sort_name'
      }
      if (!filter.includeHidden) where.push('e.hidden_at IS NULL')
      if (!filter.includeArchived) where.push('e.archived_at IS NULL')
      if (filter.source === 'builtin') where.push('e.builtin_key IS NOT NULL')
      if (filter.source === 'custom') where.push('e.builtin_key IS NULL')
      if (filter.category) (where.push('e.category = ?'), args.push(filter.category))
      if (filter.level) (where.push('e.level = ?'), args.push(filter.level))
      if (filter.setting) (where.push("e.setting IN (?, 'both')"), args.push(filter.setting))
      if (filter.muscleGroup) {
        where.push('e.id IN (SELECT exercise_id FROM exercise_muscles WHERE muscle_group = ?)')
        args.push(filter.muscleGroup)
      }
      if (filter.equipment === 'none') where.push('NOT EXISTS (SELECT 1 FROM exercise_equipment q WHERE q.exercise_id = e.id)')
      else if (filter.equipment) {
        where.push('e.id IN (SELECT exercise_id FROM exercise_equipment WHERE equipment = ?)')
        args.push(filter.equipment)
      }
      const cautionClause = 'EXISTS (SELECT 1 FROM exercise_cautions c WHERE c.exercise_id = e.id AND c.area IN (SELECT value FROM json_each(?)))'
      if (filter.fits) {
        where.push('e.level_rank <= ?')
        args.push(filter.fits.levelRank)
        where.push(`e.setting IN (SELECT value FROM json_each(?))`)
        args.push(JSON.stringify(filter.fits.settings))
        where.push('NOT EXISTS (SELECT 1 FROM exercise_equipment q WHERE q.exercise_id = e.id AND q.equipment NOT IN (SELECT value FROM json_each(?)))')
        args.push(JSON.stringify(filter.fits.equipment))
      }
      const baseWhere = where.length ? `WHERE ${where.join(' AND ')}` : ''
      let excludedByLimitations = 0
      let finalWhere = baseWhere
      const finalArgs = [...args]
      if (filter.fits && filter.fits.limitationAreas.length > 0) {
        const areas = JSON.stringify(filter.fits.limitationAreas)
        excludedByLimitations = (prepared(`SELECT count(*) AS n FROM ${from} ${baseWhere ? `${baseWhere} AND` : 'WHERE'} ${cautionClause}`).get(...args, areas) as { n: number }).n
        finalWhere = `${baseWhere ? `${baseWhere} AND` : 'WHERE'} NOT ${cautionClause}`
        finalArgs.push(areas)
      }
      const rows = prepared(`SELECT e.id, e.name, e.category, e.pattern, e.level, e.setting, e.muscle_groups, e.equipment, e.builtin_key,
          e.hidden_at, e.archived_at, EXISTS (SELECT 1 FROM exercise_images i WHERE i.exercise_id = e.id) AS has_image
        FROM ${from} ${finalWhere} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...finalArgs, filter.limit, filter.offset) as SummaryRow[]
      const total = (prepared(`SELECT count(*) AS n FROM ${from} ${finalWhere}`).get(...finalArgs) as { n: number }).n
      return {
        items: rows.map((r) => ({
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
          hasImage: r.has_image === 1
        })),
        total,
        excludedByLimitations
      }
    }
  }
}
export type ExercisesRepo = ReturnType<typeof createExercisesRepo>
