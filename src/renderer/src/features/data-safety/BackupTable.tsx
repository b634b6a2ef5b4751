import type { BackupEntry } from '../../../../shared/data-safety'
import { KIND_LABEL, formatBytes, formatWhen } from './dataText'

/** The backups, newest first, each with its numbers and a Restore button (unless it failed its check). */
export function BackupTable({ backups, onRestore }: { backups: BackupEntry[]; onRestore(path: string): void }) {
  if (backups.length === 0) {
    return <p className="ds-empty">No backups yet. The first one is made when Spotter starts, or now with “Back up now”.</p>
  }
  return (
    <div className="ds-table-wrap">
      <table className="ds-table">
        <caption className="visually-hidden">Backups, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Made</th>
            <th scope="col">Kind</th>
            <th scope="col" className="ds-num">Clients</th>
            <th scope="col" className="ds-num">Programs</th>
            <th scope="col" className="ds-num">Logs</th>
            <th scope="col" className="ds-num">Size</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const when = formatWhen(backup.createdAt)
            return (
              <tr key={backup.path}>
                <th scope="row" className="ds-when">
                  {when}
                </th>
                <td className="ds-kind">{KIND_LABEL[backup.kind]}</td>
                {backup.counts && !backup.problem ? (
                  <>
                    <td className="ds-num">{backup.counts.clients.toLocaleString()}</td>
                    <td className="ds-num">{backup.counts.programs.toLocaleString()}</td>
                    <td className="ds-num">{backup.counts.logs.toLocaleString()}</td>
                  </>
                ) : (
                  <td colSpan={3} className="ds-problem">
                    {backup.problem ?? 'Could not be read'}
                  </td>
                )}
                <td className="ds-num">{formatBytes(backup.sizeBytes)}</td>
                <td className="ds-row-action">
                  {!backup.problem && backup.counts && (
                    <button type="button" className="button" onClick={() => onRestore(backup.path)} aria-label={`Restore the backup from ${when}`}>
                      Restore…
                    </button>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
