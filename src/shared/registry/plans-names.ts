// Plain method names of ./plans.ts, for the sandboxed preload (which cannot bundle zod).
// src/shared/method-names.ts checks at compile time that every registry name is listed.
export const PLANS_METHOD_NAMES = ['plans.export', 'plans.progressReport', 'plans.suggestedName'] as const
