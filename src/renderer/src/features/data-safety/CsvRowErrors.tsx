import type { CsvRowError } from '../../../../shared/data-safety'

/** The per-row problems of a CSV client list: line, field, column and what is wrong, in a table. */
export function CsvRowErrors({ errors, total, caption, fieldLabel }: { errors: CsvRowError[]; total: number; caption: string; fieldLabel(field: string): string }) {
  if (errors.length === 0) return null
  return (
    <div className="ds-table-wrap ds-errors">
      <table className="ds-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="ds-num">
              Line
            </th>
            <th scope="col">Field</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, i) => (
            <tr key={`${error.line}-${error.field}-${i}`}>
              <td className="ds-num">{error.line}</td>
              <td>{error.field ? fieldLabel(error.field) : 'Whole row'}</td>
              <td>{error.column ?? '—'}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > errors.length && <p className="field-hint">…and {(total - errors.length).toLocaleString()} more problems not listed here.</p>}
    </div>
  )
}
