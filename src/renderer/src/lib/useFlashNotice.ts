import { useEffect, useState } from 'react'
import { useLocation, useNavigate } from 'react-router'

function noticeFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string') return state.notice
  return null
}

/**
 * A status message handed over by the previous screen ("Saved …", "Deleted …") through the router's
 * location state. It is cleared from history at once, so Back and Forward don't repeat it.
 */
export function useFlashNotice(): [string | null, (notice: string | null) => void] {
  const location = useLocation()
  const navigate = useNavigate()
  const [notice, setNotice] = useState(() => noticeFrom(location.state))
  useEffect(() => {
    if (noticeFrom(location.state)) {
      void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null })
    }
    // Only the state the screen opened with is a hand-over.
  }, [])
  return [notice, setNotice]
}
