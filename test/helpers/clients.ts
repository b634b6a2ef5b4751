import type { ClientInput } from '../../src/shared/clients'
import { READINESS_QUESTIONS, type ReadinessQuestionId } from '../../src/shared/vocabulary'

/** Every readiness answer "no", optionally with some "yes". */
export function readinessAnswers(yes: ReadinessQuestionId[] = []): Record<ReadinessQuestionId, boolean> {
  return Object.fromEntries(READINESS_QUESTIONS.map((q) => [q.id, yes.includes(q.id)])) as Record<ReadinessQuestionId, boolean>
}

/** A client with every field filled in, as the form would send it (already trimmed, so it reads back identical). */
export function fullClient(overrides: Partial<ClientInput> = {}): ClientInput {
  return {
    name: 'Zoë Łukasiewicz-Nguyễn',
    email: 'zoe.lukasiewicz@example.com',
    phone: '+44 20 7946 0958',
    dateOfBirth: '1988-04-12',
    sex: 'female',
    heightCm: 168.5,
    weightKg: 64.2,
    goals: 'Run a half marathon in spring\nwithout the hamstring niggles.',
    goalTags: ['injury-prevention', 'athletic-performance'],
    level: 'intermediate',
    trainingLocation: 'both',
    equipment: ['mat', 'dumbbells', 'leg-curl-machine'],
    limitations: [
      { area: 'hamstring', note: 'Mild strain, left side, last autumn.' },
      { area: 'knee', note: 'Clicks on deep squats.' }
    ],
    readiness: { answeredOn: '2024-09-01', answers: readinessAnswers(['boneJoint']), clearanceReceivedOn: '2024-09-10' },
    weightGoal: { targetKg: 62, weeklyRate: { amount: -0.5, unit: 'lb' } },
    notes: 'Prefers early mornings.\nRuns three times a week.',
    tags: ['runner', 'morning'],
    ...overrides
  }
}
