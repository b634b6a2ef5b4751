import { useCallback, useEffect, useRef } from 'react'
import { useBlocker } from 'react-router'
import { Dialog } from './Dialog'

/**
 * Asks before the window is closed or reloaded with unsaved changes. The browser shows its own prompt;
 * the Electron main process answers `will-prevent-unload` with a native dialog.
 */
export function useWarnBeforeUnload(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])
}

/**
 * Asks before leaving a form with unsaved changes (a nav link, Back, Cancel). Call `allowNextNavigation`
 * right before navigating away on purpose, e.g. after a save.
 */
export function useUnsavedChangesGuard(dirty: boolean) {
  const allowed = useRef(false)
  useWarnBeforeUnload(dirty && !allowed.current)
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !allowed.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search)
  )
  const allowNextNavigation = useCallback(() => {
    allowed.current = true
  }, [])
  const dialog = (
    <Dialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      onClose={() => blocker.state === 'blocked' && blocker.reset()}
      actions={
        <>
          <button type="button" className="button" onClick={() => blocker.reset?.()}>
            Keep editing
          </button>
          <button type="button" className="button button-danger" onClick={() => blocker.proceed?.()}>
            Discard changes
          </button>
        </>
      }
    >
      <p>You have changes that are not saved. If you leave now they will be lost.</p>
    </Dialog>
  )
  return { allowNextNavigation, dialog }
}
