import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'

export interface Column<Row> {
  key: string
  label: string
  /** Numbers line up on the right. */
  numeric?: boolean
  /** Short values that read badly broken over two lines (dates, "10 × 50 kg"). */
  nowrap?: boolean
  render(row: Row): ReactNode
}

interface DataTableProps<Row> {
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey(row: Row): string
  /** What to say when there is nothing to show. */
  empty?: string
}

/** Above this many rows the table only renders what is in view (five years of sessions stay smooth). */
const VIRTUAL_FROM = 80
const ROW_HEIGHT = 33

/**
 * A chart's data as a table: the view for screen readers, for reading exact values, and for long
 * histories. A real <table> (spacer rows stand in for what is scrolled away), so row and column
 * headers are announced as usual.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, empty = 'Nothing recorded yet.' }: DataTableProps<Row>) {
  if (rows.length === 0) return <p className="muted chart-empty">{empty}</p>
  if (rows.length >= VIRTUAL_FROM) return <VirtualTable caption={caption} columns={columns} rows={rows} rowKey={rowKey} />
  return (
    <div className="data-table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <Head columns={columns} />
        <tbody>
          {rows.map((row) => (
            <BodyRow key={rowKey(row)} row={row} columns={columns} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Head<Row>({ columns }: { columns: readonly Column<Row>[] }) {
  return (
    <thead>
      <tr aria-rowindex={1}>
        {columns.map((c) => (
          <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  )
}

function cellClass<Row>(c: Column<Row>): string | undefined {
  return [c.numeric ? 'num' : '', c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined
}

function BodyRow<Row>({ row, columns, index }: { row: Row; columns: readonly Column<Row>[]; index?: number }) {
  return (
    <tr aria-rowindex={index}>
      {columns.map((c, i) =>
        i === 0 ? (
          <th key={c.key} scope="row" className={cellClass(c)}>
            {c.render(row)}
          </th>
        ) : (
          <td key={c.key} className={cellClass(c)}>
            {c.render(row)}
          </td>
        )
      )}
    </tr>
  )
}

function VirtualTable<Row>({ caption, columns, rows, rowKey }: Omit<DataTableProps<Row>, 'empty'>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 })
  const items = virtualizer.getVirtualItems()
  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    // Focusable so the keyboard can scroll it; labelled so a screen reader knows what it scrolls.
    <div ref={scrollRef} className="data-table-wrap data-table-scroll" tabIndex={0} role="region" aria-label={`${caption} (${rows.length} rows, scrolls)`}>
      <table className="data-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <Head columns={columns} />
        <tbody>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns.length} style={{ height: before }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index] as Row
            return <BodyRow key={rowKey(row)} row={row} columns={columns} index={item.index + 2} />
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={columns.length} style={{ height: after }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  )
}
