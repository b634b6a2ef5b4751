import { CONTROLLABLE_LOAD, HAMSTRINGS, NEVER_HEAVY_ALONE, STOP_IF_PAIN, type BuiltinExercise } from './builtin'

// Gym strength moves, intermediate and advanced. Prescriptions follow the sources' suggested routine.

export const GYM_MOVES: BuiltinExercise[] = [
  {
    key: 'seated-leg-curl-machine',
    name: 'Seated leg-curl machine',
    aliases: ['Seated leg curl', 'Seated hamstring curl', 'Hamstring curls', 'Leg curl machine (seated)'],
    summary:
      'A machine curl done sitting up, with the pad against the lower calves. A one-second squeeze and a slow return keep the hamstrings working the whole way.',
    category: 'strength',
    pattern: 'knee-flexion',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['leg-curl-machine'],
    level: 'intermediate',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 10, max: 15 }, holdSeconds: 1, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Sit with your back flat against the backrest and select a weight you can control.',
      'Adjust the moving pad so it sits across your lower calves, just above the heels.',
      'Begin with your legs straight out and your toes pointed.',
      'Keeping your body upright and your back on the rest, draw your heels down and back towards your buttocks.',
      'Squeeze there for one second.',
      'Let your feet travel slowly back up to the start, resisting the weight all the way.'
    ],
    cues: ['Back stays on the backrest; no rocking.', 'Count two or three seconds on the way back.', 'Line your knees up with the pivot point of the machine.'],
    breathing: ['Breathe out as you curl, breathe in as you return.'],
    safety: [CONTROLLABLE_LOAD, 'Ask gym staff or your trainer to help set the machine up the first time.', STOP_IF_PAIN],
    cautions: [{ area: 'knee', note: 'Knee pain: shorten the range and lighten the weight; stop if the pain is inside the joint.' }],
    needsSpotter: false,
    variations: ['Lying leg-curl machine: the face-down version.', 'Stability-ball leg curl when no machine is free.']
  },
  {
    key: 'lying-leg-curl-machine',
    name: 'Lying leg-curl machine',
    aliases: ['Lying leg curl', 'Prone leg-curl machine', 'Hamstring curls'],
    summary:
      'The machine version of the floor leg curl: face down, with weight added. The natural next step once ten slow floor curls are easy.',
    category: 'strength',
    pattern: 'knee-flexion',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['leg-curl-machine'],
    level: 'intermediate',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 10, max: 15 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Choose a light weight and lie face down with your knees just past the end of the bench and the pad resting on the backs of your lower legs, above the heels.',
      'Hold the handles and keep your hips pressed into the bench.',
      'Curl your heels towards your buttocks in one smooth arc.',
      'Pause briefly at the top.',
      'Lower under control until your legs are almost straight, then go again.'
    ],
    cues: ['Hips down: if they lift, the weight is too heavy.', 'Smooth, never jerky.'],
    breathing: ['Breathe out as you curl up, breathe in as you lower.'],
    safety: [CONTROLLABLE_LOAD, STOP_IF_PAIN],
    cautions: [{ area: 'knee', note: 'Knee pain: shorten the range and lighten the weight; stop if the pain is inside the joint.' }],
    needsSpotter: false,
    variations: ['Seated leg-curl machine.', 'One leg at a time with a lighter weight.']
  },
  {
    key: 'glute-bridge',
    name: 'Glute bridge',
    aliases: ['Glute bridges', 'Hip bridge'],
    summary:
      'A bridge done for volume, three sets of fifteen, driving up through the glutes and the backs of the thighs. Add a weight across the hips in the gym once bodyweight gets easy.',
    category: 'strength',
    pattern: 'bridge',
    primaryMuscles: ['gluteus-maximus'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: ['mat'],
    level: 'intermediate',
    setting: 'both',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 15, max: 15 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: false },
    steps: [
      'Lie face up on a mat with knees bent, feet flat about hip-width apart and heels roughly a forearm away from your buttocks.',
      'Brace your core and press your arms lightly into the floor.',
      'Drive through your heels to lift your hips, leading with the glutes and hamstrings, until knees, hips and shoulders line up.',
      'Squeeze briefly at the top without arching your back.',
      'Lower under control until your buttocks just brush the mat, then go straight into the next rep.'
    ],
    cues: ['Push the floor away with your heels.', 'Squeeze the buttocks at the top, not the lower back.', 'Steady rhythm: fifteen controlled reps.'],
    breathing: ['Breathe out as the hips rise, breathe in as they lower.'],
    safety: ['Add weight only when every rep of the last set stays clean.', STOP_IF_PAIN],
    cautions: [],
    needsSpotter: false,
    variations: [
      'Weighted: a dumbbell or padded barbell resting across the hips.',
      'Easier: the floor bridge, with a five-count hold and fewer reps.',
      'Single-leg glute bridge for more load on each side.'
    ]
  },
  {
    key: 'hip-thrust',
    name: 'Hip thrust',
    aliases: ['Barbell hip thrust', 'Bench hip thrust'],
    summary:
      'The heavier bridge: shoulders on a bench, a padded bar across the hips, and a strong drive upwards through the glutes and hamstrings. Three sets of eight to twelve.',
    category: 'strength',
    pattern: 'bridge',
    primaryMuscles: ['gluteus-maximus'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: ['bench', 'barbell'],
    level: 'intermediate',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 8, max: 12 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 90, perSide: false },
    steps: [
      'Sit on the floor with your upper back against the long edge of a bench, which should meet you just below the shoulder blades.',
      'Roll a padded barbell over your legs until it rests in the crease of your hips, and steady it with both hands.',
      'Plant your feet flat about hip-width apart, knees bent.',
      'Drive through your heels and raise your hips until thighs and torso are level with the floor and your shins are upright.',
      'Squeeze your glutes for a moment, then lower the hips under control until they nearly reach the floor.'
    ],
    cues: [
      'Chin tucked, eyes forward: your head moves with your torso.',
      'Lift with the glutes and hamstrings, not by arching the lower back.',
      'Ribs stay down at the top.'
    ],
    breathing: ['Breathe in and brace at the bottom, breathe out as you finish each lift.'],
    safety: ['Always pad the bar where it meets the hips.', 'Set the bench against a wall or rack so it cannot slide.', CONTROLLABLE_LOAD, STOP_IF_PAIN],
    cautions: [{ area: 'lower-back', note: 'Lower back pain: keep the load light and stop the lift at hip level so the back never arches.' }],
    needsSpotter: false,
    variations: [
      'Bodyweight, or one dumbbell on the hips, before moving to a barbell.',
      'Easier: the pelvic lift with calves on a chair, or the floor bridge.'
    ]
  },
  {
    key: 'walking-lunges',
    name: 'Walking lunges',
    aliases: ['Walking lunge', 'Travelling lunges', 'Dumbbell walking lunges'],
    summary:
      'Lunges that travel forward stride after stride, working the hamstrings and glutes on every step while training balance. Two sets of twelve to fifteen per leg; hold dumbbells for extra challenge.',
    category: 'strength',
    pattern: 'lunge',
    primaryMuscles: ['gluteus-maximus', 'quadriceps'],
    secondaryMuscles: [...HAMSTRINGS, 'core'],
    equipment: [],
    level: 'intermediate',
    setting: 'both',
    laterality: 'one-side',
    measurement: 'reps',
    defaultPrescription: { sets: 2, reps: { min: 12, max: 15 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 60, perSide: true },
    steps: [
      'Stand tall at one end of a clear stretch of floor, with a dumbbell in each hand if you are using them.',
      'Step forward into a lunge and sink until both knees are bent to about a right angle, the back knee just above the floor.',
      'Push through the front heel and bring the back foot through, straight into the next lunge on the other leg.',
      'Keep travelling, alternating legs, until each leg has done its reps.',
      'Turn round carefully and stand tall before the next set.'
    ],
    cues: ['Chest up, eyes ahead.', 'A stride long enough that the front knee stays over the ankle.', 'Steady pace; pause whenever you wobble.'],
    breathing: ['Breathe in as you lower, breathe out as you push forward and up.'],
    safety: [
      'Check the floor is clear and dry before you start.',
      'Choose dumbbells light enough that your balance never fails, and put them down before your form slips.',
      STOP_IF_PAIN
    ],
    cautions: [
      { area: 'knee', note: 'Knee pain: reduce the depth, or do lunges in place holding a support.' },
      { area: 'balance', note: 'Unsteady balance: do the extended lunge in place beside a wall instead.' }
    ],
    needsSpotter: false,
    variations: ['With a dumbbell in each hand for more load.', 'Lunges in place (no travelling) while learning.']
  },
  {
    key: 'deadlift',
    name: 'Deadlift',
    aliases: ['Barbell deadlift', 'Conventional deadlift', 'Deadlifts'],
    summary:
      'The classic compound lift from the floor, training the hamstrings, glutes and lower back together. Three sets of eight to twelve, with form checked before the weight goes up.',
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: [...HAMSTRINGS, 'gluteus-maximus', 'erector-spinae'],
    secondaryMuscles: ['quadriceps', 'core'],
    equipment: ['barbell'],
    level: 'intermediate',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 8, max: 12 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 120, perSide: false },
    steps: [
      'Stand with the middle of your feet under the bar, feet about hip-width apart.',
      'Hinge at the hips and bend your knees just enough to take an overhand grip, hands just outside your legs.',
      'Flatten your back, lift your chest and draw your shoulders slightly back so the bar sits snug against your shins.',
      'Push the floor away with your legs and bring your hips forward, keeping the bar close, until you stand tall.',
      'Reverse it: hips back first, then knees, guiding the bar down along your legs to the floor.'
    ],
    cues: ['The bar brushes your legs all the way up and down.', 'Back stays flat; hips and shoulders rise together.', 'Stand tall at the top without leaning back.'],
    breathing: ['Breathe in and brace your stomach before each pull, breathe out at the top or once the bar is back on the floor.'],
    safety: ['Have a trainer check your form before you add weight.', CONTROLLABLE_LOAD, NEVER_HEAVY_ALONE, STOP_IF_PAIN],
    cautions: [{ area: 'lower-back', note: 'Lower back pain: only with clearance, starting from raised blocks or with the household-weight stiff-leg deadlift at a light load.' }],
    needsSpotter: false,
    variations: ['Dumbbell deadlift with one weight in each hand.', 'Pull from raised blocks to shorten the range.']
  },
  {
    key: 'stiff-leg-deadlift-dumbbells',
    name: 'Stiff-legged deadlift with dumbbells',
    aliases: ['Dumbbell stiff-legged deadlift', 'Dumbbell stiff-leg deadlift', 'Stiff-leg deadlift with dumbbells'],
    summary:
      'A stiff-leg hinge with a dumbbell in each hand, lowered to between knee and foot. The dumbbell source teaches breathing out on the way down, the reverse of the barbell version; both are kept here.',
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'erector-spinae'],
    equipment: ['dumbbells'],
    level: 'advanced',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 8, max: 12 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 90, perSide: false },
    steps: [
      'Grip a dumbbell firmly in each hand, arms hanging long at your sides.',
      'Set your feet at shoulder width or a touch narrower, knees a little bent, body upright.',
      'Without moving your knees, hinge forward from the hips and lower the weights until they are somewhere between knee and ankle and the backs of your thighs are stretched.',
      'Come back to upright by driving your hips forward and lifting through the waist.',
      'Repeat smoothly for the set.'
    ],
    cues: ['Knees stay still; only the hips hinge.', 'Dumbbells travel close to your legs.', 'Smooth reps, no jerking.'],
    breathing: [
      'As the dumbbell source teaches it: breathe out as you lower, breathe in as you come back up.',
      'That is the reverse of the barbell version (in on the way down, out on the way up). Either works if the client keeps breathing and never holds their breath.'
    ],
    safety: [
      'Pick dumbbells you can handle comfortably; when new to the move, go lighter than your usual weights to spare your back.',
      'Back flat throughout.',
      STOP_IF_PAIN
    ],
    cautions: [{ area: 'lower-back', note: 'Lower back pain: light weights and a short range only, or stay with the household-weight version until cleared.' }],
    needsSpotter: false,
    variations: [
      'From the floor, as one source describes it: start with the dumbbells by your toes (feet at shoulder width), hinge down with a straight back to lift them, and return them to the floor after each rep.',
      'One source finds this version harder than the barbell one, since each hand steadies its own weight; the ladder still places the barbell above it because it takes the heaviest loads.',
      'Lighter version at home: stiff-leg deadlift with household weights.'
    ]
  },
  {
    key: 'stiff-leg-deadlift-barbell',
    name: 'Stiff-legged deadlift with a barbell',
    aliases: ['Barbell stiff-legged deadlift', 'Stiff-leg deadlift with a bar', 'Barbell stiff-leg deadlift'],
    summary:
      'The loaded stiff-leg hinge: an overhand grip on a bar, knees held in a slight bend, lowering until the hamstrings stretch. Wrist straps help hold heavy loads.',
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'erector-spinae'],
    equipment: ['barbell'],
    level: 'advanced',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 8, max: 10 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 120, perSide: false },
    steps: [
      'Take the bar in an overhand grip (palms facing you), hands about shoulder-width apart; for heavy weights, wrap wrist straps round the bar as well.',
      'Stand tall with your feet shoulder-width apart or slightly narrower, knees softly bent and the bar hanging just below your waist.',
      'Breathing in, hold the knees exactly where they are and hinge at the hips, back flat, easing the bar forward and down.',
      'Go down only until the backs of your thighs feel a strong stretch; the bar usually ends up around mid-shin, between knees and feet.',
      'Breathing out, drive your hips forward and lift your chest back to the start.',
      'Repeat smoothly until the set is done.'
    ],
    cues: ['Knees fixed in their slight bend; all the motion is at the hips.', 'Steady speed: no yanking the bar from the bottom.', 'Bar close to the legs.'],
    breathing: [
      'Breathe in as you lower the bar, breathe out as you stand back up.',
      'The dumbbell version is taught with the opposite timing; see its entry.'
    ],
    safety: [
      'Back straight at all times; stop the descent where it would start to round.',
      'Straps help your grip on heavy sets; they do nothing to protect your back.',
      CONTROLLABLE_LOAD,
      NEVER_HEAVY_ALONE,
      STOP_IF_PAIN
    ],
    cautions: [
      { area: 'lower-back', note: 'Lower back pain: skip this one; the household-weight version at a short range is the safer choice.' },
      { area: 'hamstring', note: 'Recent hamstring strain: wait until cleared, then rebuild from the household-weight version.' }
    ],
    needsSpotter: false,
    variations: [
      'Dumbbells instead of a bar. One source rates the dumbbells as the harder of the two; here the barbell sits higher because it takes the heaviest loads.',
      'Without straps while the weight is moderate, to build grip strength.'
    ]
  },
  {
    key: 'dumbbell-leg-curl-incline',
    name: 'Dumbbell leg curl on an incline bench',
    aliases: ['Dumbbell leg curl', 'Lying dumbbell leg curl', 'Prone dumbbell hamstring curl'],
    summary:
      'A free-weight hamstring curl: face down on a slightly inclined bench, you hold a dumbbell between your feet and curl it towards your buttocks.',
    category: 'strength',
    pattern: 'knee-flexion',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gastrocnemius'],
    equipment: ['dumbbells', 'bench'],
    level: 'advanced',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 8, max: 12 }, holdSeconds: null, durationMinutes: null, distanceMeters: null, restSeconds: 90, perSide: false },
    steps: [
      'Set an adjustable bench to a gentle incline and stand a dumbbell on end at its foot.',
      'Lie face down with your knees right at the end of the bench.',
      'Clamp the dumbbell handle between your feet so it is held securely.',
      'Straighten your legs fully; if you feel unsteady, wrap your arms around the bench.',
      'Slowly bend your knees and bring the dumbbell up towards your buttocks.',
      'Pause, then lower it until your legs are straight again.'
    ],
    cues: ['Slow both ways: the weight must never swing.', 'Hips stay down on the bench.', 'Keep the feet flexed so the dumbbell stays locked in.'],
    breathing: ['Breathe out as you curl up, breathe in as you lower.'],
    safety: [
      'Start light: a dumbbell that slips falls towards your legs or the floor.',
      'Ask a partner to place the dumbbell between your feet and take it back after the set.',
      STOP_IF_PAIN
    ],
    cautions: [{ area: 'knee', note: 'Knee pain: light weight and a short range, or switch to a leg-curl machine.' }],
    needsSpotter: false,
    variations: ['A leg-curl machine for a steadier load.', 'Flat bench if no incline is available.']
  },
  {
    key: 'good-morning-barbell',
    name: 'Good morning with a barbell',
    aliases: ['Good morning', 'Barbell good morning', 'Good mornings'],
    summary:
      'An advanced hinge with a bar across the upper back: lean forward and hold for ten seconds. Only for clients who have lifted regularly for several months, and always with a spotter.',
    category: 'strength',
    pattern: 'hinge',
    primaryMuscles: HAMSTRINGS,
    secondaryMuscles: ['gluteus-maximus', 'erector-spinae', 'core'],
    equipment: ['barbell', 'squat-rack'],
    level: 'advanced',
    setting: 'gym',
    laterality: 'both-sides',
    measurement: 'reps',
    defaultPrescription: { sets: 3, reps: { min: 5, max: 6 }, holdSeconds: 10, durationMinutes: null, distanceMeters: null, restSeconds: 120, perSide: false },
    steps: [
      'With your spotter in place, set the bar in a rack at upper-chest height, loaded to suit your level.',
      'Step under it and settle the bar across the thick muscles at the top of your back (the trapezius), never on your neck; lift it out and step back.',
      'Set your feet shoulder-width apart and let your knees soften slightly.',
      'With a flat back, lean forward from the hips until the hamstrings are working, then hold that position for ten seconds.',
      'Breathe out as you come back up to standing.',
      'Rack the bar with your spotter after the last rep.'
    ],
    cues: [
      'Hinge from the hips; the knees keep their gentle bend.',
      'Back flat and chest proud the whole time.',
      'Lean only as far as you can hold comfortably for the full ten seconds.'
    ],
    breathing: ['Keep breathing steadily through the hold rather than holding your breath.', 'Breathe out as you rise.'],
    safety: [
      'Advanced clients only: several months of regular weight training come first.',
      'Always with a spotter, ideally one who knows personal training.',
      'Start with a light bar: the load sits far from the hips and multiplies the strain on the back.',
      STOP_IF_PAIN
    ],
    cautions: [
      { area: 'lower-back', note: 'Lower back problems: do not use this move.' },
      { area: 'neck', note: 'Neck problems: the bar rests across the upper back; choose a stiff-legged deadlift instead.' },
      { area: 'shoulder', note: 'Painful or stiff shoulders: holding the bar in place may hurt; choose a stiff-legged deadlift instead.' },
      { area: 'hamstring', note: 'Recent hamstring strain: leave it out until fully healed and cleared.' }
    ],
    needsSpotter: true,
    variations: [
      'Bodyweight good morning with hands behind the head, to learn the pattern.',
      'Continuous reps without the ten-second hold once the position is mastered.'
    ]
  }
]
