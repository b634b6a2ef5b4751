import { useState } from 'react'
import type { RestoreResult } from '../../../../shared/data-safety'
import { useCoreMutation, queryClient } from '../../lib/query'

export type RestoreOutcome = { kind: 'restored' | 'undone'; result: RestoreResult } | { kind: 'error'; text: string }

/**
 * Restore and undo-restore: the backup being confirmed, the call, and what happened. Every screen's
 * data changed, so every query is refetched afterwards.
 */
export function useRestore() {
  const restore = useCoreMutation('backups.restore')
  const undo = useCoreMutation('backups.undoRestore')
  const [confirming, setConfirming] = useState<string | null>(null)
  const [confirmingUndo, setConfirmingUndo] = useState(false)
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null)

  const done = (kind: 'restored' | 'undone') => (result: RestoreResult) => {
    setConfirming(null)
    setConfirmingUndo(false)
    setOutcome({ kind, result })
    void queryClient.invalidateQueries()
  }

  return {
    confirming,
    confirmingUndo,
    outcome,
    busy: restore.isPending || undo.isPending,
    restoreError: restore.error?.message ?? null,
    undoError: undo.error?.message ?? null,
    ask(path: string) {
      restore.reset()
      setOutcome(null)
      setConfirming(path)
    },
    askUndo() {
      undo.reset()
      setConfirmingUndo(true)
    },
    cancel() {
      setConfirming(null)
      setConfirmingUndo(false)
    },
    confirm() {
      if (!confirming || restore.isPending) return
      restore.mutate({ path: confirming, confirm: true }, { onSuccess: done('restored') })
    },
    confirmUndo() {
      if (undo.isPending) return
      undo.mutate({ confirm: true }, { onSuccess: done('undone') })
    },
    dismiss() {
      setOutcome(null)
    }
  }
}
