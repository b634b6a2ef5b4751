// Plain method names of ./data-safety.ts, for the sandboxed preload (which cannot bundle zod).
// src/shared/method-names.ts checks at compile time that every registry name is listed.
export const DATA_SAFETY_METHOD_NAMES = [] as const
