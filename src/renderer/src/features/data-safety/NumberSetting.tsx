import { NumberField } from '../../components/NumberField'
import { BackupSettingsUpdate } from '../../../../shared/data-safety'

type NumberKey = 'everyHours' | 'keepDaily' | 'keepWeekly' | 'keepManual'

/** A whole-number backup setting, checked with the contract's own limits. */
export function NumberSetting({ name, label, unit, value, onSave }: { name: NumberKey; label: string; unit: string; value: number; onSave(n: number): void }) {
  return (
    <NumberField
      label={label}
      unit={unit}
      value={value}
      onSave={onSave}
      check={(typed) => {
        const parsed = BackupSettingsUpdate.safeParse({ [name]: typed })
        const next = parsed.success ? parsed.data[name] : undefined
        return next !== undefined ? { ok: true, value: next } : { ok: false, message: parsed.error?.issues[0]?.message ?? 'Enter a whole number' }
      }}
    />
  )
}
