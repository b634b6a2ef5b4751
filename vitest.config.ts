import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Each test file opens its own SQLite files in a temp dir; two workers match our two cores.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000
  }
})
