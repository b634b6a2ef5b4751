import type { CsvClientField } from '../../../shared/data-safety'
import { CSV_CLIENT_FIELDS } from '../../../shared/data-safety'

// Turning one CSV cell into a client field, the way a trainer's spreadsheet usually writes it.

export const FIELD_LABELS: Record<CsvClientField, string> = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  dateOfBirth: 'Date of birth',
  sex: 'Sex',
  heightCm: 'Height (cm)',
  weightKg: 'Weight (kg)',
  goals: 'Goals',
  level: 'Training level',
  trainingLocation: 'Trains at',
  notes: 'Notes',
  tags: 'Tags'
}

const HEADER_WORDS: Record<CsvClientField, string[]> = {
  name: ['name', 'fullname', 'clientname', 'client', 'customer', 'member', 'nombre'],
  email: ['email', 'emailaddress', 'mail', 'e-mail'],
  phone: ['phone', 'phonenumber', 'mobile', 'cell', 'cellphone', 'telephone', 'tel', 'mobilephone'],
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'birthday', 'born'],
  sex: ['sex', 'gender'],
  heightCm: ['height', 'heightcm'],
  weightKg: ['weight', 'weightkg', 'bodyweight'],
  goals: ['goals', 'goal', 'objectives', 'objective'],
  level: ['level', 'traininglevel', 'experience', 'fitnesslevel'],
  trainingLocation: ['location', 'traininglocation', 'trainsat', 'trainingat', 'where'],
  notes: ['notes', 'note', 'comments', 'comment', 'remarks'],
  tags: ['tags', 'tag', 'labels', 'groups', 'group']
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '')

/** Field -> the first column whose header reads like it (each column used once). */
export function suggestMapping(columns: string[]): Record<CsvClientField, string | null> {
  const used = new Set<string>()
  const out = {} as Record<CsvClientField, string | null>
  for (const field of CSV_CLIENT_FIELDS) {
    const words = HEADER_WORDS[field].map(squash)
    const column = columns.find((c) => !used.has(c) && words.includes(squash(c))) ?? null
    if (column) used.add(column)
    out[field] = column
  }
  return out
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

/** YYYY-MM-DD, YYYY/MM/DD, or day and month in either order when only one reading is possible. */
export function parseDate(text: string): { value: string } | { error: string } {
  const t = text.trim()
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t)
  if (m) return { value: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(t)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[2])
    if (a > 12 && b <= 12) return { value: `${m[3]}-${pad(b)}-${pad(a)}` }
    if (b > 12 && a <= 12) return { value: `${m[3]}-${pad(a)}-${pad(b)}` }
    if (a === b) return { value: `${m[3]}-${pad(a)}-${pad(b)}` }
    return { error: `"${t}" could be ${a}/${b} or ${b}/${a}: write it as YYYY-MM-DD` }
  }
  return { error: `"${t.slice(0, 40)}" is not a date: write it as YYYY-MM-DD` }
}

export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s*(cm|kg)$/i, '').replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null
  return Number(t)
}

const SEX: Record<string, string> = { female: 'female', f: 'female', woman: 'female', male: 'male', m: 'male', man: 'male', other: 'other', x: 'other' }

export function parseChoice(field: 'sex' | 'level' | 'trainingLocation', text: string): string {
  const t = text.trim().toLowerCase()
  if (field === 'sex') return SEX[t] ?? t
  if (field === 'trainingLocation') return t === 'home and gym' || t === 'home & gym' ? 'both' : t
  return t
}
