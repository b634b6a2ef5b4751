import { usePageTitle } from '../../lib/usePageTitle'
import { BackupsCard } from './BackupsCard'
import { CsvImportCard } from './CsvImportCard'
import { TransferCard } from './TransferCard'
import './data-safety.css'

/** Backups & data: backups and restore, export and import, and a client list from a spreadsheet. */
export function DataPage() {
  usePageTitle('Backups & data')
  return (
    <section className="page ds-page" aria-labelledby="ds-title">
      <h1 id="ds-title">Backups &amp; data</h1>
      <p className="page-lead">Your data lives in one file on this computer. Back it up, put an earlier copy back, or move it elsewhere.</p>
      <div className="ds-sections">
        <BackupsCard />
        <TransferCard />
        <CsvImportCard />
      </div>
    </section>
  )
}
