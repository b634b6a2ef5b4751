// Words for the exercise screens: prescriptions, counts and lists as a trainer would say them.

import type { Client } from '../../../../shared/clients'
import type { Exercise } from '../../../../shared/exercises'
import { BODY_AREA_LABELS, type BodyArea } from '../../../../shared/vocabulary'

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

function seconds(s: number): string {
  // Whole minutes read better from two minutes up; 90 s stays 90 s, as trainers say it.
  return s >= 120 && s % 60 === 0 ? `${s / 60} min` : `${s} s`
}

function metres(m: number): string {
  return m >= 1000 ? `${Number((m / 1000).toFixed(2))} km` : `${m} m`
}

type Prescription = Exercise['content']['defaultPrescription']

/** The default prescription in words: "3 sets × 8-12 reps, rest 90 s", "Hold 20 s per side, 2 times", "10 minutes". */
export function prescriptionText(p: Prescription, measurement: Exercise['content']['measurement']): string {
  const side = p.perSide ? ' per side' : ''
  let work: string
  switch (measurement) {
    case 'reps': {
      const reps = p.reps ? (p.reps.min === p.reps.max ? `${p.reps.min}` : `${p.reps.min}-${p.reps.max}`) : '?'
      work = `${p.sets === 1 ? '1 set' : `${p.sets} sets`} × ${reps} reps${side}`
      if (p.holdSeconds) work += `, hold ${seconds(p.holdSeconds)} each rep`
      break
    }
    case 'hold':
      work = `Hold ${seconds(p.holdSeconds ?? 0)}${side}${p.sets > 1 ? `, ${p.sets} times` : ''}`
      break
    case 'duration':
      work = `${p.sets > 1 ? `${p.sets} × ` : ''}${plural(p.durationMinutes ?? 0, 'minute', 'minutes')}${side}`
      break
    case 'distance':
      work = `${p.sets > 1 ? `${p.sets} × ` : ''}${metres(p.distanceMeters ?? 0)}${side}`
      break
  }
  return p.restSeconds > 0 ? `${work}, rest ${seconds(p.restSeconds)}` : work
}

/** "his", "her" or "their", from what the trainer recorded. */
export function possessiveOf(client: Pick<Client, 'sex'>): string {
  return client.sex === 'male' ? 'his' : client.sex === 'female' ? 'her' : 'their'
}

const AREA_WORDS: Partial<Record<BodyArea, string>> = { balance: 'balance', other: 'other limitation' }

/** A limitation area as it reads after "his": "knee", "lower back", "balance". */
export function areaWords(area: BodyArea): string {
  return AREA_WORDS[area] ?? BODY_AREA_LABELS[area].toLowerCase()
}
