import { HAMSTRINGS, STOP_IF_PAIN, type BuiltinExercise } from './builtin'

// Before every session: raise the body temperature first, then loosen the hamstrings and calves.

export const WARM_UPS: BuiltinExercise[] = [
  {
    key: 'light-jog-warm-up',
    name: 'Light jog warm-up',
    aliases: ['Light cardio warm-up', 'Jogging', 'Warm-up jog', '10-minute cardio warm-up'],
    summary:
      'About ten minutes of easy jogging, or any light cardio, to raise your body temperature and get more blood flowing to the muscles before a session.',
    category: 'warm-up',
    pattern: 'gait',
    primaryMuscles: ['quadriceps', ...HAMSTRINGS, 'gastrocnemius'],
    secondaryMuscles: ['gluteus-maximus', 'soleus'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'duration',
    defaultPrescription: { sets: 1, reps: null, holdSeconds: null, durationMinutes: 10, distanceMeters: null, restSeconds: 0, perSide: false },
    steps: [
      'Start with a few minutes of brisk walking.',
      'Break into an easy jog, at a pace where you could still chat.',
      'Keep going for about ten minutes in all, until you feel warm and slightly out of breath.',
      'Ease back to a walk for the last minute, then go straight on to the stretches.'
    ],
    cues: ['Easy pace: this prepares you, it is not the workout.', 'Short, light steps.', 'Jogging on the spot, a treadmill or a bike all do the job.'],
    breathing: ['Breathe rhythmically; you should still be able to speak in short sentences.'],
    safety: ['If jogging hurts your knees or feet, walk briskly or cycle instead.', STOP_IF_PAIN],
    cautions: [{ area: 'knee', note: 'Knee pain when jogging: warm up on a bike or with brisk walking instead.' }],
    needsSpotter: false,
    variations: ['Treadmill or exercise bike in the gym.', 'Dynamic stretches such as leg swings can take the place of the jog.']
  },
  {
    key: 'leg-swings',
    name: 'Leg swings',
    aliases: ['Dynamic leg swings', 'Dynamic stretches', 'Front-to-back leg swings'],
    summary: 'A dynamic stretch: swinging each leg forward and back loosens the hamstrings and hips before you load them.',
    category: 'warm-up',
    pattern: 'mobility',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'quadriceps'],
    equipment: ['wall'],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 1, reps: { min: 10, max: 12 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Stand side-on to a wall and rest one hand on it for balance.',
      'Let the outside leg swing forward and back like a pendulum, small at first.',
      'Let each swing grow a little higher as the leg loosens, staying relaxed.',
      'After ten to twelve swings, turn round and swing the other leg.'
    ],
    cues: ['Let the leg swing; do not kick it.', 'Standing knee soft, body tall.', 'Height comes gradually.'],
    breathing: ['Breathe easily; there is no need to time your breath with the swings.'],
    safety: ['Keep hold of the wall: the swinging leg can pull you off balance.', 'Never force the top of a swing.'],
    cautions: [
      { area: 'balance', note: 'Balance problems: hold a sturdy support with both hands and keep the swings small.' },
      { area: 'hamstring', note: 'Recent hamstring strain: swinging can overstretch it; warm up with gentle walking until it has healed.' }
    ],
    needsSpotter: false,
    variations: ['Side-to-side swings across the body for the hips.', 'Slow walking with alternate knees drawn up to the chest.']
  },
  {
    key: 'standing-hamstring-stretch',
    name: 'Standing hamstring stretch',
    aliases: ['Heel-down hamstring stretch', 'Hamstring warm-up stretch', 'Hamstring stretch'],
    summary:
      'The warm-up stretch for the hamstrings: one foot forward on its heel with the toes up, then a lean from hips that stay still. Five seconds each side.',
    category: 'warm-up',
    pattern: 'stretch',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'hold',
    defaultPrescription: { sets: 2, reps: null, holdSeconds: 5, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Step one foot a short way forward, keeping most of your weight on the back leg.',
      'Let the back knee bend a little.',
      'Rest the front heel on the floor and pull the toes up towards you, a little like a curtsey.',
      'Keeping your hips still, lean your upper body forward as far as is comfortable.',
      'Hold for five seconds, then change legs and repeat.'
    ],
    cues: ['Hips stay still; the lean comes from the upper body.', 'Front leg long, back leg soft.', 'A mild pull, never pain.'],
    breathing: ['Breathe out as you lean in, then breathe slowly and calmly through the hold.'],
    safety: ['Stretch when you feel relaxed rather than tense, and ease in instead of bouncing.', STOP_IF_PAIN],
    cautions: [],
    needsSpotter: false,
    variations: ['Hands resting on the front thigh for support.', 'Hold a little longer, up to fifteen seconds, once you are warm.']
  },
  {
    key: 'heel-to-glute-kicks',
    name: 'Heel-to-glute kicks',
    aliases: ['Butt kicks', 'Heel flicks', 'Heel-glute kicks'],
    summary: 'Quick, light kicks bringing each heel up towards your buttocks to finish the hamstring warm-up. About five per leg is enough.',
    category: 'warm-up',
    pattern: 'mobility',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['quadriceps'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 1, reps: { min: 5, max: 5 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Stand tall, or jog gently on the spot.',
      'Flick one heel up behind you towards your buttocks, knee pointing at the floor.',
      'Put that foot down and do the same with the other leg.',
      'Alternate until each leg has done about five.'
    ],
    cues: ['Light and springy, on the balls of the feet.', 'Knees point down as the heels rise.'],
    breathing: ['Breathe naturally.'],
    safety: ['Save these for when the hamstrings already feel loose after the stretch.', 'Hold a wall if you feel unsteady.'],
    cautions: [],
    needsSpotter: false,
    variations: ['Travel slowly forward while kicking.', 'Slow and standing, one hand on a wall, one leg at a time.']
  },
  {
    key: 'gentle-calf-stretch',
    name: 'Gentle calf stretch',
    aliases: ['Calf stretch', 'Wall calf stretch'],
    summary: 'A wall-supported stretch for the gastrocnemius and soleus, done gently before any toning work to lower the risk of a strain.',
    category: 'warm-up',
    pattern: 'stretch',
    primaryMuscles: ['gastrocnemius', 'soleus'],
    secondaryMuscles: [],
    equipment: ['wall'],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'hold',
    defaultPrescription: { sets: 2, reps: null, holdSeconds: 10, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Stand facing a wall with your hands on it at chest height.',
      'Step one foot back, heel down and toes pointing forward.',
      'Bend the front knee and lean gently towards the wall until the back calf feels a mild stretch.',
      'Hold about ten seconds, then bend the back knee slightly to move the stretch lower down the calf.',
      'Change legs.'
    ],
    cues: ['Back heel stays on the floor.', 'Gentle: this is a warm-up, not a flexibility test.'],
    breathing: ['Breathe slowly and let the calf relax a little more each time you breathe out.'],
    safety: ['Ease off if the stretch turns sharp.'],
    cautions: [],
    needsSpotter: false,
    variations: ['On a step: let one heel sink below the edge while holding a rail.', 'After the session, hold it longer (20 to 30 seconds).']
  }
]
