import type { BackupKind, StoreCounts } from '../../../../shared/data-safety'

// Words and numbers of the data-safety screens, in one place.

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "21 Nov 2026, 21:58" in the trainer's own locale. */
export function formatWhen(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date)
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`
}

/** "12 clients, 30 programs, 1,204 logs" */
export function describeCounts(counts: StoreCounts): string {
  return [plural(counts.clients, 'client'), plural(counts.programs, 'program'), plural(counts.logs, 'log')].join(', ')
}

export const KIND_LABEL: Record<BackupKind, string> = {
  automatic: 'Automatic',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import'
}

/** A file name for an export, with today's date: "Spotter export 2026-11-21.json". */
export function exportFileName(what: string, now = new Date()): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
  // Characters that no file system accepts are dropped (a client's name may hold any of them).
  const safe = what.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120)
  return `${safe || 'Spotter'} ${day}.json`
}
