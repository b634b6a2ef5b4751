// What the client form sections share: their props, and today's date for date inputs' max.

import type { ClientFormValues, FieldErrors } from './clientFormValues'
import type { Units } from '../../../../shared/settings'

export interface SectionProps {
  values: ClientFormValues
  errors: FieldErrors
  units: Units
  update(change: Partial<ClientFormValues> | ((values: ClientFormValues) => Partial<ClientFormValues>)): void
}

/** Today as YYYY-MM-DD in local time (what a date input shows). */
export function todayIso(): string {
  const now = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
