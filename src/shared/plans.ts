import { z } from 'zod'
import { Id, IsoDate } from './common'
import { PAPER_SIZES } from './settings'

// The printed plan's contract: what plans.export takes and gives back. The document itself is built in
// src/main/core/pdf (one code path for the app, the harness and the command line).

/** An absolute path to a .pdf file (Windows "C:\..." or POSIX "/..."); the folder must already exist. */
export const PdfPath = z
  .string({ error: 'The file path must be text' })
  .min(1, { error: 'Choose where to save the plan' })
  .max(4096, { error: 'The file path must be at most 4096 characters' })
  .refine((p) => /^(?:\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'The file path must be absolute (start from the drive or /)' })
  .refine((p) => p.toLowerCase().endsWith('.pdf'), { error: 'The file name must end in .pdf' })
  .refine((p) => !/[\u0000-\u001f]/.test(p), { error: 'The file path contains control characters' })

export const PlanExportInput = z.strictObject({
  programId: Id,
  /** One session of one week as a one-page "today's card"; left out, the whole program. */
  sessionId: Id.nullish().transform((v) => v ?? null),
  /** Left out: the paper size in settings. */
  paper: z.enum(PAPER_SIZES, { error: 'Paper is A4 or Letter' }).optional(),
  /** Weights on paper; left out: the weight unit in settings. Loads stored in the other unit are converted. */
  units: z.enum(['kg', 'lb'], { error: 'Units are kg or lb' }).optional(),
  /** How to do each exercise (steps, cues, safety, picture), each exercise once. */
  instructions: z.boolean({ error: 'Instructions is yes or no' }).default(true),
  /** Blank boxes to write the reps and load done for each set of each week. */
  logCells: z.boolean({ error: 'Log cells is yes or no' }).default(true),
  /** A "progress so far" section (the client's, up to today); ignored for a template. */
  progress: z.boolean({ error: 'Progress is yes or no' }).default(false),
  path: PdfPath
})
export type PlanExportInput = z.input<typeof PlanExportInput>
export type PlanExportOptions = z.output<typeof PlanExportInput>

export const PlanExported = z.object({
  path: z.string(),
  pages: z.int(),
  bytes: z.int(),
  /** Time from the request to the file being in place. */
  ms: z.number()
})
export type PlanExported = z.infer<typeof PlanExported>

export const PlanNameInput = z.strictObject({ programId: Id, sessionId: Id.nullish().transform((v) => v ?? null) })
/** A file name for the save dialog, e.g. "Zoë Łukasiewicz - 12-week routine.pdf" (no folder). */
export const PlanName = z.object({ name: z.string() })

/** Characters no file system accepts in a name (or that would make it a path). */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '')
  const base = cleaned.length > 0 ? cleaned : 'Plan'
  return base.length > 200 ? base.slice(0, 200).trim() : base
}

/** A client's progress as a PDF for a review: the same look as the printed plan. */
export const ProgressReportInput = z
  .strictObject({
    clientId: Id,
    path: PdfPath,
    /** First day of the period; left out: from the client's first scheduled or logged week. */
    from: IsoDate.optional(),
    /** Last day of the period; left out: today. */
    to: IsoDate.optional(),
    /** Weights on paper; left out: the weight unit in settings (lengths always follow settings). */
    units: z.enum(['kg', 'lb'], { error: 'Units are kg or lb' }).optional(),
    paper: z.enum(PAPER_SIZES, { error: 'Paper is A4 or Letter' }).optional()
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'The period must end on or after its first day', path: ['to'] })
export type ProgressReportInput = z.input<typeof ProgressReportInput>
