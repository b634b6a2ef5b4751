import { z } from 'zod'
import { imageData, imageMatchesType, line } from './common'

/** Largest logo accepted, in bytes of image data (it is stored in the data file and printed on plans). */
export const LOGO_MAX_BYTES = 512 * 1024

export const Logo = z
  .strictObject({
    mimeType: z.enum(['image/png', 'image/jpeg'], { error: 'The logo must be a PNG or JPEG image' }),
    dataBase64: imageData(LOGO_MAX_BYTES, 'The logo')
  })
  .refine((l) => imageMatchesType(l.mimeType, l.dataBase64), {
    error: 'The file is not a PNG or JPEG image (its contents do not match its type)',
    path: ['dataBase64']
  })
export type Logo = z.infer<typeof Logo>

export const Certification = z.strictObject({
  name: line(120, 'Certification').pipe(z.string().min(1, { error: 'Name the certification' })),
  /** e.g. "Level 3"; trainer qualifications are graded by level. */
  level: line(40, 'Level').default(''),
  expiresOn: z.iso.date({ error: 'Must be a date (YYYY-MM-DD)' }).nullish().transform((v) => v ?? null)
})

export const TrainerProfile = z.strictObject({
  name: line(120, 'Name').default(''),
  business: line(120, 'Business').default(''),
  email: z.union([z.literal(''), z.string().trim().max(254, { error: 'Email must be at most 254 characters' }).pipe(z.email({ error: 'Enter an email like name@example.com' }))]).default(''),
  phone: line(30, 'Phone').default(''),
  website: line(200, 'Website').default(''),
  address: line(300, 'Address').default(''),
  certifications: z.array(Certification).max(20, { error: 'At most 20 certifications' }).default([]),
  logo: Logo.nullish().transform((v) => v ?? null)
})
export type TrainerProfile = z.output<typeof TrainerProfile>

export const Units = z.strictObject({
  weight: z.enum(['kg', 'lb'], { error: 'Weight is shown in kg or lb' }),
  length: z.enum(['cm', 'in'], { error: 'Lengths are shown in cm or in' })
})
export type Units = z.infer<typeof Units>

export const PAPER_SIZES = ['A4', 'Letter'] as const
export const WEEK_STARTS = ['monday', 'sunday', 'saturday'] as const

/** The longest session the trainer plans; program checks warn above it (60 minutes when never set). */
export const SessionLimitMinutes = z
  .int({ error: 'The session limit must be a whole number of minutes' })
  .min(15, { error: 'The session limit must be at least 15 minutes' })
  .max(240, { error: 'The session limit must be at most 240 minutes' })

export const Settings = z.object({
  trainer: TrainerProfile,
  units: Units,
  paperSize: z.enum(PAPER_SIZES),
  firstDayOfWeek: z.enum(WEEK_STARTS),
  sessionLimitMinutes: SessionLimitMinutes.optional()
})
export type Settings = z.output<typeof Settings>

/** Each section is replaced whole; sections left out keep their stored value. */
export const SettingsUpdate = z.strictObject({
  trainer: TrainerProfile.optional(),
  units: Units.optional(),
  paperSize: z.enum(PAPER_SIZES, { error: 'Paper size is A4 or Letter' }).optional(),
  firstDayOfWeek: z.enum(WEEK_STARTS, { error: 'The week starts on Monday, Sunday or Saturday' }).optional(),
  sessionLimitMinutes: SessionLimitMinutes.optional()
})
export type SettingsUpdate = z.input<typeof SettingsUpdate>

export const DEFAULT_SETTINGS: Settings = {
  trainer: { name: '', business: '', email: '', phone: '', website: '', address: '', certifications: [], logo: null },
  units: { weight: 'kg', length: 'cm' },
  paperSize: 'A4',
  firstDayOfWeek: 'monday'
}
