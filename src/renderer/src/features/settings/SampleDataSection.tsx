import { useState } from 'react'
import { Link } from 'react-router'
import { Dialog } from '../../components/Dialog'
import { ApiError } from '../../lib/api'
import { useCoreMutation } from '../../lib/query'
import { useFocusReturn } from './useFocusReturn'

type Outcome = { kind: 'loaded' | 'already' | 'removed' | 'error'; text: string }

function clientsWord(count: number): string {
  return count === 1 ? '1 sample client' : `${count} sample clients`
}

/** Sample clients to look around with, and a way to remove them again without touching real clients. */
export function SampleDataSection() {
  const load = useCoreMutation('sample.load')
  const remove = useCoreMutation('sample.remove')
  const [confirming, setConfirming] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  useFocusReturn(confirming)

  // The buttons stay enabled while a call runs (a disabled button drops keyboard focus); a second press is ignored.
  const busy = load.isPending || remove.isPending

  function loadSamples() {
    if (busy) return
    setOutcome(null)
    load.mutate(
      {},
      {
        onSuccess: ({ clients }) => setOutcome({ kind: 'loaded', text: `Loaded ${clientsWord(clients)}.` }),
        onError: (error) =>
          setOutcome(
            error instanceof ApiError && error.code === 'conflict'
              ? { kind: 'already', text: 'The sample clients are already loaded.' }
              : { kind: 'error', text: `The sample data could not be loaded: ${error.message}` }
          )
      }
    )
  }

  function removeSamples() {
    setConfirming(false)
    if (busy) return
    setOutcome(null)
    remove.mutate(
      {},
      {
        onSuccess: ({ clients }) =>
          setOutcome({
            kind: 'removed',
            text: clients === 0 ? 'There were no sample clients to remove.' : `Removed ${clientsWord(clients)}. Your own clients were not touched.`
          }),
        onError: (error) => setOutcome({ kind: 'error', text: `The sample data could not be removed: ${error.message}` })
      }
    )
  }

  return (
    <section className="card settings-card" aria-labelledby="settings-sample">
      <h2 id="settings-sample">Sample data</h2>
      <p className="settings-lead">
        New to Spotter? Load a few made-up clients to see how everything looks. They are marked as samples and can be
        removed at any time; your own clients are never changed.
      </p>
      <div className="settings-actions">
        <button type="button" className="button" onClick={loadSamples}>
          Load sample data
        </button>
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          Remove sample data
        </button>
      </div>
      <p className={`settings-status${outcome?.kind === 'error' ? ' settings-status-error' : ''}`} role="status">
        {outcome?.text}
        {(outcome?.kind === 'loaded' || outcome?.kind === 'already') && (
          <>
            {' '}
            <Link to="/clients">See them in Clients</Link>
          </>
        )}
      </p>
      {/* Mounted only while needed: Dialog names itself by a fixed element id, so two on one page would clash. */}
      {confirming && (
        <Dialog
          open
          title="Remove the sample data?"
          onClose={() => setConfirming(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                Keep them
              </button>
              <button type="button" className="button button-danger" onClick={removeSamples}>
                Remove sample clients
              </button>
            </>
          }
        >
          <p>The sample clients and everything recorded for them will be deleted. Clients you added yourself stay as they are.</p>
        </Dialog>
      )}
    </section>
  )
}
