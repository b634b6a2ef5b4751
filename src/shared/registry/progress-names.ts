// Plain method names of ./progress.ts, for the sandboxed preload (which cannot bundle zod).
// src/shared/method-names.ts checks at compile time that every registry name is listed.
export const PROGRESS_METHOD_NAMES = [] as const
