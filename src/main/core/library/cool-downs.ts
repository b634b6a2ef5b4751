import { HAMSTRINGS, STOP_IF_PAIN, type BuiltinExercise } from './builtin'

// After every session: stretch the hamstrings, then recover actively (yoga, foam rolling, water).

export const COOL_DOWNS: BuiltinExercise[] = [
  {
    key: 'standing-toe-drag-stretch',
    name: 'Standing toe-drag hamstring stretch',
    aliases: ['Toe-drag stretch', 'Toe drag hamstring stretch'],
    summary:
      'A standing cool-down: fold at the waist over a forward foot, then slowly draw the pointed toes back along the mat, stretching the back of that thigh as you go.',
    category: 'cool-down',
    pattern: 'stretch',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 1, reps: { min: 5, max: 6 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Stand tall on your mat and take one step forward.',
      'Point the toes of the front foot.',
      'Fold forward from the waist, hands sliding towards the front foot.',
      'Press the pointed toes into the mat and slowly pull the foot back until it is level with the other one, letting the grip of the mat resist you.',
      'Stand up, step the same foot forward again and repeat; then change legs.'
    ],
    cues: ['Slow drag: the friction is what works the back of the thigh.', 'Keep a soft bend in the standing knee.'],
    breathing: ['Breathe out as you fold, breathe in as you stand.'],
    safety: [
      'Keep most of your weight on the back foot so you do not slip.',
      'With lower back pain, fold only part of the way with your hands on your thighs.',
      'Roll up slowly to avoid feeling light-headed.'
    ],
    cautions: [],
    needsSpotter: false,
    variations: ['Hands on the thighs for a shorter fold.', 'On a smooth floor in socks, for less resistance.']
  },
  {
    key: 'heel-on-chair-stretch',
    name: 'Heel-on-chair hamstring stretch',
    aliases: ['Heel on a chair hamstring stretch', 'Chair hamstring stretch', 'Propped-heel hip hinge'],
    summary: 'One heel rests on a chair seat while you hinge forward at the hips, keeping steady tension along the back of the raised leg.',
    category: 'cool-down',
    pattern: 'stretch',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['chair'],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'hold',
    defaultPrescription: { sets: 2, reps: null, holdSeconds: 20, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Stand tall facing a sturdy chair and rest one heel on the seat, that leg straight.',
      'Keep the standing leg straight too, with just a slight give in the knee.',
      'With a long back, hinge forward from the hips towards the raised leg.',
      'Keep the stretch on the propped leg the whole time and hold for about twenty seconds.',
      'Come up slowly and change legs.'
    ],
    cues: ['Hinge, do not hunch: the chest leads and the back stays long.', 'Toes of the raised foot point to the ceiling.'],
    breathing: ['Slow breaths; sink a little deeper each time you breathe out.'],
    safety: ['Use a low, stable chair set against a wall.', 'Hold on to something if your balance is unsure.', STOP_IF_PAIN],
    cautions: [{ area: 'balance', note: 'Unsteady balance: rest the heel on a low step instead of a chair and hold on to a support.' }],
    needsSpotter: false,
    variations: ['A lower step or stair for tight hamstrings.', 'Turn the raised foot slightly in or out to shift the stretch.']
  },
  {
    key: 'hurdler-stretch',
    name: 'Hurdler stretch',
    aliases: ['Seated hurdler stretch', 'Seated hamstring stretch'],
    summary: 'A seated stretch with one leg straight out in front and the other folded in, reaching for the foot of the straight leg.',
    category: 'cool-down',
    pattern: 'stretch',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius', 'erector-spinae'],
    equipment: ['mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'hold',
    defaultPrescription: { sets: 2, reps: null, holdSeconds: 20, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: true },
    steps: [
      'Sit on your mat with one leg stretched straight out in front of you.',
      'Fold the other leg in, with the sole of that foot against the inside of the straight thigh.',
      'Sit up tall, then hinge forward from the hips and reach towards the foot of the straight leg.',
      'Hold where you feel a comfortable stretch for about twenty seconds.',
      'Sit up slowly and change sides.'
    ],
    cues: ['Reach with a long spine rather than rounding over to grab the toes.', 'Toes of the straight leg point up.'],
    breathing: ['Breathe out as you reach, then slowly through the hold.'],
    safety: ['Hands on the shin are fine: the foot is a goal, not a requirement.', STOP_IF_PAIN],
    cautions: [{ area: 'knee', note: 'Knee pain: keep the bent leg with its foot against the inner thigh, never folded back beside the hip.' }],
    needsSpotter: false,
    variations: [
      'Traditional hurdler position, as the source describes it: the bent leg curled back beside the hip. It strains the inside of that knee more, so the foot-to-thigh position is the default here.',
      'Loop a towel round the foot if you cannot reach it.'
    ]
  },
  {
    key: 'legs-up-the-wall',
    name: 'Legs up the wall',
    aliases: ['Legs on the wall', 'Wall-supported leg stretch', 'Viparita karani'],
    summary: 'Lying with your buttocks against a wall and your legs resting straight up it: a restful hamstring stretch to end the session.',
    category: 'cool-down',
    pattern: 'stretch',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['wall', 'mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'hold',
    defaultPrescription: { sets: 1, reps: null, holdSeconds: 60, durationMinutes: null, distanceMeters: null, restSeconds: 0, perSide: false },
    steps: [
      'Sit sideways next to a clear wall on your mat, then swing your legs up as you lie back, so you end up on your back at right angles to the wall.',
      'Shuffle your buttocks right up to the skirting board.',
      'Rest your straight legs up the wall and let it take their weight.',
      'Stay for about a minute, breathing slowly.',
      'To come out, bend your knees, roll onto your side and sit up slowly.'
    ],
    cues: ['Let the wall do the work; just relax.', 'Edge your buttocks away from the wall if the stretch is too strong.'],
    breathing: ['Slow, deep breaths into the belly.'],
    safety: ['Come up slowly in case you feel light-headed.'],
    cautions: [{ area: 'neck', note: 'Neck or upper back problems: leave out the overhead lowering in the variations and simply rest with the legs on the wall.' }],
    needsSpotter: false,
    variations: [
      'As one source describes it: from the wall position, slowly lower your feet back over your head with the toes pointed. This loads the neck and upper back, so keep it for flexible clients with no neck or back problems.',
      'Let the legs fall open into a wide V for the inner thighs.'
    ]
  },
  {
    key: 'short-yoga-cool-down',
    name: 'Short yoga cool-down',
    aliases: ['Short yoga sequence', 'Yoga cool-down', 'Abbreviated yoga session'],
    summary:
      'Ten minutes of gentle yoga poses after training to ease the hamstrings, hips and back, which goes a long way towards preventing next-day aches.',
    category: 'cool-down',
    pattern: 'stretch',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'erector-spinae', 'gastrocnemius'],
    equipment: ['mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'duration',
    defaultPrescription: { sets: 1, reps: null, holdSeconds: null, durationMinutes: 10, distanceMeters: null, restSeconds: 0, perSide: false },
    steps: [
      'Downward-facing dog: hands and feet on the mat, hips high; pedal the heels gently for five breaths.',
      'Low lunge: one knee down, the other foot forward; sink the hips for five breaths, then switch.',
      'Half splits: from the low lunge, shift the hips back and straighten the front leg, toes up, for five breaths a side.',
      'Seated forward fold: legs out in front, hinge towards the feet for eight breaths.',
      'Lying figure-four: on your back, cross one ankle over the other knee and draw the legs in for five breaths a side.',
      'Finish lying still on your back for a minute.'
    ],
    cues: ['Bend the knees in every fold if the back starts to round.', 'Each pose should feel like relief, not effort.'],
    breathing: ['Breathe slowly through the nose; each pose is counted in breaths.'],
    safety: [
      'Move slowly between poses and come out of any pose that pinches.',
      'With lower back pain, keep the knees bent in the folds.',
      'Have a drink of water afterwards.'
    ],
    cautions: [{ area: 'wrist', note: 'Wrist pain: swap downward dog for a standing forward fold with hands on a chair seat.' }],
    needsSpotter: false,
    variations: ['Five-minute version: half splits and the seated fold only.', 'End with legs up the wall.']
  },
  {
    key: 'foam-rolling',
    name: 'Foam rolling',
    aliases: ['Foam roller', 'Self-massage with a foam roller', 'Active recovery'],
    summary:
      'Slow rolling along the backs of the thighs and the calves with a foam roller after training, as active recovery. Pair it with plenty of water: staying hydrated helps the muscles repair.',
    category: 'cool-down',
    pattern: 'mobility',
    primaryMuscles: [...HAMSTRINGS, 'gastrocnemius', 'soleus'],
    secondaryMuscles: ['gluteus-maximus'],
    equipment: ['foam-roller'],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'duration',
    defaultPrescription: { sets: 1, reps: null, holdSeconds: null, durationMinutes: 5, distanceMeters: null, restSeconds: 0, perSide: false },
    steps: [
      'Sit on the floor with the roller under the back of one thigh and your hands on the floor behind you.',
      'Lift your hips and roll slowly from just above the knee to just below the buttock, for about a minute.',
      'Pause for a few breaths on any tender spot without pressing hard.',
      'Move the roller under your calf and roll from ankle to just below the knee for another minute.',
      'Repeat on the other leg.',
      'Finish with a good drink of water.'
    ],
    cues: ['Slow: a couple of centimetres a second.', 'Cross the other leg on top for more pressure, only if comfortable.'],
    breathing: ['Keep breathing slowly, especially over tender spots.'],
    safety: ['Roll the muscles, never the back of the knee itself.', 'Tender is fine; sharp pain is not.'],
    cautions: [],
    needsSpotter: false,
    variations: ['Both legs on the roller at once for less pressure.', 'Stretching, a rest day and good hydration are active recovery too.']
  }
]
