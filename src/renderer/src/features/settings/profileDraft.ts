import { TrainerProfile, type Logo } from '../../../../shared/settings'

/** One certification row as the form holds it: plain strings, plus a stable key for React. */
export interface CertificationDraft {
  key: string
  name: string
  level: string
  /** "" while no expiry date is set. */
  expiresOn: string
}

/** The trainer profile as the form edits it; converted to the contract's shape only when saving. */
export interface ProfileDraft {
  name: string
  business: string
  email: string
  phone: string
  website: string
  address: string
  certifications: CertificationDraft[]
  logo: Logo | null
}

export type ProfileTextField = 'name' | 'business' | 'email' | 'phone' | 'website' | 'address'

let nextKey = 0
export function newCertificationKey(): string {
  nextKey += 1
  return `certification-${nextKey}`
}

export function draftFromProfile(profile: TrainerProfile): ProfileDraft {
  return {
    name: profile.name,
    business: profile.business,
    email: profile.email,
    phone: profile.phone,
    website: profile.website,
    address: profile.address,
    certifications: profile.certifications.map((c) => ({ key: newCertificationKey(), name: c.name, level: c.level, expiresOn: c.expiresOn ?? '' })),
    logo: profile.logo
  }
}

/** The draft in the contract's input shape (keys dropped, an empty date meaning "no expiry"). */
export function profileInput(draft: ProfileDraft) {
  return {
    name: draft.name,
    business: draft.business,
    email: draft.email,
    phone: draft.phone,
    website: draft.website,
    address: draft.address,
    certifications: draft.certifications.map((c) => ({ name: c.name, level: c.level, expiresOn: c.expiresOn === '' ? null : c.expiresOn })),
    logo: draft.logo
  }
}

/**
 * The same schema the core enforces. Answers the profile to send, or messages keyed by the field path
 * ("email", "certifications.1.name").
 */
export function validateDraft(draft: ProfileDraft): { ok: true; profile: TrainerProfile } | { ok: false; issues: Record<string, string> } {
  const parsed = TrainerProfile.safeParse(profileInput(draft))
  if (parsed.success) return { ok: true, profile: parsed.data }
  const issues: Record<string, string> = {}
  for (const issue of parsed.error.issues) issues[issue.path.join('.')] ??= issue.message
  return { ok: false, issues }
}

/** Whether the draft says something different from what is stored (surrounding spaces don't count). */
export function isDraftChanged(draft: ProfileDraft, saved: TrainerProfile): boolean {
  const textFields: ProfileTextField[] = ['name', 'business', 'email', 'phone', 'website', 'address']
  if (textFields.some((field) => draft[field].trim() !== saved[field])) return true
  if (draft.certifications.length !== saved.certifications.length) return true
  const certificationChanged = draft.certifications.some((c, i) => {
    const stored = saved.certifications[i]
    return !stored || c.name.trim() !== stored.name || c.level.trim() !== stored.level || (c.expiresOn || null) !== stored.expiresOn
  })
  if (certificationChanged) return true
  return draft.logo?.mimeType !== saved.logo?.mimeType || draft.logo?.dataBase64 !== saved.logo?.dataBase64
}

/** Core issues arrive with paths of the whole update ("trainer.email"); the form names fields without the section. */
export function profileIssuesFromCore(byPath: Record<string, string>): Record<string, string> {
  const issues: Record<string, string> = {}
  for (const [path, message] of Object.entries(byPath)) {
    const local = path === 'trainer' ? '' : path.startsWith('trainer.') ? path.slice('trainer.'.length) : path
    issues[local] ??= message
  }
  return issues
}
