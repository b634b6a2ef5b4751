import type Database from 'better-sqlite3'
import type { Measurement, MeasurementType, UnitKind } from '../../../shared/measurements'
import { BUILTIN_MEASUREMENT_TYPES, CANONICAL_UNIT } from '../../../shared/measurements'

interface TypeRow {
  id: string
  builtin_key: string | null
  name: string
  unit_kind: UnitKind
  position: number
  value_count: number
}

interface MeasurementRow {
  id: string
  client_id: string
  type_id: string
  type_name: string
  unit_kind: UnitKind
  date: string
  value: number
  note: string
  created_at: string
  updated_at: string
}

const HINTS = new Map(BUILTIN_MEASUREMENT_TYPES.map((t) => [t.id, t.hint]))

function toType(row: TypeRow): MeasurementType {
  return {
    id: row.id,
    key: row.builtin_key as MeasurementType['key'],
    name: row.name,
    unitKind: row.unit_kind,
    unit: CANONICAL_UNIT[row.unit_kind],
    builtin: row.builtin_key !== null,
    hint: HINTS.get(row.id) ?? '',
    position: row.position,
    values: row.value_count
  }
}

function toMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    clientId: row.client_id,
    typeId: row.type_id,
    typeName: row.type_name,
    unitKind: row.unit_kind,
    unit: CANONICAL_UNIT[row.unit_kind],
    date: row.date,
    value: row.value,
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at
  }
}

const MEASUREMENT_SELECT = `SELECT m.id, m.client_id, m.type_id, t.name AS type_name, t.unit_kind, m.date, m.value, m.note, m.created_at, m.updated_at
  FROM measurements m JOIN measurement_types t ON t.id = m.type_id`

// The count is read off the measurements_by_type index alone (no table rows), so listing the types stays cheap.
const TYPE_SELECT = `SELECT t.id, t.builtin_key, t.name, t.unit_kind, t.position, (SELECT count(*) FROM measurements m WHERE m.type_id = t.id) AS value_count
  FROM measurement_types t`

/** SQL of measurement types and values. */
export function createMeasurementsRepo(db: Database.Database) {
  const s = {
    types: db.prepare(`${TYPE_SELECT} ORDER BY t.position, t.name`),
    type: db.prepare(`${TYPE_SELECT} WHERE t.id = ?`),
    typeByName: db.prepare('SELECT id FROM measurement_types WHERE lower(name) = lower(?)'),
    nextPosition: db.prepare('SELECT coalesce(max(position), 0) + 1 AS n FROM measurement_types'),
    upsertBuiltin: db.prepare(`INSERT INTO measurement_types (id, builtin_key, name, unit_kind, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit_kind = excluded.unit_kind, position = excluded.position, updated_at = excluded.updated_at
      WHERE name != excluded.name OR unit_kind != excluded.unit_kind OR position != excluded.position`),
    insertType: db.prepare('INSERT INTO measurement_types (id, builtin_key, name, unit_kind, position, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, ?, ?)'),
    deleteType: db.prepare('DELETE FROM measurement_types WHERE id = ?'),
    insert: db.prepare('INSERT INTO measurements (id, client_id, type_id, date, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    update: db.prepare('UPDATE measurements SET date = ?, value = ?, note = ?, updated_at = ? WHERE id = ?'),
    get: db.prepare(`${MEASUREMENT_SELECT} WHERE m.id = ?`),
    remove: db.prepare('DELETE FROM measurements WHERE id = ?'),
    idsOfClient: db.prepare('SELECT id FROM measurements WHERE client_id = ?').pluck(),
    idsOfType: db.prepare('SELECT id FROM measurements WHERE type_id = ?').pluck(),
    ofClient: db.prepare(`${MEASUREMENT_SELECT} WHERE m.client_id = ? ORDER BY m.date, m.created_at`)
  }

  return {
    types(): MeasurementType[] {
      return (s.types.all() as TypeRow[]).map(toType)
    },
    type(id: string): MeasurementType | null {
      const row = s.type.get(id) as TypeRow | undefined
      return row ? toType(row) : null
    },
    typeNamed(name: string): string | null {
      return ((s.typeByName.get(name) as { id: string } | undefined)?.id) ?? null
    },
    seedBuiltins(now: string): void {
      BUILTIN_MEASUREMENT_TYPES.forEach((t, i) => s.upsertBuiltin.run(t.id, t.key, t.name, t.unitKind, i + 1, now, now))
    },
    insertType(id: string, name: string, unitKind: UnitKind, now: string): void {
      const position = Math.max(100, (s.nextPosition.get() as { n: number }).n)
      s.insertType.run(id, name, unitKind, position, now, now)
    },
    deleteType(id: string): void {
      s.deleteType.run(id)
    },
    insert(m: { id: string; clientId: string; typeId: string; date: string; value: number; note: string }, now: string): void {
      s.insert.run(m.id, m.clientId, m.typeId, m.date, m.value, m.note, now, now)
    },
    update(id: string, date: string, value: number, note: string, now: string): void {
      s.update.run(date, value, note, now, id)
    },
    get(id: string): Measurement | null {
      const row = s.get.get(id) as MeasurementRow | undefined
      return row ? toMeasurement(row) : null
    },
    remove(id: string): void {
      s.remove.run(id)
    },
    idsOfClient(clientId: string): string[] {
      return s.idsOfClient.all(clientId) as string[]
    },
    idsOfType(typeId: string): string[] {
      return s.idsOfType.all(typeId) as string[]
    },
    /** Oldest first: the order charts draw in. */
    ofClient(clientId: string): Measurement[] {
      return (s.ofClient.all(clientId) as MeasurementRow[]).map(toMeasurement)
    },
    list(q: { clientId: string; typeId?: string; from?: string; to?: string; limit: number }): { items: Measurement[]; total: number } {
      const where = ['m.client_id = ?']
      const args: (string | number)[] = [q.clientId]
      if (q.typeId) (where.push('m.type_id = ?'), args.push(q.typeId))
      if (q.from) (where.push('m.date >= ?'), args.push(q.from))
      if (q.to) (where.push('m.date <= ?'), args.push(q.to))
      const whereSql = where.join(' AND ')
      const rows = db.prepare(`${MEASUREMENT_SELECT} WHERE ${whereSql} ORDER BY m.date DESC, m.created_at DESC, t.position LIMIT ?`).all(...args, q.limit) as MeasurementRow[]
      const total = (db.prepare(`SELECT count(*) AS n FROM measurements m WHERE ${whereSql}`).get(...args) as { n: number }).n
      return { items: rows.map(toMeasurement), total }
    }
  }
}
export type MeasurementsRepo = ReturnType<typeof createMeasurementsRepo>
