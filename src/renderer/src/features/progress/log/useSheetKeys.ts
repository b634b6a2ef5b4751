import { useEffect, type FocusEvent, type KeyboardEvent } from 'react'

/** Boxes that Enter moves between, in the order of the sheet. */
const NAV = '[data-enter-nav]'

/**
 * The sheet's keyboard: Enter goes to the next box (and from the last one to Save), a box selects its
 * text when reached so typing replaces the prefilled target, and Ctrl+S (Cmd+S) saves from anywhere.
 */
export function useSheetKeys(onSave: () => void) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return
      if (document.querySelector('dialog[open]')) return
      event.preventDefault()
      onSave()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onSave])

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return
    if (!target.matches(NAV)) return
    event.preventDefault()
    const boxes = [...event.currentTarget.querySelectorAll<HTMLElement>(NAV)]
    const next = boxes[boxes.indexOf(target) + 1]
    if (next) next.focus()
    else event.currentTarget.querySelector<HTMLElement>('[data-save]')?.focus()
  }

  const onFocus = (event: FocusEvent<HTMLElement>) => {
    const target = event.target
    if (target instanceof HTMLInputElement && target.matches(NAV) && target.type === 'text') target.select()
  }

  return { onKeyDown, onFocus }
}
