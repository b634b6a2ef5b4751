// Words and dates as a trainer reads them on the client screens.

import { once } from '../../lib/once'
import type { GoalOutlook } from '../../lib/units'

// Made once, on first use (see lib/once.ts): a new formatter per call cost far more than the formatting.
const DAY = once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }))
const TIMESTAMP = once(() => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }))

/** A YYYY-MM-DD date in the reader's locale, read as a calendar day (no time-zone shift). */
export function formatDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  if (!y || !m || !d) return isoDate
  return DAY().format(new Date(y, m - 1, d))
}

export function formatTimestamp(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return TIMESTAMP().format(date)
}

/** Whole years between a birth date and today. */
export function ageOn(dateOfBirth: string, today = new Date()): number | null {
  const [y, m, d] = dateOfBirth.split('-').map(Number)
  if (!y || !m || !d) return null
  let age = today.getFullYear() - y
  if (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d)) age -= 1
  return age
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}

export function goalOutlookText(outlook: GoalOutlook): string {
  switch (outlook.kind) {
    case 'weeks':
      return `At this rate the target is about ${plural(outlook.weeks, 'week', 'weeks')} away.`
    case 'reached':
      return 'The current weight is already at the target.'
    case 'maintain':
      return 'The rate is "Maintain", so the weight should stay where it is rather than move to the target.'
    case 'wrong-direction':
      return 'This rate moves the weight away from the target: check the direction.'
  }
}

/** "12 active clients", "3 matches", "No matches". */
export function countText(total: number, status: 'active' | 'archived' | 'all', searching: boolean): string {
  if (searching) return total === 0 ? 'No matches' : plural(total, 'match', 'matches')
  if (status === 'all') return plural(total, 'client', 'clients')
  return plural(total, `${status} client`, `${status} clients`)
}
