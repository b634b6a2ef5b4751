import { Link } from 'react-router'
import { usePageTitle } from '../lib/usePageTitle'

export function NotFoundPage() {
  usePageTitle('Not found')
  return (
    <section className="page">
      <h1>This page does not exist</h1>
      <p>
        <Link to="/clients">Go to your clients</Link>
      </p>
    </section>
  )
}
