// The plans part of the contract registry (spread into src/shared/api.ts). List every name here in
// ./plans-names.ts too: the preload's allow-list is built from those plain strings.
export const plansMethods = {} as const
