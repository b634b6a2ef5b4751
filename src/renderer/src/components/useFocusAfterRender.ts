import { useEffect, useRef, useState } from 'react'

/**
 * Focus for row editors: after adding, removing or moving a row, the element to focus only exists
 * once the rows re-render. `focusLater(key)` focuses the element with `data-focus-key={key}` inside
 * the container as soon as it is there.
 */
export function useFocusAfterRender<E extends HTMLElement>() {
  const containerRef = useRef<E>(null)
  const [focusTarget, setFocusTarget] = useState<string | null>(null)

  useEffect(() => {
    if (!focusTarget) return
    containerRef.current?.querySelector<HTMLElement>(`[data-focus-key="${focusTarget}"]`)?.focus()
    setFocusTarget(null)
  }, [focusTarget])

  return { containerRef, focusLater: setFocusTarget }
}
