import { defineConfig } from '@playwright/test'

// Browser end-to-end tests: Debian's Chromium (never a downloaded browser) against the demo and a
// real Ory Kratos, which the global setup builds (once, cached) and starts.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  globalSetup: './test/e2e/globalSetup.ts',
  globalTeardown: './test/e2e/globalTeardown.ts',
  use: {
    baseURL: 'http://localhost:5173',
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
    trace: 'off',
  },
  webServer: {
    command: 'npx vite --config demo/vite.config.ts',
    url: 'http://localhost:5173',
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
