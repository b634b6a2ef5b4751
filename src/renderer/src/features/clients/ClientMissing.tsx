import { Link } from 'react-router'

/** Shown where a client was deleted (or the address is stale): say so, and offer the way back. */
export function ClientMissing() {
  return (
    <div className="card client-missing">
      <h1>This client no longer exists</h1>
      <p>They may have been deleted. Everything else is where you left it.</p>
      <p>
        <Link to="/clients">Back to clients</Link>
      </p>
    </div>
  )
}
