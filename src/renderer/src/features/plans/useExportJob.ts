import { useCallback, useEffect, useRef, useState } from 'react'
import type { MethodInput, MethodOutput } from '../../../../shared/api'
import { call } from '../../lib/api'

/** Where an export stands; progress shows only once the export has taken over 300 ms. */
export type ExportState =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'working'; label: string; done: number; total: number; visible: boolean }
  | { kind: 'saved'; result: MethodOutput<'plans.export'> }
  | { kind: 'failed'; message: string }

const SHOW_PROGRESS_AFTER_MS = 300

/** Save dialog, then plans.export, following the core's job.progress events while it runs. */
export function useExportJob() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback(async (options: Omit<MethodInput<'plans.export'>, 'path'>, nameInput: MethodInput<'plans.suggestedName'>) => {
    const set = (next: ExportState) => mounted.current && setState(next)
    set({ kind: 'choosing' })
    let unsubscribe = () => {}
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const { name } = await call('plans.suggestedName', nameInput)
      const { path } = await call('host.chooseSavePath', { title: 'Save the printed plan', defaultName: name, filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
      // Cancelled in the save dialog: nothing happens.
      if (path === null) return set({ kind: 'idle' })
      const target = path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`
      let progress = { label: 'Starting', done: 0, total: 1, visible: false }
      set({ kind: 'working', ...progress })
      unsubscribe = window.api.subscribe('job.progress', ({ job, label, done, total }) => {
        if (!job.startsWith('plans.export')) return
        progress = { ...progress, label, done, total }
        set({ kind: 'working', ...progress })
      })
      timer = setTimeout(() => {
        progress = { ...progress, visible: true }
        set({ kind: 'working', ...progress })
      }, SHOW_PROGRESS_AFTER_MS)
      const result = await call('plans.export', { ...options, path: target })
      set({ kind: 'saved', result })
    } catch (error) {
      set({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    } finally {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [])

  const reset = useCallback(() => setState({ kind: 'idle' }), [])
  return { state, run, reset }
}
