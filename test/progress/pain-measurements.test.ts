import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Envelope } from '../../src/shared/envelope'
import { BUILTIN_MEASUREMENT_TYPES } from '../../src/shared/measurements'
import { openTestCore, rowCount, storeHash, tempDir } from '../helpers/store'
import { DEADLIFT, entry, HOLD_STRETCH, lift, newClient, saveLog } from './helpers'

function errorOf(envelope: Envelope<unknown>) {
  if (envelope.ok) throw new Error('expected a failure')
  return envelope.error
}

const typeId = (key: string) => BUILTIN_MEASUREMENT_TYPES.find((t) => t.key === key)!.id

describe('pain alerts', () => {
  it('a flag on a set or the session is an alert with the guidance until resolved; an edit keeps its state', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const changes: string[][] = []
    t.core.on('data.changed', ({ scopes }) => changes.push(scopes))
    const saved = await saveLog(
      t,
      ana.id,
      '2024-03-04',
      [entry(DEADLIFT, [lift(5, 100), lift(5, 100, { pain: { area: 'lower-back', note: 'Sharp on the way up' } })], { label: 'A1' })],
      { pain: { area: 'knee', note: 'Ached all session' } }
    )
    expect(changes.at(-1)).toEqual(expect.arrayContaining(['logs', 'pain', 'progress', 'dashboard']))
    const open = await t.value('pain.list', { clientId: ana.id })
    expect(open.guidance).toMatch(/Stop/)
    expect(open.items.map((a) => [a.area, a.where])).toEqual(
      expect.arrayContaining([
        ['lower-back', { kind: 'set', exerciseId: DEADLIFT, exerciseName: 'Deadlift', setNumber: 2, label: 'A1' }],
        ['knee', { kind: 'session', exerciseId: null, exerciseName: null, setNumber: null, label: null }]
      ])
    )
    const back = open.items.find((a) => a.area === 'lower-back')!
    expect(saved.entries[0]!.sets[1]!.pain).toMatchObject({ id: back.id, resolvedAt: null })
    expect((await t.value('logs.list', { clientId: ana.id })).items[0]!.openPain).toBe(2)

    const resolved = await t.value('pain.resolve', { id: back.id, note: 'Physio: muscular, cleared to train' })
    expect(resolved.resolvedAt).not.toBeNull()
    expect(resolved.resolutionNote).toBe('Physio: muscular, cleared to train')
    expect((await t.value('pain.list', { clientId: ana.id })).items.map((a) => a.area)).toEqual(['knee'])
    expect((await t.value('pain.list', { clientId: ana.id, status: 'resolved' })).items.map((a) => a.id)).toEqual([back.id])
    expect(errorOf(await t.call('pain.resolve', { id: back.id })).code).toBe('conflict')

    // Editing the log with the same flags keeps the resolved one resolved; a new area is a new alert.
    const sets = [lift(5, 100), lift(5, 100, { pain: { area: 'lower-back', note: 'Sharp on the way up' } })]
    await saveLog(t, ana.id, '2024-03-04', [entry(DEADLIFT, sets)], { id: saved.id, pain: { area: 'hip', note: 'Hip now' } })
    const after = await t.value('pain.list', { clientId: ana.id, status: 'all' })
    expect(after.items.map((a) => [a.area, a.resolvedAt === null])).toEqual(
      expect.arrayContaining([
        ['hip', true],
        ['lower-back', false]
      ])
    )
    expect(after.items).toHaveLength(2) // the knee flag went with the edit

    await t.value('logs.delete', { id: saved.id, confirm: true })
    expect((await t.value('pain.list', { clientId: ana.id, status: 'all' })).items).toEqual([])
  })
})

describe('measurements', () => {
  it('built-in types in order, custom types, one day’s values recorded together, newest first', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const types = await t.value('measurements.types', {})
    expect(types.items.map((m) => m.key)).toEqual(['body-weight', 'body-fat', 'waist', 'hip', 'thigh', 'calf', 'sit-and-reach', 'resting-heart-rate'])
    const grip = await t.value('measurements.createType', { name: 'Grip strength', unitKind: 'mass' })
    expect(grip).toMatchObject({ builtin: false, unit: 'kg', key: null })
    expect(errorOf(await t.call('measurements.createType', { name: 'grip STRENGTH', unitKind: 'count' })).code).toBe('conflict')

    await t.value('measurements.record', { clientId: ana.id, date: '2024-03-01', values: [{ typeId: typeId('body-weight'), value: 64.5 }, { typeId: typeId('sit-and-reach'), value: -4 }] })
    await t.value('measurements.record', { clientId: ana.id, date: '2024-03-15', values: [{ typeId: grip.id, value: 31 }, { typeId: typeId('resting-heart-rate'), value: 58 }] })
    const list = await t.value('measurements.list', { clientId: ana.id })
    expect(list.items.map((m) => [m.date, m.typeName, m.value, m.unit])).toEqual([
      ['2024-03-15', 'Resting heart rate', 58, 'bpm'],
      ['2024-03-15', 'Grip strength', 31, 'kg'],
      ['2024-03-01', 'Body weight', 64.5, 'kg'],
      ['2024-03-01', 'Sit-and-reach (hamstring flexibility)', -4, 'cm']
    ])
    const weight = list.items[2]!
    await t.value('measurements.update', { id: weight.id, date: '2024-03-01', value: 64.5, note: 'After breakfast' })
    const fixed = await t.value('measurements.update', { id: weight.id, date: '2024-03-02', value: 64.2 })
    expect(fixed).toMatchObject({ date: '2024-03-02', value: 64.2, note: 'After breakfast' })
    await t.value('measurements.delete', { id: weight.id })
    expect((await t.value('measurements.list', { clientId: ana.id, typeId: typeId('body-weight') })).items).toEqual([])
    const gone = await t.value('measurements.deleteType', { id: grip.id, confirm: true })
    expect(gone.values).toBe(1)
    expect(errorOf(await t.call('measurements.deleteType', { id: typeId('waist'), confirm: true })).code).toBe('conflict')
  })

  it('a value outside what its kind allows is refused, built-in or custom, and nothing is written', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const laps = await t.value('measurements.createType', { name: 'Resting pulse (own)', unitKind: 'heart-rate' })
    const hash = storeHash(t.db)
    const builtin = errorOf(await t.call('measurements.record', { clientId: ana.id, date: '2024-03-01', values: [{ typeId: typeId('body-fat'), value: 140 }] }))
    expect(builtin).toMatchObject({ code: 'invalid_input', issues: [{ path: 'values.0.value', message: 'Must be between 0 and 100 %' }] })
    const custom = errorOf(
      await t.call('measurements.record', {
        clientId: ana.id,
        date: '2024-03-01',
        values: [
          { typeId: typeId('waist'), value: 80 },
          { typeId: laps.id, value: 400 }
        ]
      })
    )
    expect(custom).toMatchObject({ code: 'invalid_input', issues: [{ path: 'values.1.value', message: 'Must be between 20 and 250 bpm' }] })
    expect(rowCount(t.db, 'measurements')).toBe(0) // the waist went back with the rest
    expect(storeHash(t.db)).toBe(hash)
  })
})

describe('CSV export', () => {
  it('one row per set; cells a spreadsheet would run as a formula are escaped; written whole', async () => {
    const t = openTestCore()
    const mallory = await newClient(t, '=HYPERLINK("http://evil.example","Click")')
    await saveLog(
      t,
      mallory.id,
      '2024-03-04',
      [entry(DEADLIFT, [lift(5, 100), lift(5, 100, { pain: { area: 'knee', note: '@SUM(1+1)' } })]), entry(HOLD_STRETCH, [{ holdSeconds: 30, status: 'done' }])],
      { notes: '+cmd|/C calc!A0', title: '-2+3' }
    )
    await t.value('measurements.record', { clientId: mallory.id, date: '2024-03-04', values: [{ typeId: typeId('sit-and-reach'), value: -3.5 }], note: '=1+1' })
    const dir = tempDir()
    const logs = await t.value('progress.exportCsv', { kind: 'logs', clientId: mallory.id, path: join(dir, 'logs.csv') })
    expect(logs.rows).toBe(3)
    const text = readFileSync(logs.path, 'utf8')
    expect(text.startsWith('\ufeffClient,Date,Start time,Session')).toBe(true)
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`)
    expect(text).toContain("'+cmd|/C calc!A0")
    expect(text).toContain("'@SUM(1+1)")
    expect(text).toContain("'-2+3")
    expect(text).not.toMatch(/(^|,)"?[=+@]/m)
    const lines = text.trim().split('\r\n')
    expect(lines).toHaveLength(4)
    expect(lines[2]).toContain(',2,done,5,100,')

    const measured = await t.value('progress.exportCsv', { kind: 'measurements', path: join(dir, 'measurements.csv') })
    const mText = readFileSync(measured.path, 'utf8')
    expect(measured.rows).toBe(1)
    expect(mText).toContain(',-3.5,cm,') // numbers stay numbers
    expect(mText).toContain("'=1+1")
    expect(readdirSync(dir).sort()).toEqual(['logs.csv', 'measurements.csv']) // no temp files left
  })

  it('a long export is written a chunk at a time and reports its progress', async () => {
    const t = openTestCore()
    const ana = await newClient(t)
    const sets = Array.from({ length: 50 }, (_, i) => lift(5, 20 + i))
    await saveLog(t, ana.id, '2024-03-04', Array.from({ length: 45 }, () => entry(DEADLIFT, sets))) // 2,250 sets
    const progress: [number, number][] = []
    t.core.on('job.progress', ({ job, done, total }) => job === 'progress.exportCsv' && progress.push([done, total]))
    const out = await t.value('progress.exportCsv', { kind: 'logs', clientId: ana.id, path: join(tempDir(), 'all.csv') })
    expect(out.rows).toBe(2250)
    expect(progress).toEqual([
      [2000, 2250],
      [2250, 2250]
    ])
    expect(readFileSync(out.path, 'utf8').trim().split('\r\n')).toHaveLength(2251)
  })

  it('a folder that cannot be written is reported and leaves nothing behind', async () => {
    const t = openTestCore()
    const error = errorOf(await t.call('progress.exportCsv', { kind: 'logs', path: join(tempDir(), 'missing', 'logs.csv') }))
    expect(error.code).toBe('unavailable')
    expect(errorOf(await t.call('progress.exportCsv', { kind: 'logs', path: 'relative.csv' })).code).toBe('invalid_input')
  })
})
