// Unit conversion and display. The store always holds centimetres and kilograms; the trainer reads and
// types in the units chosen in Settings. Shown values carry one decimal at most ("177.8 cm", "5 ft 10 in").

import { KG_PER_LB, WEIGHT_RATE_LIMITS, type WeightUnit } from '../../../shared/vocabulary'
import type { Units } from '../../../shared/settings'

export type { WeightUnit }
export type LengthUnit = Units['length']
export const DEFAULT_UNITS: Units = { weight: 'kg', length: 'cm' }
export const CM_PER_INCH = 2.54
const INCHES_PER_FOOT = 12

/** Rounds to a number of decimals without float noise (177.79999 -> 177.8). */
export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals
  return Math.round((value + Number.EPSILON) * factor) / factor
}

/** "177.8", "64" — one decimal, no trailing ".0". */
export function formatNumber(value: number, decimals = 1): string {
  return String(round(value, decimals))
}

export function kgToLb(kg: number): number {
  return kg / KG_PER_LB
}

export function lbToKg(lb: number): number {
  return lb * KG_PER_LB
}

/** A weight in the trainer's unit, rounded for display and editing. */
export function weightToUnit(kg: number, unit: WeightUnit): number {
  return round(unit === 'kg' ? kg : kgToLb(kg), 1)
}

/** A typed weight back to kilograms; kept to 3 decimals so 150 lb stays 150 lb after a round trip. */
export function weightFromUnit(value: number, unit: WeightUnit): number {
  return unit === 'kg' ? value : round(lbToKg(value), 3)
}

export function formatWeight(kg: number, unit: WeightUnit): string {
  return `${formatNumber(weightToUnit(kg, unit))} ${unit}`
}

/** Centimetres as whole feet and inches to one decimal; 11.96 in rounds up into the next foot. */
export function cmToFeetInches(cm: number): { feet: number; inches: number } {
  const totalInches = round(cm / CM_PER_INCH, 1)
  const feet = Math.floor(totalInches / INCHES_PER_FOOT)
  return { feet, inches: round(totalInches - feet * INCHES_PER_FOOT, 1) }
}

export function feetInchesToCm(feet: number, inches: number): number {
  return round((feet * INCHES_PER_FOOT + inches) * CM_PER_INCH, 2)
}

export function formatHeight(cm: number, unit: LengthUnit): string {
  if (unit === 'cm') return `${formatNumber(cm)} cm`
  const { feet, inches } = cmToFeetInches(cm)
  return `${feet} ft ${formatNumber(inches)} in`
}

/** A weekly body-weight change as a select value and its words ("Lose 1.5 lb a week", "Maintain"). */
export interface RateOption {
  value: string
  amount: number
  unit: WeightUnit
  label: string
}

export function rateValue(amount: number, unit: WeightUnit): string {
  return `${amount}:${unit}`
}

export function parseRateValue(value: string): { amount: number; unit: WeightUnit } | null {
  const [amount, unit] = value.split(':')
  if (amount === undefined || amount === '' || (unit !== 'kg' && unit !== 'lb')) return null
  const number = Number(amount)
  return Number.isFinite(number) ? { amount: number, unit } : null
}

export function describeRate(amount: number, unit: WeightUnit): string {
  if (amount === 0) return 'Maintain'
  return `${amount < 0 ? 'Lose' : 'Gain'} ${formatNumber(Math.abs(amount), 2)} ${unit} a week`
}

/** Every allowed weekly rate in one unit, from the biggest loss through "Maintain" to the biggest gain. */
export function rateOptions(unit: WeightUnit): RateOption[] {
  const { step, max } = WEIGHT_RATE_LIMITS[unit]
  const options: RateOption[] = []
  for (let steps = -max / step; steps <= max / step; steps++) {
    const amount = round(steps * step, 2)
    options.push({ value: rateValue(amount, unit), amount, unit, label: describeRate(amount, unit) })
  }
  return options
}

/** How a weight goal plays out from the current weight: weeks to reach it, or why it can't be worked out. */
export type GoalOutlook =
  | { kind: 'weeks'; weeks: number }
  | { kind: 'reached' }
  | { kind: 'maintain' }
  | { kind: 'wrong-direction' }

export function weightGoalOutlook(currentKg: number, targetKg: number, rate: { amount: number; unit: WeightUnit }): GoalOutlook {
  // Worked in the rate's own unit, rounded as shown, so 150 lb -> 140 lb at 1 lb a week is 10 weeks, not 10.0002.
  const gap = round(rate.unit === 'kg' ? targetKg - currentKg : kgToLb(targetKg) - kgToLb(currentKg), 1)
  // Within 0.1 counts as there: scales and rounding don't do better.
  if (Math.abs(gap) <= 0.1) return { kind: 'reached' }
  if (rate.amount === 0) return { kind: 'maintain' }
  if (Math.sign(gap) !== Math.sign(rate.amount)) return { kind: 'wrong-direction' }
  return { kind: 'weeks', weeks: Math.ceil(gap / rate.amount - 1e-9) }
}
