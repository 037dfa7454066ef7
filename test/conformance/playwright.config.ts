import { defineConfig } from '@playwright/test'
import { DEMO_PORT, DEMO_URL, KRATOS_ADMIN_URL, KRATOS_PUBLIC_URL, SLOT } from './slot'

// Ports of Kratos's own e2e suite (its module's test/e2e) against the demo: Debian's Chromium,
// a real Kratos per profile (see fixtures.ts), ports from CONFORMANCE_SLOT (see slot.ts), so runs
// need no lock. `npx playwright test -c test/conformance/playwright.config.ts`.
export default defineConfig({
  testDir: '.',
  // Mirrors the module's test/e2e: cypress/integration/profiles/… and playwright/tests/….
  testMatch: ['profiles/**/*.spec.ts', 'playwright/**/*.spec.ts'],
  workers: Number(process.env.CONFORMANCE_WORKERS ?? 1),
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One report and artifacts folder per slot: `npm test` runs shards side by side, a slot each.
  outputDir: `../../test-results/conformance-artifacts-${SLOT}`,
  reporter: [['list'], ['json', { outputFile: `../../test-results/conformance-${SLOT}.json` }]],
  globalSetup: './globalSetup.ts',
  use: {
    baseURL: DEMO_URL,
    headless: true,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite --config demo/vite.config.ts --port ${DEMO_PORT} --strictPort`,
    cwd: '../..',
    url: DEMO_URL,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { VITE_ORY_URL: KRATOS_PUBLIC_URL, ORY_ADMIN_URL: KRATOS_ADMIN_URL },
  },
})
