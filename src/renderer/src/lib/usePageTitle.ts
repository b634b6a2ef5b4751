import { useEffect } from 'react'

/** Window title "<page> · Spotter", so the taskbar and screen readers say where the trainer is. */
export function usePageTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = page ? `${page} · Spotter` : 'Spotter'
  }, [page])
}
