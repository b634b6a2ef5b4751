import { NavLink, Outlet } from 'react-router'

/** The frame around every screen: a skip link, the navigation (only to what exists) and the page. */
export function Shell() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus() }}>
        Skip to content
      </a>
      <nav className="shell-nav" aria-label="Main">
        <div className="shell-brand" aria-hidden="true">
          <span className="shell-logo">S</span> Spotter
        </div>
        <ul>
          <li>
            <NavLink to="/clients">Clients</NavLink>
          </li>
          <li>
            <NavLink to="/settings">Settings</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" className="shell-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  )
}
