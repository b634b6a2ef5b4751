/**
 * A value made on its first use and kept: for Intl formatters, which cost far more to build than to
 * use, and which modules loaded at the app's start should not all build while it starts.
 */
export function once<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}
