import { useEffect, useRef, useState } from 'react'
import { DEFAULT_SESSION_LIMIT_MINUTES } from '../../../../shared/programs'
import { SessionLimitMinutes, type Settings, type SettingsUpdate } from '../../../../shared/settings'
import { NumberField } from '../../components/NumberField'
import { call } from '../../lib/api'
import { keyFor, queryClient } from '../../lib/query'
import { ChoiceGroup, type Choice } from './ChoiceGroup'

type Preferences = Pick<Settings, 'units' | 'paperSize' | 'firstDayOfWeek' | 'sessionLimitMinutes'>

const WEIGHT: Choice<Settings['units']['weight']>[] = [
  { value: 'kg', label: 'Kilograms (kg)' },
  { value: 'lb', label: 'Pounds (lb)' }
]
const LENGTH: Choice<Settings['units']['length']>[] = [
  { value: 'cm', label: 'Centimetres (cm)' },
  { value: 'in', label: 'Inches (in)' }
]
const PAPER: Choice<Settings['paperSize']>[] = [
  { value: 'A4', label: 'A4' },
  { value: 'Letter', label: 'Letter' }
]
const WEEK_START: Choice<Settings['firstDayOfWeek']>[] = [
  { value: 'monday', label: 'Monday' },
  { value: 'sunday', label: 'Sunday' },
  { value: 'saturday', label: 'Saturday' }
]

function labelOf<V extends string>(choices: Choice<V>[], value: V): string {
  return choices.find((c) => c.value === value)?.label ?? value
}

function preferencesOf(settings: Settings): Preferences {
  return { units: settings.units, paperSize: settings.paperSize, firstDayOfWeek: settings.firstDayOfWeek, sessionLimitMinutes: settings.sessionLimitMinutes }
}

/** The longest session the trainer plans: the program designer warns about a session estimated above it. */
function SessionLimitField({ value, onSave }: { value: number; onSave(minutes: number): void }) {
  return (
    <NumberField
      className="session-limit"
      label="Longest session you plan"
      hint="The program designer warns when a session’s estimated time (sets, work and rest) goes over it. 15 to 240 minutes."
      unit="minutes"
      min={15}
      max={240}
      step={5}
      value={value}
      onSave={onSave}
      check={(typed) => {
        const parsed = SessionLimitMinutes.safeParse(typed)
        return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: parsed.error.issues[0]?.message ?? 'Enter a number of minutes' }
      }}
    />
  )
}

/** Units, paper size and week start. Each choice is saved the moment it is made; no Save button to forget. */
export function PreferencesSection({ settings }: { settings: Settings }) {
  const [shown, setShown] = useState<Preferences>(() => preferencesOf(settings))
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null)
  // Saves run one after another, so quick arrow-key changes reach the store in the order they were made.
  const queue = useRef<Promise<void>>(Promise.resolve())
  const pending = useRef(0)

  useEffect(() => {
    if (pending.current === 0) setShown(preferencesOf(settings))
  }, [settings])

  function change(next: Preferences, update: SettingsUpdate, savedText: string) {
    setShown(next)
    pending.current += 1
    queue.current = queue.current.then(async () => {
      try {
        const stored = await call('settings.update', update)
        queryClient.setQueryData(keyFor('settings.get', {}), stored)
        setStatus({ kind: 'saved', text: `${savedText} Saved.` })
      } catch (error) {
        setStatus({ kind: 'error', text: `Not saved: ${error instanceof Error ? error.message : String(error)}` })
        // Show what is really stored again, unless a later change is still on its way.
        const stored = queryClient.getQueryData<Settings>(keyFor('settings.get', {}))
        if (stored && pending.current === 1) setShown(preferencesOf(stored))
      } finally {
        pending.current -= 1
      }
    })
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-preferences">
      <h2 id="settings-preferences">Units, printing and planning</h2>
      <p className="settings-lead">How weights and measurements are shown, how plans are printed, and how long a session may be. Changes are saved at once.</p>
      <div className="settings-columns">
        <ChoiceGroup
          legend="Weight"
          name="units-weight"
          value={shown.units.weight}
          choices={WEIGHT}
          onChange={(weight) => {
            const units = { ...shown.units, weight }
            change({ ...shown, units }, { units }, `Weights are shown in ${labelOf(WEIGHT, weight).toLowerCase()}.`)
          }}
        />
        <ChoiceGroup
          legend="Lengths"
          name="units-length"
          value={shown.units.length}
          choices={LENGTH}
          onChange={(length) => {
            const units = { ...shown.units, length }
            change({ ...shown, units }, { units }, `Lengths are shown in ${labelOf(LENGTH, length).toLowerCase()}.`)
          }}
        />
        <ChoiceGroup
          legend="Paper size"
          hint="A4 (210 × 297 mm) in most countries; Letter (8.5 × 11 in) in the US and Canada."
          name="paper-size"
          value={shown.paperSize}
          choices={PAPER}
          onChange={(paperSize) => change({ ...shown, paperSize }, { paperSize }, `Plans are printed on ${paperSize} paper.`)}
        />
        <ChoiceGroup
          legend="First day of the week"
          name="first-day-of-week"
          value={shown.firstDayOfWeek}
          choices={WEEK_START}
          onChange={(firstDayOfWeek) =>
            change({ ...shown, firstDayOfWeek }, { firstDayOfWeek }, `Weeks start on ${labelOf(WEEK_START, firstDayOfWeek)}.`)
          }
        />
      </div>
      <SessionLimitField
        value={shown.sessionLimitMinutes ?? DEFAULT_SESSION_LIMIT_MINUTES}
        onSave={(minutes) => change({ ...shown, sessionLimitMinutes: minutes }, { sessionLimitMinutes: minutes }, `Sessions over ${minutes} minutes are flagged.`)}
      />
      <p className={`settings-status${status?.kind === 'error' ? ' settings-status-error' : ''}`} role="status">
        {status?.text}
      </p>
    </section>
  )
}
