import type { CsvPreview } from '../../../../shared/data-safety'

/** Client field -> the CSV column that fills it (null: not imported). */
export type Mapping = Record<string, string | null>

/** The field a column fills under `mapping`, or '' for none. */
function fieldOf(mapping: Mapping, column: string): string {
  return Object.entries(mapping).find(([, c]) => c === column)?.[0] ?? ''
}

/**
 * The file's first rows as a table, with a choice above each column of the client field it fills.
 * A field comes from one column at most: choosing it for a column takes it from any other.
 */
export function CsvMappingTable({ preview, mapping, onChange, nameError }: { preview: CsvPreview; mapping: Mapping; onChange(m: Mapping): void; nameError?: string }) {
  function choose(column: string, field: string) {
    const next: Mapping = {}
    for (const [f, c] of Object.entries(mapping)) next[f] = c === column ? null : c
    if (field) next[field] = column
    onChange(next)
  }
  const nameColumn = mapping.name ?? null
  return (
    <div className="ds-mapping">
      <div className="ds-table-wrap">
        <table className="ds-table">
          <caption>Your file’s first rows. Above each column, choose what it holds.</caption>
          <thead>
            <tr>
              {preview.columns.map((column, i) => {
                const id = `csv-col-${i}`
                return (
                  <th key={`${column}-${i}`} scope="col" className="ds-col-head">
                    <label htmlFor={id} className="ds-col-name">
                      {column || `Column ${i + 1}`}
                    </label>
                    <select
                      id={id}
                      className="input"
                      value={fieldOf(mapping, column)}
                      aria-invalid={nameError && nameColumn === null ? true : undefined}
                      onChange={(e) => choose(column, e.target.value)}
                    >
                      <option value="">Not imported</option>
                      {preview.fields.map(({ field, label, required }) => (
                        <option key={field} value={field}>
                          {label}
                          {required ? ' (required)' : ''}
                        </option>
                      ))}
                    </select>
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {preview.sampleRows.map((row, r) => (
              <tr key={r}>
                {preview.columns.map((column, c) => (
                  <td key={`${column}-${c}`} className={fieldOf(mapping, column) ? undefined : 'ds-unmapped'}>
                    {row[c] ?? ''}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nameError && nameColumn === null && (
        <p className="field-error" role="alert">
          {nameError}
        </p>
      )}
    </div>
  )
}
