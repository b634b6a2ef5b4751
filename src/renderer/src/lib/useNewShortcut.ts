import { useEffect } from 'react'
import { useNavigate } from 'react-router'

/** True on Ctrl+N (Cmd+N on a Mac). */
function isNewShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n'
}

/** The list screens' "new" shortcut: Ctrl+N (Cmd+N) anywhere on the screen opens the form at `path`. */
export function useNewShortcut(path: string): void {
  const navigate = useNavigate()
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isNewShortcut(event)) return
      event.preventDefault()
      void navigate(path)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [navigate, path])
}
