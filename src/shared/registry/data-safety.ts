// The data-safety part of the contract registry (spread into src/shared/api.ts). List every name here in
// ./data-safety-names.ts too: the preload's allow-list is built from those plain strings.
export const dataSafetyMethods = {} as const
