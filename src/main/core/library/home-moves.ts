import { HAMSTRINGS, STOP_IF_PAIN, type BuiltinExercise } from './builtin'

// Strength moves for home and for beginners, plus walking. Facts from our source articles, wording our own.

export const HOME_MOVES: BuiltinExercise[] = [
  {
    key: 'stiff-leg-deadlift-household',
    name: 'Stiff-leg deadlift with household weights',
    aliases: ['Stiff-leg deadlift at home', 'Stiff-legged deadlift with tins', 'Straight-leg deadlift with cans'],
    summary:
      'A hip hinge for the backs of the thighs that needs nothing more than two full tins or water bottles, or one long object held in both hands. The knees stay soft while the hips fold and unfold, so the hamstrings do the lifting.',
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'erector-spinae'],
    equipment: ['household-weights'],
    level: 'beginner',
    setting: 'home',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 10, max: 12 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Take a tin, can or filled bottle in each hand, palms turned towards your thighs. A single long, evenly weighted object held with both hands works as well.',
      'Stand tall with your feet roughly shoulder-width apart and unlock your knees so they are a little bent.',
      'With long arms and a flat back, push your hips backwards and let the weights slide down the front of your legs until they hover a few centimetres off the floor, or as low as your back stays flat.',
      'Drive your hips forward to come back up, legs straight and arms hanging at your sides again.',
      'Soften the knees once more before the next rep and carry on until the set is done.'
    ],
    cues: [
      'Think "hips back", not "chest down": the fold happens at the hips.',
      'Hold the small knee bend steady on the way down so the hamstrings stay in charge.',
      'Weights stay close to your legs the whole time.'
    ],
    breathing: ['Breathe in as you fold forward, breathe out as you stand back up.'],
    safety: [
      'Keep the lower back flat; the moment it starts to round, that is as low as you go today.',
      'Full tins are plenty to begin with: only use objects you can grip firmly and control.',
      STOP_IF_PAIN
    ],
    cautions: [{ area: 'lower-back', note: 'Lower back pain: keep the range short (hands to the knees) and the weights light, or use the floor bridge until cleared.' }],
    needsSpotter: false,
    variations: [
      'From the floor, as one source teaches it: set the weights just in front of your toes, hinge down to grasp them shoulder-width apart, stand up, and put them back down at the end of the set.',
      'One long weight held in both hands in front of your thighs instead of two separate ones.',
      'No weights at all: the same hinge with your hands sliding down your thighs.'
    ]
  },
  {
    key: 'single-leg-deadlift',
    name: 'Single-leg deadlift',
    aliases: ['Single-legged deadlift', 'One-leg deadlift', 'Single-leg RDL'],
    summary:
      'A one-legged hip hinge: the body tips forward as the free leg reaches back, so the standing hamstring works hard and balance gets trained along the way. Light household weights are optional.',
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'core'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 2, reps: { min: 8, max: 10 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 45, perSide: true },
    steps: [
      'Stand tall with your arms long by your sides (a light can in each hand if you are using weights).',
      'Shift your weight onto your right foot and float the left foot just off the floor.',
      'Tip your upper body forward from the hips while the left leg reaches straight back, until body and back leg form one long line, or as far as you can stay steady.',
      'Pause for a moment, then bring your body upright again with the left foot still hovering.',
      'Finish the reps on this side, then swap and work the left leg as the standing one.'
    ],
    cues: [
      'Hips stay square to the floor; do not let the raised hip open out to the side.',
      'Keep a soft bend in the standing knee.',
      'Slow and controlled beats deep and wobbly.'
    ],
    breathing: ['Breathe in as you tip forward, breathe out as you rise.'],
    safety: [
      'Stand within reach of a wall or chair back until your balance is reliable.',
      'Reach back only as far as you can hold steady; overreaching is how people topple.',
      STOP_IF_PAIN
    ],
    cautions: [
      { area: 'balance', note: 'Balance problems or dizziness: keep one hand on a chair or wall, or use the two-legged stiff-leg deadlift instead.' },
      { area: 'lower-back', note: 'Lower back pain: keep the forward tilt small and the back flat, and leave out the weights.' }
    ],
    needsSpotter: false,
    variations: [
      'Weighted: a food tin or similar light object in each hand, as one source teaches it.',
      'Bodyweight with one hand resting on a wall for support.',
      'The sources pace it differently: finish one leg before the other, or switch legs every few reps. Both work.'
    ]
  },
  {
    key: 'extended-lunge',
    name: 'Extended lunge with a one-second hold',
    aliases: ['Extended lunge', 'Long-step lunge', 'Long lunge'],
    summary:
      'A lunge taken with a longer stride than usual and paused for a second at the bottom. The front leg and its buttock lower and lift you while the back leg gets a stretch along the front of the thigh.',
    category: 'strength',
    pattern: 'lunge',
    primaryMuscles: ['gluteus-maximus', 'quadriceps'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 2, reps: { min: 8, max: 10 }, holdSeconds: 1, durationMinutes: null, distanceMeters: null, restSeconds: 45, perSide: true },
    steps: [
      'Clear some floor space and stand tall with your feet together.',
      'Step one foot forward, clearly further than a normal stride, until you feel a stretch.',
      'Bend both knees and lower the back knee towards the floor.',
      'Hold the bottom for one second: the back thigh stretches at the front while the buttock of the front leg does the work.',
      'Push through the front foot and rise slowly to where you started.',
      'Do all your reps on that side, then lead with the other leg.'
    ],
    cues: [
      'Chest up, weight over the front heel.',
      'Front knee tracks over the middle toes.',
      'Lower with control; never drop onto the back knee.'
    ],
    breathing: ['Breathe in on the way down, breathe out as you press back up.'],
    safety: [
      'Let the back knee come down gently; a folded towel under it helps on hard floors.',
      'Use a wall or chair for balance if you wobble.',
      STOP_IF_PAIN
    ],
    cautions: [
      { area: 'knee', note: 'Knee pain: shorten both the step and the depth, and stop if the front knee hurts.' },
      { area: 'balance', note: 'Unsteady balance: keep one hand on a wall or chair back throughout.' }
    ],
    needsSpotter: false,
    variations: ['Shorter step for less stretch and easier balance.', 'Hold the bottom for two or three seconds once one second feels easy.']
  },
  {
    key: 'bodyweight-squat',
    name: 'Bodyweight squat',
    aliases: ['Squat', 'Air squat', 'Body-weight squat'],
    summary:
      'The basic squat with no load. Sitting the hips back with the weight in the heels brings the hamstrings and glutes into play alongside the front of the thighs.',
    category: 'strength',
    pattern: 'squat',
    primaryMuscles: ['quadriceps', 'gluteus-maximus'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 10, max: 15 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Stand with your feet a little wider than your hips, toes turned out slightly, arms relaxed at your sides with the palms facing in.',
      'Tighten your stomach muscles, keep your spine long and your chin level with the floor.',
      'Settle your weight back into your heels, then bend your knees and send your hips down and back as if sitting onto a chair.',
      'Go down until your thighs are as close to level with the floor as you can manage with a flat back and heels down.',
      'Press through your heels to stand, lifting hips and chest together.'
    ],
    cues: [
      'Feet stay planted; the heels never lift.',
      'Knees stay behind the line of the toes and point the same way as the feet.',
      'Back flat from start to finish.'
    ],
    breathing: ['Breathe in on the way down, breathe out as you push back up.'],
    safety: ['Only go as deep as you can with heels down and back flat.', STOP_IF_PAIN],
    cautions: [{ area: 'knee', note: 'Knee pain: squat to a high chair seat and stay above the painful range.' }],
    needsSpotter: false,
    variations: [
      'Squat to a chair: touch the seat lightly and stand again, for beginners or sore knees.',
      'Hold a household weight at your chest for more challenge.'
    ]
  },
  {
    key: 'stability-ball-leg-curl',
    name: 'Stability-ball leg curl',
    aliases: ['Ball leg curl', 'Swiss ball hamstring curl', 'Exercise-ball leg curl', 'Hamstring curls', 'Hamstring curl on a ball'],
    summary:
      'Lying on your back with your lower legs on a stability ball, you lift your hips and roll the ball in with your heels. Your own body weight is the resistance.',
    category: 'strength',
    pattern: 'knee-flexion',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'core'],
    equipment: ['stability-ball', 'mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 10, max: 15 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Lie on your back on a mat with your calves and heels resting on the ball and your arms spread out to the sides, palms down, to steady yourself.',
      'Lift your hips until your body is straight from shoulders to heels.',
      'Keeping the hips up, bend your knees and draw your heels towards you so the ball rolls in until your feet are on top of it.',
      'Straighten your knees slowly to roll the ball back out, hips still lifted.',
      'At the end of the set, lower your hips to the mat.'
    ],
    cues: [
      'The bend comes only from the knees; hips and back stay in one straight line.',
      'Press your arms into the floor to stay steady.',
      'Roll out slowly: that is where the hamstrings work hardest.'
    ],
    breathing: ['Breathe out as you roll the ball in, breathe in as you roll it away.'],
    safety: [
      'Start with a short roll until you can keep the ball from wobbling.',
      'Press through your arms, not your head; keep the neck relaxed on the mat.',
      STOP_IF_PAIN
    ],
    cautions: [{ area: 'lower-back', note: 'Lower back discomfort: lift the hips only a little, or go back to the prone floor leg curl.' }],
    needsSpotter: false,
    variations: [
      'Easier: lift the hips and simply hold the straight-body position on the ball, without curling.',
      'Harder: curl with one leg on the ball and the other lifted.',
      'Gym alternative at the same 3 x 10-15: the seated or lying leg-curl machine.'
    ]
  },
  {
    key: 'calf-raise-step',
    name: 'Calf raise on a step',
    aliases: ['Calf raise', 'Heel raise', 'Step calf raise'],
    summary:
      'Standing with the balls of your feet on a step or block, you rise onto your toes and let your heels sink below the edge, working both calf muscles through their full range.',
    category: 'strength',
    pattern: 'calf-raise',
    primaryMuscles: ['gastrocnemius', 'soleus'],
    secondaryMuscles: [],
    equipment: ['step'],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 12, max: 15 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 45, perSide: false },
    steps: [
      'Set up beside a wall, banister or sturdy chair you can touch for balance.',
      'Stand with the balls of both feet on the edge of a stair, platform or solid block, heels hanging off.',
      'Straighten your ankles to rise as high onto your toes as you can.',
      'Lower slowly, letting the heels dip below the step until the calves are well stretched.',
      'Repeat for the set.'
    ],
    cues: ['All the way up, all the way down, every rep.', 'Take the lowering slowly.', 'Knees straight but not locked.'],
    breathing: ['Breathe out as you rise, breathe in as you lower.'],
    safety: [
      'If you use a loose block, brace it against a wall so it cannot slide.',
      'Keep a hand on your support the whole time if your balance is unsure.',
      STOP_IF_PAIN
    ],
    cautions: [
      { area: 'balance', note: 'Balance problems: do it on flat floor, holding a support, instead of on the step.' },
      { area: 'ankle', note: 'Ankle or Achilles pain: skip the dip below the step and rise from flat ground.' }
    ],
    needsSpotter: false,
    variations: [
      'On flat floor for beginners or unsteady clients.',
      'One leg at a time once both legs together feel easy.',
      'Knees slightly bent to shift more of the work to the soleus.'
    ]
  },
  {
    key: 'walking',
    name: 'Walking',
    aliases: ['Brisk walk', 'Walking workout', 'Toning walk'],
    summary:
      'Aerobic walking firms the calves and the backs of the thighs. Aim for three or more walks a week of at least ten minutes each, in shoes that support you.',
    category: 'cardio',
    pattern: 'gait',
    primaryMuscles: ['gastrocnemius', 'soleus', ...HAMSTRINGS],
    secondaryMuscles: ['gluteus-maximus', 'quadriceps'],
    equipment: [],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'duration',
    defaultPrescription: { sets: 1, reps: null, holdSeconds: null, durationMinutes: 10, distanceMeters: null, restSeconds: 0, perSide: false },
    steps: [
      'Put on shoes with good arch support, a firm heel and a sole thick enough for the ground you will cover.',
      'Start at an easy pace for the first couple of minutes.',
      'Pick up to a brisk pace and tip forward slightly from the hips to carry your momentum.',
      'Keep your toes working through each step, rolling from heel to toe and pushing off.',
      'Keep going for at least ten minutes, easing the pace for the last minute or two.',
      'Repeat at least three times a week, lengthening the walks as they get easy.'
    ],
    cues: [
      'Lean from the hips, not by slumping the shoulders.',
      'Push the ground away with your toes at the end of each step.',
      'Brisk enough to breathe faster, easy enough to talk.'
    ],
    breathing: ['Breathe naturally and rhythmically; if you cannot say a short sentence, slow down.'],
    safety: ['Match the shoes to the surface: proper arch and heel support matter more than looks.', 'Take water on longer or warmer walks.', STOP_IF_PAIN],
    cautions: [{ area: 'foot', note: 'Foot pain: check the shoes first (arch support, solid heel) and keep walks short and on even ground.' }],
    needsSpotter: false,
    variations: ['Treadmill walk in the gym.', 'Add gentle hills once a brisk walk on the flat is easy.', 'Build from 10 minutes towards 30 as fitness improves.']
  },
  {
    key: 'floor-bridge',
    name: 'Floor bridge',
    aliases: ['Classic pelvic lift', 'Pelvic lift', 'Floor pelvic lift', 'Bridge'],
    summary:
      'The classic pelvic lift with feet flat on the floor: the easiest of the bridges, and the starting point before the chair version.',
    category: 'strength',
    pattern: 'bridge',
    primaryMuscles: ['gluteus-maximus'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: ['mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 2, reps: { min: 10, max: 12 }, holdSeconds: 5, durationMinutes: null, distanceMeters: null, restSeconds: 45, perSide: false },
    steps: [
      'Lie on your back on a mat, knees bent, feet flat and hip-width apart, arms by your sides.',
      'Brace your stomach muscles.',
      'Push through your heels and lift your hips until knees, hips and shoulders make a straight line.',
      'Hold for a count of five, squeezing your buttocks.',
      'Roll back down slowly, one part of the spine at a time, and repeat.'
    ],
    cues: [
      'Heels close to the buttocks works the glutes more; further away brings in more hamstring.',
      'Ribs down: do not push into an arch at the top.'
    ],
    breathing: ['Breathe out as you lift, breathe in as you lower.'],
    safety: ['Rest your weight on your shoulders, never on your neck.', STOP_IF_PAIN],
    cautions: [],
    needsSpotter: false,
    variations: [
      'Harder: rest the calves on a chair seat (pelvic lift with calves on a chair).',
      'Alternate sets of this and the chair version for a fuller workout of the same muscles.',
      'Marching: at the top, lift one foot a few centimetres at a time.'
    ]
  },
  {
    key: 'pelvic-lift-chair',
    name: 'Pelvic lift with calves on a chair',
    aliases: ['Pelvic lift with chair', 'Chair pelvic lift', 'Chair bridge', 'Elevated bridge on a chair'],
    summary:
      'A bridge with your calves resting on a chair seat instead of your feet on the floor, which shifts the work towards the hamstrings. Each lift is held for a count of five; about twelve to start, up to about thirty once you are at an intermediate level.',
    category: 'strength',
    pattern: 'bridge',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'core'],
    equipment: ['chair', 'mat'],
    level: 'beginner',
    setting: 'home',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 1, reps: { min: 12, max: 12 }, holdSeconds: 5, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Lie on your back on a mat in front of a sturdy chair and rest both calves on the seat, arms by your sides.',
      'Pull your stomach muscles in firmly.',
      'Press down through your heels and raise your pelvis as high as you comfortably can.',
      'Hold at the top for a count of five.',
      'Lower slowly back to the mat and go again.'
    ],
    cues: [
      'Heels press into the seat: that is what brings the hamstrings in.',
      'Keep the stomach braced so the lower back does not sag into an arch.',
      'Count the hold out loud: five steady counts.'
    ],
    breathing: ['Breathe out as you lift, keep breathing through the hold, breathe in as you lower.'],
    safety: ['Stand the chair against a wall so it cannot slide away.', STOP_IF_PAIN],
    cautions: [{ area: 'lower-back', note: 'Lower back pain: lift only a short way with the stomach braced; use the floor bridge if it still aggravates.' }],
    needsSpotter: false,
    variations: [
      'Easier: the classic floor bridge with feet flat on the floor.',
      'Alternate sets of the chair version and the floor version.',
      'Intermediate clients can build up to about 30 lifts.'
    ]
  },
  {
    key: 'chair-lunge',
    name: 'Chair lunge',
    aliases: ['Rear-foot-elevated lunge', 'Bulgarian split squat', 'Lunge with back foot on a chair'],
    summary:
      'A lunge with the back foot resting on a chair seat. Holding the bottom for a slow count of five builds a real glow in the back of the leg. Beginners: three rounds of ten on each leg.',
    category: 'strength',
    pattern: 'lunge',
    primaryMuscles: ['gluteus-maximus', 'quadriceps'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: ['chair'],
    level: 'beginner',
    setting: 'home',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 10, max: 10 }, holdSeconds: 5, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: true },
    steps: [
      'Stand a stride in front of a sturdy chair, facing away from it, and rest one foot on the seat behind you.',
      'Inch the front foot a little further forward into a comfortable lunge, chest open and head up.',
      'Bend the back knee and ease your pelvis forward, keeping your back straight.',
      'Hold for a slow count of five, until warmth builds in the back of the leg.',
      'Come up, repeat for the set, then change legs.'
    ],
    cues: ['Tall posture: chest open, eyes forward.', 'Front knee follows the front toes.', 'Most of your weight stays on the front foot.'],
    breathing: ['Breathe in as you lower, breathe steadily through the hold, breathe out as you rise.'],
    safety: ['Put the chair against a wall so it cannot move.', 'Keep a wall or second chair within reach for balance.', STOP_IF_PAIN],
    cautions: [
      { area: 'knee', note: 'Knee pain: reduce the depth, or go back to the extended lunge on flat ground.' },
      { area: 'balance', note: 'Unsteady balance: keep one hand on a wall or a second chair.' }
    ],
    needsSpotter: false,
    variations: [
      'More experienced clients can add rounds (our source mentions going past five); add sets rather than cutting the hold short.',
      'Hold a household weight in each hand for extra load.'
    ]
  },
  {
    key: 'prone-floor-leg-curl',
    name: 'Prone floor leg curl',
    aliases: ['Prone leg curl on a mat', 'Lying leg curl on the floor', 'Floor leg curl', 'Mat leg curl'],
    summary:
      'A low-impact hamstring curl done face down on a mat, propped on your elbows: the first curl for beginners, bodyweight only and slow in both directions. About ten reps to start.',
    category: 'strength',
    pattern: 'knee-flexion',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['mat'],
    level: 'beginner',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 2, reps: { min: 10, max: 10 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 45, perSide: false },
    steps: [
      'Lie face down on a mat and raise your upper body onto your forearms, elbows under your shoulders.',
      'Keep your head in line with your spine, eyes on the mat a little ahead of you.',
      'Breathing in, slowly bend your knees and bring your calves up as far as they will go.',
      'Breathing out, lower them to the mat just as slowly.',
      'Repeat, about ten times to start.'
    ],
    cues: ['Hips stay pressed into the mat.', 'Same slow speed up and down.', 'Do not crane your neck to look up.'],
    breathing: [
      'Breathe in as your calves lift, breathe out as you lower them, as our source teaches it.',
      'If the opposite timing feels more natural, use it; the one rule is not to hold your breath.'
    ],
    safety: [
      'Put a folded towel under your hips or elbows on a hard floor.',
      'If resting on your elbows pinches your lower back, lie flat with your forehead on your hands.',
      STOP_IF_PAIN
    ],
    cautions: [],
    needsSpotter: false,
    variations: [
      'Loop a light resistance band around your ankles, anchored to a heavy piece of furniture, for more resistance.',
      'Ankle weights once ten slow reps feel easy.',
      'In the gym: the lying leg-curl machine, with weights.'
    ]
  }
]
