import { createContext, useContext, type AnchorHTMLAttributes, type MouseEvent } from 'react'
import type { NavigateFunction } from 'react-router'

/** The router's navigate, given once by the Shell, so each AppLink needs no router hooks of its own. */
export const AppNavigateContext = createContext<NavigateFunction | null>(null)

type AppLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** An absolute app path, e.g. `/clients/42`. */
  to: string
}

/**
 * A link to an app path for long lists (Today's sessions, alerts, clients), behaving as react-router's
 * Link does for an absolute path: the same `#/path` address, a plain click navigates in the app (the
 * current address replaced rather than pushed again), a modified or middle click is left to the browser.
 * A router Link runs about twenty hooks and three effects (path resolution, prefetch and view-transition
 * state this app does not use); on Today's hundred-odd links that was a large part of the first render.
 */
export function AppLink({ to, onClick, ...anchor }: AppLinkProps) {
  const navigate = useContext(AppNavigateContext)
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!navigate || event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return
    if (anchor.target && anchor.target !== '_self') return
    event.preventDefault()
    navigate(to, { replace: window.location.hash === `#${to}` })
  }
  return <a {...anchor} href={`#${to}`} onClick={follow} />
}
