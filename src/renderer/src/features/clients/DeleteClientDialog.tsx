import type { Client } from '../../../../shared/clients'
import { ConfirmDeleteDialog } from '../../components/ConfirmDeleteDialog'
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

  const cancel = () => {
    remove.reset()
    onClose()
  }

  return (
    <ConfirmDeleteDialog
      open={open}
      title={`Delete ${client.name}?`}
      // The first entry is the profile itself, listed once; the rest are counted things.
      losses={preview.data?.removes.map((r, index) => (index === 0 && r.count === 1 ? r.what : `${r.count} ${r.what}`))}
      note={preview.data && <p>It cannot be undone. To keep the record but hide it, archive the client instead.</p>}
      deleteLabel={`Delete ${client.name}`}
      pending={remove.isPending}
      ready={preview.data !== undefined}
      errors={[preview.error && `Could not check what would be removed: ${preview.error.message}`, remove.error && `Not deleted: ${remove.error.message}`]}
      onCancel={cancel}
      onDelete={confirm}
    >
      {preview.data && <p>This permanently removes:</p>}
    </ConfirmDeleteDialog>
  )
}
