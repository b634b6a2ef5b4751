import type { Client } from '../../../../shared/clients'
import { Dialog } from '../../components/Dialog'
import { Notice } from '../../components/Notice'
import { queryClient, keyFor, useCoreMutation, useCoreQuery } from '../../lib/query'

interface DeleteClientDialogProps {
  client: Client
  open: boolean
  onClose(): void
  onDeleted(name: string): void
}

/** "Delete <name>?" naming what goes, with Cancel first (and focused) and the danger button naming the client. */
export function DeleteClientDialog({ client, open, onClose, onDeleted }: DeleteClientDialogProps) {
  const preview = useCoreQuery('clients.deletePreview', { id: client.id }, { enabled: open, staleTime: 0, gcTime: 0 })
  const remove = useCoreMutation('clients.delete')

  const confirm = () =>
    remove.mutate(
      { id: client.id, confirm: true },
      {
        onSuccess: () => {
          onDeleted(client.name)
          // The page is gone; drop its cached copy so nothing tries to show it again.
          queryClient.removeQueries({ queryKey: keyFor('clients.get', { id: client.id }) })
        }
      }
    )

  return (
    <Dialog
      open={open}
      title={`Delete ${client.name}?`}
      onClose={() => {
        remove.reset()
        onClose()
      }}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button-danger" onClick={confirm} disabled={!preview.data || remove.isPending}>
            {remove.isPending ? 'Deleting…' : `Delete ${client.name}`}
          </button>
        </>
      }
    >
      {preview.error && <Notice kind="error">Could not check what would be removed: {preview.error.message}</Notice>}
      {remove.error && <Notice kind="error">Not deleted: {remove.error.message}</Notice>}
      {preview.data && (
        <>
          <p>This permanently removes:</p>
          <ul className="delete-list">
            {preview.data.removes.map((r, index) => (
              // The first entry is the profile itself, listed once; the rest are counted things.
              <li key={r.what}>{index === 0 && r.count === 1 ? r.what : `${r.count} ${r.what}`}</li>
            ))}
          </ul>
          <p>It cannot be undone. To keep the record but hide it, archive the client instead.</p>
        </>
      )}
    </Dialog>
  )
}
