import type { ClientInput } from '../src/shared/clients'
import { foldText } from '../src/shared/text'
import { BODY_AREAS, EQUIPMENT, GOAL_TAGS, READINESS_QUESTIONS, TRAINING_LEVELS, TRAINING_LOCATIONS } from '../src/shared/vocabulary'

// A deterministic practice of N clients: the same seed gives the same clients on every machine, so
// figures from different runs compare. Names mix accents and scripts the way a real client list does.

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Zoë', 'Marcus', 'Émile', 'Ada', 'Øyvind', 'José', 'María', 'Łukasz', 'Agnieszka', 'Nguyễn', 'Thảo', 'Siobhán', 'Seán',
  'Aisha', 'Oluwaseun', 'Ingrid', 'Dmitri', 'Sofia', 'Mei', 'Hannah', 'Tom', 'Priya', 'Rahul', 'Fatima', 'Kemal', 'Björn',
  'Åsa', 'Jürgen', 'Chloé', 'François', 'Zoltán', 'Réka', 'Ines', 'João', 'Tiago', 'Ana', 'Kaito', 'Yuki', 'Amara', 'Kwame',
  'Leila', 'Omar', 'Grace', 'Liam', 'Noah', 'Olivia', 'Emma', 'Lucas', 'Mateo', 'Isabella', 'Sven', 'Nora', 'Elif', 'Can',
  'Dāvis', 'Ieva', 'Małgorzata', 'Ciarán', 'Aoife', 'Rhys'
]
const LAST = [
  'Łukasiewicz', 'Okafor', 'Zola', 'Byrne', 'Berg', 'Fernández', 'García', 'Kowalski', 'Nowak', 'Nguyễn', 'Trần', 'Ó Briain',
  "O'Brien", 'Rahman', 'Adeyemi', 'Halvorsen', 'Volkov', 'Papadopoulou', 'Chen', 'Schmidt', 'Becker', 'Müller', 'Sharma',
  'Patel', 'Yılmaz', 'Öztürk', 'Andersson', 'Lindqvist', 'Dubois', 'Lefèvre', 'Horváth', 'Nagy', 'Silva', 'Gonçalves',
  'Tanaka', 'Suzuki', 'Mensah', 'Boateng', 'Haddad', 'Khalil', 'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Martínez',
  'Rossi', 'Bianchi', 'Jensen', 'Nielsen', 'Kaya', 'Bērziņš', 'Kazlauskienė', 'Wiśniewska', 'MacDonald', 'Ní Bhriain',
  'Evans', 'Thomas', 'Van der Berg', 'De Vries', 'Kim', 'Park', 'Lee', 'Ivanova', 'Petrov', 'Novák', 'Dvořák', 'Svoboda',
  'Costa', 'Moreau', 'Fischer', 'Weber', 'Wagner', 'Hoffmann', 'Schäfer', 'Koch', 'Richter', 'Klein', 'Wolf', 'Schröder'
]
const DOMAINS = ['example.com', 'mail.example.org', 'example.net', 'post.example.co.uk', 'example.de']
const TAGS = ['runner', 'morning', 'evening', 'knee rehab', 'postnatal', 'senior', 'online', 'studio', 'couple', 'marathon', 'cyclist', 'swimmer', 'golf', 'tennis', 'corporate']
const GOALS = [
  'Run a half marathon without knee pain.',
  'Lose weight steadily and keep it off.',
  'Get stronger for hiking holidays.',
  'Back to football after a hamstring strain.',
  'Improve posture and ease lower-back stiffness.',
  'Deadlift bodyweight by the summer.',
  'Stay mobile and independent; balance work.',
  'Tone up before the wedding.',
  'Build confidence in the gym.',
  'Recover fitness after having a baby.'
]

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T
}

function some<T>(random: () => number, list: readonly T[], max: number): T[] {
  const count = Math.floor(random() * (max + 1))
  return [...new Set(Array.from({ length: count }, () => pick(random, list)))]
}

function digits(random: () => number, n: number): string {
  return Array.from({ length: n }, () => Math.floor(random() * 10)).join('')
}

function phone(random: () => number): string {
  const formats = [
    () => `+44 20 ${digits(random, 4)} ${digits(random, 4)}`,
    () => `07700 ${digits(random, 6)}`,
    () => `+1 (415) 555-${digits(random, 4)}`,
    () => `+49 30 ${digits(random, 7)}`,
    () => `+33 6 ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)} ${digits(random, 2)}`,
    () => `0${digits(random, 3)} ${digits(random, 3)} ${digits(random, 3)}`
  ]
  return pick(random, formats)()
}

export interface GeneratedClient {
  input: ClientInput
  archived: boolean
}

export function generateClients(count: number, seed = 20_260_101): GeneratedClient[] {
  const random = prng(seed)
  return Array.from({ length: count }, (_, i) => {
    const first = pick(random, FIRST)
    const last = pick(random, LAST)
    const handle = foldText(`${first}.${last}`).replace(/[^a-z.]/g, '')
    const year = 1950 + Math.floor(random() * 55)
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0')
    const day = String(1 + Math.floor(random() * 28)).padStart(2, '0')
    const hasReadiness = random() < 0.6
    const input: ClientInput = {
      name: `${first} ${last}`,
      email: random() < 0.9 ? `${handle}${i % 7 === 0 ? i : ''}@${pick(random, DOMAINS)}` : null,
      phone: random() < 0.85 ? phone(random) : null,
      dateOfBirth: random() < 0.8 ? `${year}-${month}-${day}` : null,
      sex: pick(random, ['female', 'male', 'other', null] as const),
      heightCm: random() < 0.7 ? Math.round(150 + random() * 45) : null,
      weightKg: random() < 0.7 ? Math.round(50 + random() * 60) : null,
      goals: pick(random, GOALS),
      goalTags: some(random, GOAL_TAGS, 3),
      level: pick(random, TRAINING_LEVELS),
      trainingLocation: pick(random, TRAINING_LOCATIONS),
      equipment: some(random, EQUIPMENT, 5),
      limitations: random() < 0.25 ? [{ area: pick(random, BODY_AREAS), note: 'Old injury; progress gently.' }] : [],
      readiness: hasReadiness
        ? {
            answeredOn: `2025-${month}-${day}`,
            answers: Object.fromEntries(READINESS_QUESTIONS.map((q) => [q.id, random() < 0.05])) as Record<(typeof READINESS_QUESTIONS)[number]['id'], boolean>
          }
        : null,
      weightGoal: random() < 0.15 ? { targetKg: Math.round(55 + random() * 40), weeklyRate: { amount: pick(random, [-1, -0.5, 0.5]), unit: 'lb' } } : null,
      notes: random() < 0.3 ? 'Prefers early sessions. Check in about sleep and stress each week.' : '',
      tags: some(random, TAGS, 3)
    }
    return { input, archived: random() < 0.08 }
  })
}
