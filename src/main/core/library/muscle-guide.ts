import type { Muscle, MuscleGroup } from '../../../shared/exercises'

/** The muscle guide: one entry per display group, then the reading sections. Same shape as the contract's MuscleGuide. */
export interface MuscleGuide {
  groups: { group: MuscleGroup; title: string; muscles: Muscle[]; paragraphs: string[] }[]
  sections: { id: string; title: string; paragraphs: string[] }[]
}

// Written for clients as much as for trainers: short paragraphs that print well.
export const MUSCLE_GUIDE: MuscleGuide = {
  groups: [
    {
      group: 'hamstrings',
      title: 'Hamstrings: the back of the thigh',
      muscles: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
      paragraphs: [
        'Three muscles run down the back of each thigh, from the sitting bone to just below the knee: the biceps femoris on the outer side, and the semitendinosus and semimembranosus on the inner side.',
        'Together they bend the knee and help the hip muscles straighten the hip, so they are at work in every stride, jump, climb and bend.',
        'Strong, supple hamstrings steady the knee joint and share the work with the front of the thigh, which is why they matter so much for healthy knees.'
      ]
    },
    {
      group: 'glutes',
      title: 'Glutes: the buttocks',
      muscles: ['gluteus-maximus'],
      paragraphs: [
        'The gluteus maximus is the large muscle of the buttock. It powers the hip forward when you stand up out of a hinge, climb or sprint.',
        'It works as a team with the hamstrings in bridges, deadlifts and lunges; runners especially should train the two together.'
      ]
    },
    {
      group: 'calves',
      title: 'Calves: the back of the lower leg',
      muscles: ['gastrocnemius', 'soleus'],
      paragraphs: [
        'The calf has two main muscles: the gastrocnemius, the rounded muscle you can see, which crosses the knee, and the flatter soleus underneath it.',
        'They lift the heel when you rise onto your toes, push you off the ground when you walk, and soften landings. Calf raises and walking train both; bending the knee shifts more of the work to the soleus.'
      ]
    },
    {
      group: 'quads',
      title: 'Quads: the front of the thigh',
      muscles: ['quadriceps'],
      paragraphs: [
        'The quadriceps at the front of the thigh straighten the knee. In most people they are much stronger than the hamstrings.',
        'That gap matters: when the back of the thigh is weak compared with the front, strains and tears become more likely. Good programs train both sides of the thigh.'
      ]
    },
    {
      group: 'lower-back',
      title: 'Lower back',
      muscles: ['erector-spinae'],
      paragraphs: [
        'The erector spinae run along either side of the spine and hold it upright. They keep the back flat in every hinge, and deadlifts train them directly.',
        'Tight or weak hamstrings tug on the pelvis and make the hips work harder, which often shows up as lower back pain.'
      ]
    },
    {
      group: 'core',
      title: 'Core: the abdominals',
      muscles: ['core'],
      paragraphs: [
        'The abdominal muscles brace the trunk. Drawing them in during bridges, squats and lifts protects the lower back.',
        'Working together with the hamstrings and glutes, they keep the pelvis level, which is the basis of good posture.'
      ]
    }
  ],
  sections: [
    {
      id: 'why',
      title: 'Why train the back of the legs',
      paragraphs: [
        'Posture: strong hamstrings, with the core and the other leg muscles, hold the pelvis steady and take strain off the lower back, so standing and moving feel easier.',
        'Injury prevention: hamstrings that are weak next to the quadriceps are the ones that get strained or torn. Bringing them up to strength protects the whole leg.',
        'Knee support: the hamstrings cross the back of the knee and help keep the joint stable.',
        'Performance: powerful hamstrings mean faster sprints, higher jumps and better starting, stopping and changing direction.',
        'Flexibility and range of motion: strong, supple hamstrings cramp and stiffen less, so movement in training and in daily life is freer.',
        'Less lower back pain: tight or weak hamstrings are a frequent cause of it.',
        'Everyday mobility: climbing stairs, bending down to pick something up and getting up from a chair all depend on the back of the legs, more so with every decade.'
      ]
    },
    {
      id: 'self-check',
      title: 'Before you start: a quick self-check',
      paragraphs: [
        'Check your fitness before starting a new program, ideally with your trainer.',
        'Stand with your legs straight and reach down. If even your fingertips cannot touch the floor, your hamstrings lack flexibility: start gently and stretch after every session.',
        'Do you often feel something like a crawling or tingling sensation behind your knees or down the backs of your legs? Have a doctor or physiotherapist look at it before you train hard.'
      ]
    },
    {
      id: 'how-to-train',
      title: 'How to train them',
      paragraphs: [
        'Two to three sessions a week for the back of the legs is the target.',
        'Leave at least 48 hours between two sessions that load the same muscles; they grow stronger while they recover.',
        'Start every session with a warm-up (about ten minutes of light cardio or dynamic stretches, then hamstring and calf stretches) and finish with a cool-down of stretches.',
        'Keep it balanced: train the quadriceps and the calves as well, not only the hamstrings.',
        'Progress gradually: over the weeks, add weight or resistance, more repetitions or an extra session, never all at once.',
        'Vary the moves: several different exercises (hinges, curls, bridges, lunges) work the muscles from different angles, where one or two moves soon stop working.',
        'Form comes before volume: fewer good repetitions beat many sloppy ones. Have your form checked whenever you learn a new exercise.'
      ]
    },
    {
      id: 'what-to-expect',
      title: 'What to expect',
      paragraphs: [
        'Weeks 1 to 4: the muscles last longer before they tire (endurance).',
        'Weeks 5 to 8: visible definition starts to show.',
        'Weeks 9 to 12: strength improves noticeably.',
        'This only happens with regular training, so consistency matters more than any single session.'
      ]
    },
    {
      id: 'recovery',
      title: 'Rest and recovery',
      paragraphs: [
        'Muscles repair and strengthen between sessions, so rest days are part of the plan, not a break from it. Training too often leads to injury and stalls progress.',
        'Active recovery helps: stretching, foam rolling and a short yoga session after training.',
        'Drink enough water and eat well: hydration and good food fuel both the workouts and the repair afterwards.'
      ]
    },
    {
      id: 'safety',
      title: 'Safety',
      paragraphs: [
        'Pain is never part of training. Stop at once if a pain is sudden, sharp or does not go away, and see a health professional before continuing.',
        'Use weights you can control from the first rep to the last, and go lighter while you are starting out.',
        'Never lift heavy alone. Some moves, such as the good morning with a barbell, always need a spotter and are only for clients who have lifted regularly for several months.'
      ]
    }
  ]
}
