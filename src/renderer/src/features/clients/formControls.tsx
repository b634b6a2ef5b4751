// What the client form sections share: their props.

import type { ClientFormValues, FieldErrors } from './clientFormValues'
import type { Units } from '../../../../shared/settings'

export interface SectionProps {
  values: ClientFormValues
  errors: FieldErrors
  units: Units
  update(change: Partial<ClientFormValues> | ((values: ClientFormValues) => Partial<ClientFormValues>)): void
}
