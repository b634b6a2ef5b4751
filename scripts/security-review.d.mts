// Types for scripts/security-review.mjs, so test/security can import it.
export interface ElectronegativityFinding {
  id: string
  file: string
  line: number
  severity: string
  confidence: string
  description: string
  sample: string
}
export interface ExplainedFinding {
  id: string
  file: string
  sample: string
  why: string
}
export interface SourceReview {
  checks: number
  findings: ElectronegativityFinding[]
  explained: ElectronegativityFinding[]
  unexplained: ElectronegativityFinding[]
  stale: ExplainedFinding[]
  parseErrors: string[]
}
export const EXPLAINED: ExplainedFinding[]
export function reviewSource(input?: string): Promise<SourceReview>
