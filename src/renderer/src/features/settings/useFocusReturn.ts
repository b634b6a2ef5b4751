import { useLayoutEffect, useRef } from 'react'

/**
 * Puts focus back where it was when a dialog opened, once it is gone. Our dialogs are unmounted on
 * close (see the callers), and a <dialog> removed from the page leaves focus on the body.
 */
export function useFocusReturn(open: boolean): void {
  const previous = useRef<HTMLElement | null>(null)
  // A layout effect runs before the dialog's own effect moves focus into it.
  useLayoutEffect(() => {
    if (open) {
      previous.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    } else if (previous.current) {
      if (previous.current.isConnected) previous.current.focus()
      previous.current = null
    }
  }, [open])
}
