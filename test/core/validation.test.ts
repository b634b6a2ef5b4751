import { describe, expect, it } from 'vitest'
import { fullClient, readinessAnswers } from '../helpers/clients'
import { openTestCore, rowCount, storeHash } from '../helpers/store'

function localIso(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
const tomorrow = localIso(new Date(Date.now() + 36 * 3600 * 1000))

const { weightGoal, readiness } = fullClient()

/** One broken field per case: the path the form needs to put the message next to, and the message itself. */
const cases: { label: string; input: Record<string, unknown>; path: string; message: RegExp }[] = [
  { label: 'email without a domain', input: { email: 'zoe@' }, path: 'email', message: /Enter an email like name@example\.com/ },
  { label: 'email over 254 characters', input: { email: `${'a'.repeat(250)}@example.com` }, path: 'email', message: /at most 254/ },
  { label: 'phone with letters', input: { phone: 'call me maybe' }, path: 'phone', message: /Use digits, spaces/ },
  { label: 'phone too short', input: { phone: '12 34' }, path: 'phone', message: /at least 6 digits/ },
  { label: 'phone too long', input: { phone: '+1 234 567 890 123 456' }, path: 'phone', message: /at most 15 digits/ },
  { label: 'date of birth in the future', input: { dateOfBirth: tomorrow }, path: 'dateOfBirth', message: /Must not be in the future/ },
  { label: 'date of birth before 1900', input: { dateOfBirth: '1899-12-31' }, path: 'dateOfBirth', message: /after 1900/ },
  { label: 'date of birth that does not exist', input: { dateOfBirth: '2001-02-30' }, path: 'dateOfBirth', message: /Must be a date \(YYYY-MM-DD\)/ },
  { label: 'height below 50 cm', input: { heightCm: 49.9 }, path: 'heightCm', message: /Height must be at least 50 cm/ },
  { label: 'height above 250 cm', input: { heightCm: 250.5 }, path: 'heightCm', message: /Height must be at most 250 cm/ },
  { label: 'height typed as text', input: { heightCm: 'tall' }, path: 'heightCm', message: /Height must be a number/ },
  { label: 'height not a number (NaN)', input: { heightCm: Number.NaN }, path: 'heightCm', message: /Height must be a number/ },
  { label: 'weight below 20 kg', input: { weightKg: 19.9 }, path: 'weightKg', message: /Weight must be at least 20 kg/ },
  { label: 'weight above 350 kg', input: { weightKg: 351 }, path: 'weightKg', message: /Weight must be at most 350 kg/ },
  {
    label: 'weekly rate not a half-pound step',
    input: { weightGoal: { ...weightGoal, weeklyRate: { amount: -0.3, unit: 'lb' } } },
    path: 'weightGoal.weeklyRate.amount',
    message: /between -2 and \+2 lb in steps of 0\.5/
  },
  {
    label: 'weekly rate too fast',
    input: { weightGoal: { ...weightGoal, weeklyRate: { amount: -1.5, unit: 'kg' } } },
    path: 'weightGoal.weeklyRate.amount',
    message: /between -1 and \+1 kg in steps of 0\.25/
  },
  { label: 'target weight out of range', input: { weightGoal: { ...weightGoal, targetKg: 500 } }, path: 'weightGoal.targetKg', message: /at most 350 kg/ },
  { label: 'an unknown field', input: { nickname: 'Zo' }, path: 'nickname', message: /Unknown field "nickname"/ },
  {
    label: 'an unknown field inside a limitation',
    input: { limitations: [{ area: 'knee', note: '', severity: 3 }] },
    path: 'limitations.0.severity',
    message: /Unknown field "severity"/
  },
  { label: 'an unknown body area', input: { limitations: [{ area: 'elbow', note: '' }] }, path: 'limitations.0.area', message: /Choose a body area/ },
  { label: 'name over 120 characters', input: { name: 'N'.repeat(121) }, path: 'name', message: /Name must be at most 120 characters/ },
  { label: 'name of spaces only', input: { name: '   ' }, path: 'name', message: /Name is required/ },
  { label: 'notes over 20,000 characters', input: { notes: 'n'.repeat(20_001) }, path: 'notes', message: /Notes must be at most 20000 characters/ },
  { label: 'a tag over 40 characters', input: { tags: ['ok', 't'.repeat(41)] }, path: 'tags.1', message: /A tag must be at most 40 characters/ },
  { label: 'an unknown goal tag', input: { goalTags: ['bulking'] }, path: 'goalTags.0', message: /Unknown goal tag/ },
  { label: 'an unknown level', input: { level: 'expert' }, path: 'level', message: /Choose beginner, intermediate or advanced/ },
  {
    label: 'a readiness answer left out',
    input: { readiness: { ...readiness, answers: { ...readinessAnswers(), heart: undefined } } },
    path: 'readiness.answers.heart',
    message: /Required/
  },
  { label: 'control characters in the name', input: { name: 'Ada\u0007' }, path: 'name', message: /control characters/ }
]

describe('a client the contract refuses', () => {
  it.each(cases)('$label: names $path and writes nothing', async ({ input, path, message }) => {
    const t = openTestCore()
    const existing = await t.value('clients.create', fullClient({ name: 'Existing client' }))
    const hash = storeHash(t.db)

    for (const [method, body] of [
      ['clients.create', fullClient(input)],
      ['clients.update', { ...fullClient(input), id: existing.id }]
    ] as const) {
      const answer = await t.call(method, body)
      expect(answer.ok).toBe(false)
      if (answer.ok) return
      expect(answer.error.code).toBe('invalid_input')
      expect(answer.error.issues).toHaveLength(1)
      expect(answer.error.issues[0]?.path).toBe(path)
      expect(answer.error.issues[0]?.message).toMatch(message)
      // The summary message a person reads names the field too.
      expect(answer.error.message).toContain(`${path}: `)
    }
    expect(rowCount(t.db, 'clients')).toBe(1)
    expect(storeHash(t.db)).toBe(hash)
    expect(await t.value('clients.get', { id: existing.id })).toEqual(existing)
  })

  it('reports every broken field at once, and a missing name as Required', async () => {
    const t = openTestCore()
    const answer = await t.call('clients.create', { email: 'x', heightCm: 10 })
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    if (answer.ok) return
    expect(answer.error.issues.map((i) => i.path).sort()).toEqual(['email', 'heightCm', 'name'])
    expect(answer.error.issues.find((i) => i.path === 'name')?.message).toBe('Required')
    expect(rowCount(t.db, 'clients')).toBe(0)
  })

  it('refuses an id the app did not make', async () => {
    const t = openTestCore()
    for (const id of ['42', '', 'not-a-uuid', '01890a5d-ac96-774b-bcce-b302099a805']) {
      expect(await t.call('clients.get', { id })).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'id', message: 'Must be an id made by the app' }] } })
    }
  })
})
