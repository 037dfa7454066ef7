import { test as base } from '@playwright/test'
import { startProfile, type ConformanceKratos } from './kratosFixture'

export { expect } from '@playwright/test'
export type { ConformanceKratos } from './kratosFixture'

/**
 * `test` for the ports of Kratos's e2e suite. A spec picks its profile with
 * `test.use({ profile: 'spa' })` (Kratos's profile folder name; default `email`); the worker's
 * `kratos` runs that profile and is started again only when the profile changes (Playwright gives
 * each distinct worker option its own worker). Mid-run config changes: `await kratos.configure(…)`.
 */
export const test = base.extend<object, { profile: string; kratos: ConformanceKratos }>({
  profile: ['email', { option: true, scope: 'worker' }],
  kratos: [
    async ({ profile }, use) => {
      const kratos = await startProfile(profile)
      await use(kratos)
      await kratos.stop()
      if (kratos.restarts.length) console.log(`› Kratos restarts (${profile}): ${kratos.restarts.join(', ')} ms`)
    },
    { scope: 'worker', timeout: 180_000 },
  ],
})
