import { PlanExported, PlanExportInput, PlanName, PlanNameInput, ProgressReportInput } from '../plans'
import { method } from './method'

// The plans part of the contract registry (spread into src/shared/api.ts). List every name here in
// ./plans-names.ts too: the preload's allow-list is built from those plain strings.
export const plansMethods = {
  'plans.export': method({
    summary: "Write a client's program (or one session as a one-page card) as a PDF to train from",
    input: PlanExportInput,
    output: PlanExported
  }),
  'plans.progressReport': method({
    summary: "Write a client's progress over a period (bests, e1RM, adherence, measurements, weight goal) as a PDF for a review",
    input: ProgressReportInput,
    output: PlanExported
  }),
  'plans.suggestedName': method({ summary: 'A file name for saving the printed plan', input: PlanNameInput, output: PlanName })
} as const
