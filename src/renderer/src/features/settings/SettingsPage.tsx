import { Notice } from '../../components/Notice'
import { useCoreQuery } from '../../lib/query'
import { usePageTitle } from '../../lib/usePageTitle'
import { BackupSection } from '../data-safety/BackupSection'
import { DataLocationSection } from './DataLocationSection'
import { PreferencesSection } from './PreferencesSection'
import { SampleDataSection } from './SampleDataSection'
import { TrainerProfileSection } from './TrainerProfileSection'
import './settings.css'

/** Settings: the trainer's profile for printing, units and paper, sample data, and where the data lives. */
export function SettingsPage() {
  usePageTitle('Settings')
  const settings = useCoreQuery('settings.get', {})
  return (
    <section className="page settings-page" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      {settings.isPending && <p>Loading your settings…</p>}
      {settings.isError && <Notice kind="error">Your settings could not be loaded: {settings.error.message}</Notice>}
      {settings.data && (
        <div className="settings-sections">
          <TrainerProfileSection stored={settings.data.trainer} />
          <PreferencesSection settings={settings.data} />
          <SampleDataSection />
          <BackupSection />
          <DataLocationSection />
        </div>
      )}
    </section>
  )
}
