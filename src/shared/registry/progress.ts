// The progress part of the contract registry (spread into src/shared/api.ts). List every name here in
// ./progress-names.ts too: the preload's allow-list is built from those plain strings.
export const progressMethods = {} as const
