import type { z } from 'zod'

// One entry of the contract registry: what a method is for, and the schemas of what goes in and out.
export interface MethodSpec<I extends z.ZodType, O extends z.ZodType> {
  summary: string
  input: I
  output: O
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec
}
