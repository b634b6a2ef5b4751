import { defineConfig } from '@playwright/test'

// Debian's Chromium; Playwright's own browser download cannot run on our machines.
const CHROMIUM = process.env.SPOTTER_CHROMIUM ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 }
  },
  projects: [
    {
      name: 'chromium',
      testMatch: /.*\.spec\.ts/,
      use: {
        browserName: 'chromium',
        launchOptions: {
          executablePath: CHROMIUM,
          args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        }
      }
    },
    {
      // The same app through Electron itself, where an Electron binary is installed (users' machines);
      // it reports itself skipped, with the reason, where the binary is absent.
      name: 'electron',
      testDir: 'e2e/electron',
      testMatch: /.*\.electron\.ts/
    }
  ]
})
