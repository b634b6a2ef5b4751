import { z } from 'zod'
import { line } from './common'

// What the app asks of the machine it runs on: file dialogs and opening a file the app wrote.
// Electron answers with its native dialogs; the browser harness answers with files under the data
// folder (so e2e journeys can check them); the command line has no dialogs and says so.

const FileFilter = z.strictObject({
  name: line(80, 'Filter name'),
  extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/, { error: 'An extension is 1-10 lowercase letters or digits' })).min(1).max(10)
})

export const ChooseSavePath = z.strictObject({
  title: line(200, 'Title'),
  /** File name offered in the dialog, e.g. "Ana Lima - Strong hamstrings.pdf". */
  defaultName: line(255, 'File name').refine((s) => s.length > 0 && !/[\\/]/.test(s), { error: 'A file name, without folders' }),
  filters: z.array(FileFilter).max(5).default([])
})

export const ChooseOpenPath = z.strictObject({
  title: line(200, 'Title'),
  filters: z.array(FileFilter).max(5).default([])
})

export const ChooseFolder = z.strictObject({ title: line(200, 'Title') })

/** An absolute path the trainer chose, or null when they cancelled. */
export const ChosenPath = z.strictObject({ path: z.string().nullable() })

/** Only documents the app writes may be opened with the system's viewer (never a program). */
export const OPENABLE_EXTENSIONS = ['pdf', 'csv', 'json', 'txt'] as const

export const PathInput = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(4096)
    // A local absolute path only: a network path (\\server\share, //server/share) would make Windows
    // send the user's login hash to that server just to look at the file.
    .refine((p) => /^(\/(?!\/)|[A-Za-z]:[\\/])/.test(p), { error: 'Only a file on this computer can be opened (a full local path)' })
    .refine((p) => OPENABLE_EXTENSIONS.some((ext) => p.toLowerCase().endsWith(`.${ext}`)), {
      error: `Only ${OPENABLE_EXTENSIONS.join(', ')} files can be opened from Spotter`
    })
})
export const PathOpened = z.strictObject({ opened: z.boolean() })

/** Implemented by each entry point; the core itself never imports electron. */
export interface HostAdapter {
  chooseSavePath(input: z.output<typeof ChooseSavePath>): Promise<string | null>
  chooseOpenPath(input: z.output<typeof ChooseOpenPath>): Promise<string | null>
  chooseFolder(input: z.output<typeof ChooseFolder>): Promise<string | null>
  openPath(path: string): Promise<boolean>
  showInFolder(path: string): Promise<boolean>
}
