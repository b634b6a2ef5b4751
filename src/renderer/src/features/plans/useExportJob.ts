import { useCallback, useEffect, useRef, useState } from 'react'
import type { MethodOutput } from '../../../../shared/api'
import { call } from '../../lib/api'

/** What every PDF export answers (the plan and the progress report alike). */
export type SavedPdf = MethodOutput<'plans.export'>

/** Where an export stands; progress shows only once the export has taken over 300 ms. */
export type ExportState =
  | { kind: 'idle' }
  | { kind: 'choosing' }
  | { kind: 'working'; label: string; done: number; total: number; visible: boolean }
  | { kind: 'saved'; result: SavedPdf }
  | { kind: 'failed'; message: string }

/** One PDF export: the save dialog's wording, the job name its progress events carry, and the write. */
export interface PdfJob {
  title: string
  defaultName(): Promise<string> | string
  /** Prefix of the core's job.progress `job` field for this kind of export, e.g. "plans.export". */
  job: string
  write(path: string): Promise<SavedPdf>
}

const SHOW_PROGRESS_AFTER_MS = 300

/** Save dialog, then the export, following the core's job.progress events while it runs. */
export function useExportJob() {
  const [state, setState] = useState<ExportState>({ kind: 'idle' })
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback(async (pdf: PdfJob) => {
    const set = (next: ExportState) => mounted.current && setState(next)
    set({ kind: 'choosing' })
    let unsubscribe = () => {}
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const defaultName = await pdf.defaultName()
      const { path } = await call('host.chooseSavePath', { title: pdf.title, defaultName, filters: [{ name: 'PDF document', extensions: ['pdf'] }] })
      // Cancelled in the save dialog: nothing happens.
      if (path === null) return set({ kind: 'idle' })
      const target = path.toLowerCase().endsWith('.pdf') ? path : `${path}.pdf`
      let progress = { label: 'Starting', done: 0, total: 1, visible: false }
      set({ kind: 'working', ...progress })
      unsubscribe = window.api.subscribe('job.progress', ({ job, label, done, total }) => {
        if (!job.startsWith(pdf.job)) return
        progress = { ...progress, label, done, total }
        set({ kind: 'working', ...progress })
      })
      timer = setTimeout(() => {
        progress = { ...progress, visible: true }
        set({ kind: 'working', ...progress })
      }, SHOW_PROGRESS_AFTER_MS)
      set({ kind: 'saved', result: await pdf.write(target) })
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

/** Open / Show in folder for a saved PDF, with a message when the system could not do it. */
export function useOpenSavedFile(saved: SavedPdf | null) {
  const [openError, setOpenError] = useState<string | null>(null)
  const openFile = useCallback(
    async (method: 'host.openPath' | 'host.showInFolder') => {
      if (!saved) return
      setOpenError(null)
      try {
        const { opened } = await call(method, { path: saved.path })
        if (!opened) setOpenError(method === 'host.openPath' ? 'No program to open PDF files was found; the file is saved where you chose.' : 'The folder could not be shown.')
      } catch (error) {
        setOpenError(error instanceof Error ? error.message : String(error))
      }
    },
    [saved]
  )
  return { openError, openFile }
}
