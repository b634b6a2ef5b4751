import { Link } from 'react-router'

/** "← Clients" or "← Exercise library" above a page's heading; the arrow is decoration, so screen readers hear just the place. */
export function BackLink({ to, children }: { to: string; children: string }) {
  return (
    <Link className="back-link" to={to}>
      <span aria-hidden="true">← </span>
      {children}
    </Link>
  )
}
