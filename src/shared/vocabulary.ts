// Controlled vocabularies shared by clients, the exercise library and (later) program checks.
// The id is what is stored; the label is what a trainer reads.

export const TRAINING_LEVELS = ['beginner', 'intermediate', 'advanced'] as const
export type TrainingLevel = (typeof TRAINING_LEVELS)[number]
export const TRAINING_LEVEL_LABELS: Record<TrainingLevel, string> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced'
}

export const TRAINING_LOCATIONS = ['home', 'gym', 'both'] as const
export type TrainingLocation = (typeof TRAINING_LOCATIONS)[number]
export const TRAINING_LOCATION_LABELS: Record<TrainingLocation, string> = {
  home: 'At home',
  gym: 'In a gym',
  both: 'Home and gym'
}

/** Equipment in the words clients use; an empty list means bodyweight only. */
export const EQUIPMENT = [
  'mat',
  'chair',
  'step',
  'wall',
  'household-weights',
  'resistance-bands',
  'stability-ball',
  'dumbbells',
  'barbell',
  'bench',
  'squat-rack',
  'leg-curl-machine',
  'lifting-straps',
  'foam-roller',
  'cardio-machine'
] as const
export type Equipment = (typeof EQUIPMENT)[number]
export const EQUIPMENT_LABELS: Record<Equipment, string> = {
  mat: 'Exercise mat',
  chair: 'Sturdy chair',
  step: 'Step or block',
  wall: 'Clear wall',
  'household-weights': 'Household weights (cans, bottles)',
  'resistance-bands': 'Resistance bands',
  'stability-ball': 'Stability ball',
  dumbbells: 'Dumbbells',
  barbell: 'Barbell and plates',
  bench: 'Adjustable bench',
  'squat-rack': 'Squat rack',
  'leg-curl-machine': 'Leg-curl machine',
  'lifting-straps': 'Lifting (wrist) straps',
  'foam-roller': 'Foam roller',
  'cardio-machine': 'Treadmill or bike'
}

export const GOAL_TAGS = [
  'strength',
  'toning',
  'flexibility',
  'injury-prevention',
  'athletic-performance',
  'body-weight'
] as const
export type GoalTag = (typeof GOAL_TAGS)[number]
export const GOAL_TAG_LABELS: Record<GoalTag, string> = {
  strength: 'Strength',
  toning: 'Toning',
  flexibility: 'Flexibility',
  'injury-prevention': 'Injury prevention',
  'athletic-performance': 'Athletic performance',
  'body-weight': 'Body weight'
}

/** Body areas for injuries and limitations; "balance" is here because moves carry balance cautions. */
export const BODY_AREAS = [
  'knee',
  'lower-back',
  'hip',
  'hamstring',
  'calf',
  'ankle',
  'foot',
  'shoulder',
  'neck',
  'wrist',
  'balance',
  'other'
] as const
export type BodyArea = (typeof BODY_AREAS)[number]
export const BODY_AREA_LABELS: Record<BodyArea, string> = {
  knee: 'Knee',
  'lower-back': 'Lower back',
  hip: 'Hip',
  hamstring: 'Hamstring',
  calf: 'Calf',
  ankle: 'Ankle',
  foot: 'Foot',
  shoulder: 'Shoulder',
  neck: 'Neck',
  wrist: 'Wrist',
  balance: 'Balance or dizziness',
  other: 'Other'
}

export const SEXES = ['female', 'male', 'other'] as const
export type Sex = (typeof SEXES)[number]
export const SEX_LABELS: Record<Sex, string> = { female: 'Female', male: 'Male', other: 'Other' }

/**
 * The pre-exercise readiness questions (the standard PAR-Q set, in our own words) plus one warning
 * sign from our training sources. Any "yes" means the client needs medical clearance first.
 */
export const READINESS_QUESTIONS = [
  { id: 'heart', text: 'Has a doctor ever said you have a heart condition and should only be active as a doctor advises?' },
  { id: 'chestPainActive', text: 'Do you get chest pain when you are physically active?' },
  { id: 'chestPainRest', text: 'In the last month, have you had chest pain while not being active?' },
  { id: 'dizziness', text: 'Do you ever lose your balance through dizziness, or lose consciousness?' },
  { id: 'boneJoint', text: 'Do you have a bone or joint problem (back, knee, hip or other) that more activity could worsen?' },
  { id: 'bloodPressureMeds', text: 'Are you currently prescribed medicine for blood pressure or a heart condition?' },
  { id: 'kneeTingling', text: 'Do you feel a crawling or tingling sensation behind your knees?' },
  { id: 'otherReason', text: 'Do you know of any other reason you should not take up physical activity?' }
] as const
export type ReadinessQuestionId = (typeof READINESS_QUESTIONS)[number]['id']

/** Weekly body-weight change choices: half-pound steps up to 2 lb, or quarter-kilo steps up to 1 kg. */
export const WEIGHT_RATE_LIMITS = { lb: { step: 0.5, max: 2 }, kg: { step: 0.25, max: 1 } } as const
export type WeightUnit = keyof typeof WEIGHT_RATE_LIMITS
export const KG_PER_LB = 0.45359237
