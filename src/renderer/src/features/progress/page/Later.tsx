import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * Content far down the page, rendered once the page has painted and the browser is idle, or as soon
 * as it scrolls near, whichever comes first: the top of the page opens without waiting for it.
 */
export function Later({ children, minHeight }: { children: () => ReactNode; minHeight: string }) {
  const spot = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)
  useEffect(() => {
    if (ready) return
    const show = () => setReady(true)
    const idle = window.requestIdleCallback ? window.requestIdleCallback(show, { timeout: 1000 }) : window.setTimeout(show, 200)
    const near = typeof IntersectionObserver === 'undefined' ? undefined : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), { rootMargin: '300px 0px' })
    if (spot.current) near?.observe(spot.current)
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle)
      else window.clearTimeout(idle)
      near?.disconnect()
    }
  }, [ready])
  return ready ? <>{children()}</> : <div ref={spot} style={{ minHeight }} aria-busy="true" />
}
