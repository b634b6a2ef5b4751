import { useEffect, useState } from 'react'
import { sheetKey, type Sheet } from './sheet'

// A copy of the sheet in the browser's storage while it is typed, so a crash, a closed window or a
// power cut loses nothing: the next time the same log is opened, the trainer is offered it back.

interface Backup {
  sheet: Sheet
  savedAt: string
}

const PREFIX = 'spotter.logSheet:'

function read(key: string): Backup | null {
  try {
    const raw = localStorage.getItem(PREFIX + key)
    return raw ? (JSON.parse(raw) as Backup) : null
  } catch {
    return null
  }
}

/** Fresh row keys for a restored sheet (keys are only unique within one screen). */
function rekeyed(sheet: Sheet): Sheet {
  return { ...sheet, entries: sheet.entries.map((e) => ({ ...e, key: sheetKey(), sets: e.sets.map((s) => ({ ...s, key: sheetKey() })) })) }
}

export function useSheetBackup(key: string, sheet: Sheet, dirty: boolean) {
  const [offered, setOffered] = useState<Backup | null>(() => read(key))
  useEffect(() => {
    if (!dirty) return
    const timer = window.setTimeout(() => {
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify({ sheet, savedAt: new Date().toISOString() } satisfies Backup))
      } catch {
        // Storage full or blocked: the unsaved-changes warning still guards the sheet.
      }
    }, 400)
    return () => window.clearTimeout(timer)
  }, [key, sheet, dirty])
  const clear = () => {
    setOffered(null)
    try {
      localStorage.removeItem(PREFIX + key)
    } catch {
      // Nothing to clear.
    }
  }
  return {
    /** A copy left from an earlier visit that was never saved. */
    offered: offered ? { savedAt: offered.savedAt, sheet: () => rekeyed(offered.sheet) } : null,
    /** After a save, or when the trainer turns the copy down. */
    clear,
    dismiss: () => setOffered(null)
  }
}
