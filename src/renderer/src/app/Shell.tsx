import { useEffect, useRef } from 'react'
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router'
import { AppNavigateContext } from '../components/AppLink'

/**
 * After moving to another screen, a keyboard or screen-reader user lands on its heading instead of the
 * top of the document; a screen that placed focus itself (e.g. on a form's first field) keeps it.
 */
function useFocusOnNavigation(): void {
  const { pathname } = useLocation()
  const first = useRef(true)
  useEffect(() => {
    if (first.current) {
      first.current = false
      return
    }
    // Only when focus was lost with the old screen; the new screen may still be loading its heading.
    if (document.activeElement && document.activeElement !== document.body) return
    const main = document.getElementById('main')
    main?.focus()
    let frames = 0
    let frame = requestAnimationFrame(function toHeading() {
      if (document.activeElement !== main) return
      const heading = document.querySelector<HTMLElement>('#main h1')
      if (heading) {
        heading.tabIndex = -1
        heading.focus()
      } else if (++frames < 60) frame = requestAnimationFrame(toHeading)
    })
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}

/**
 * The frame around every screen: a skip link, the navigation (only to what exists) and the page.
 * It hands the router's navigate to the screens' AppLinks.
 */
export function Shell() {
  useFocusOnNavigation()
  const navigate = useNavigate()
  return (
    <AppNavigateContext.Provider value={navigate}>
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
              <NavLink to="/today">Today</NavLink>
            </li>
            <li>
              <NavLink to="/clients">Clients</NavLink>
            </li>
            <li>
              <NavLink to="/exercises">Exercises</NavLink>
            </li>
            <li>
              <NavLink to="/programs">Programs</NavLink>
            </li>
            <li>
              <NavLink to="/data">Backups &amp; data</NavLink>
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
    </AppNavigateContext.Provider>
  )
}
