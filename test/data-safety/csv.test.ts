import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openTestCore, storeHash, tempDir } from '../helpers/store'

function csvFile(content: string): string {
  const path = join(tempDir(), 'clients.csv')
  writeFileSync(path, content)
  return path
}

const LIST = [
  'Full Name,E-mail,Mobile,DOB,Gender,Height,Weight,Level,Notes,Tags',
  'Ana Lima,ana@example.com,+44 20 7946 0958,1990-04-12,F,165,61.5,beginner,"Knee, left",morning;small group',
  'Ben Okafor,ben@example,+1 555 0100,31/12/1985,male,180,82,intermediate,,',
  ',nobody@example.com,,,,,,,,',
  'Cara Diaz,cara@example.com,12,05/06/1992,female,900,70,expert,,',
  'Dev Patel,dev@example.com,+91 98 7654 3210,1988-02-29,other,175 cm,"72,5",advanced,Prefers mornings,',
  'Ana Again,ANA@example.com,,,,,,,,'
].join('\r\n')

describe('CSV client list', () => {
  it('preview: columns, a suggested mapping from the headers, the first rows and the row problems', async () => {
    const t = openTestCore()
    const hash = storeHash(t.db)
    const preview = await t.value('transfer.previewClientsCsv', { path: csvFile(LIST) })
    expect(preview.columns).toEqual(['Full Name', 'E-mail', 'Mobile', 'DOB', 'Gender', 'Height', 'Weight', 'Level', 'Notes', 'Tags'])
    expect(preview.suggestedMapping).toMatchObject({ name: 'Full Name', email: 'E-mail', phone: 'Mobile', dateOfBirth: 'DOB', sex: 'Gender', heightCm: 'Height', weightKg: 'Weight', level: 'Level', notes: 'Notes', tags: 'Tags', goals: null })
    expect(preview.totalRows).toBe(6)
    expect(preview.sampleRows[0]?.[0]).toBe('Ana Lima')
    expect(preview.fields.find((f) => f.field === 'name')).toMatchObject({ required: true })
    const lines = new Set(preview.errors.map((e) => e.line))
    expect([...lines].sort()).toEqual([3, 4, 5])
    expect(storeHash(t.db)).toBe(hash)
  })

  it('import: good rows in, bad rows reported by line, field and column', async () => {
    const t = openTestCore()
    const path = csvFile(LIST)
    const preview = await t.value('transfer.previewClientsCsv', { path })
    const changed: string[][] = []
    t.core.on('data.changed', ({ scopes }) => changed.push(scopes))
    const result = await t.value('transfer.importClientsCsv', { path, mapping: { ...preview.suggestedMapping, name: 'Full Name' } })
    expect(result.imported).toBe(2)
    expect(result.skipped).toBe(4)
    const byLine = (line: number) => result.errors.filter((e) => e.line === line)
    expect(byLine(3)).toEqual([expect.objectContaining({ field: 'email', column: 'E-mail', message: expect.stringMatching(/email/i) })])
    expect(byLine(4)).toEqual([expect.objectContaining({ field: 'name', message: 'The name is empty' })])
    expect(byLine(5).map((e) => e.field).sort()).toEqual(['dateOfBirth', 'heightCm', 'level', 'phone'])
    expect(byLine(7)).toEqual([expect.objectContaining({ field: 'email', message: expect.stringMatching(/already in Spotter/) })])
    expect(changed).toEqual([['clients']])

    const ana = (await t.value('clients.list', { query: 'Ana Lima' })).items[0]!
    const full = await t.value('clients.get', { id: ana.id })
    expect(full).toMatchObject({ sex: 'female', heightCm: 165, weightKg: 61.5, dateOfBirth: '1990-04-12', notes: 'Knee, left', tags: ['morning', 'small group'] })
    const dev = (await t.value('clients.list', { query: 'Dev Patel' })).items[0]!
    expect(await t.value('clients.get', { id: dev.id })).toMatchObject({ heightCm: 175, weightKg: 72.5, level: 'advanced', sex: 'other' })
  })

  it('refuses a mapping to a column the file does not have, and files that are not client lists', async () => {
    const t = openTestCore()
    const hash = storeHash(t.db)
    const missing = await t.call('transfer.importClientsCsv', { path: csvFile(LIST), mapping: { name: 'Surname' } })
    expect(missing).toMatchObject({ ok: false, error: { code: 'conflict', issues: [{ path: 'mapping.name' }] } })
    const binary = await t.call('transfer.previewClientsCsv', { path: csvFile('\u0000\u0001PNG') })
    expect(binary).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not a text \(CSV\) file/) } })
    const empty = await t.call('transfer.previewClientsCsv', { path: csvFile('') })
    expect(empty).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no header row/) } })
    expect(storeHash(t.db)).toBe(hash)
  })

  it("reads cells a spreadsheet-safe export escaped with a leading quote (+44..., =...)", async () => {
    const t = openTestCore()
    const path = csvFile("Name,Phone,Notes\nGus Hale,'+44 20 7946 0958,'=SUM(A1)\n")
    const result = await t.value('transfer.importClientsCsv', { path, mapping: { name: 'Name', phone: 'Phone', notes: 'Notes' } })
    expect(result.imported).toBe(1)
    const gus = (await t.value('clients.list', { query: 'Gus' })).items[0]!
    expect(await t.value('clients.get', { id: gus.id })).toMatchObject({ phone: '+44 20 7946 0958', notes: '=SUM(A1)' })
  })

  it('an ambiguous date is reported, not guessed', async () => {
    const t = openTestCore()
    const path = csvFile('Name,Born\nEve Stone,04/05/1990\nFay Moss,1991-13-01\n')
    const result = await t.value('transfer.importClientsCsv', { path, mapping: { name: 'Name', dateOfBirth: 'Born' } })
    expect(result.imported).toBe(0)
    expect(result.errors[0]?.message).toMatch(/could be 4\/5 or 5\/4: write it as YYYY-MM-DD/)
    expect(result.errors[1]?.field).toBe('dateOfBirth')
  })
})
