/** A regression/progression chain of built-in exercise keys, easiest first. */
export interface Ladder {
  key: string
  name: string
  steps: string[]
}

// Keys are the stable built-in keys; a test checks that every one exists and appears once per ladder.
export const LADDERS: Ladder[] = [
  { key: 'bridge', name: 'Bridges', steps: ['floor-bridge', 'pelvic-lift-chair', 'hip-thrust'] },
  {
    key: 'leg-curl',
    name: 'Leg curls',
    steps: ['prone-floor-leg-curl', 'stability-ball-leg-curl', 'seated-leg-curl-machine', 'lying-leg-curl-machine', 'dumbbell-leg-curl-incline']
  },
  {
    key: 'stiff-leg-hinge',
    name: 'Stiff-leg hinges',
    steps: ['stiff-leg-deadlift-household', 'stiff-leg-deadlift-dumbbells', 'stiff-leg-deadlift-barbell', 'good-morning-barbell']
  },
  { key: 'squat-lunge', name: 'Squats and lunges', steps: ['bodyweight-squat', 'extended-lunge', 'chair-lunge', 'walking-lunges'] },
  { key: 'deadlift', name: 'Towards the deadlift', steps: ['stiff-leg-deadlift-household', 'single-leg-deadlift', 'deadlift'] }
]
