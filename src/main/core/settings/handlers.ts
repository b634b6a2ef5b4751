import type { HandlerTable } from '../handler'
import { nowIso } from '../ids'
import type { SettingsRepo } from './repo'

export function settingsHandlers(settings: SettingsRepo): HandlerTable<'settings.get' | 'settings.update'> {
  return {
    'settings.get': { run: () => settings.read() },
    'settings.update': { run: (input) => settings.write(input, nowIso()), changes: ['settings'] }
  }
}
