import { test as base } from '../fixtures'
import { startOidcProvider, type OidcProvider } from './provider'

export { expect } from '../fixtures'
export type { ConformanceKratos } from '../fixtures'
export type { OidcProvider } from './provider'

/**
 * `test` of the conformance suite with the slot's OpenID provider running for the worker (the
 * Hydra of Ory's suite; see provider.ts): specs of social sign-in import `test` from here. Kratos
 * reaches it through the profiles' own `issuer_url` (profileConfig.ts points 4444 at it).
 */
export const test = base.extend<object, { oidcProvider: OidcProvider }>({
  oidcProvider: [
    async ({}, use) => {
      const provider = await startOidcProvider()
      await use(provider)
      await provider.stop()
    },
    { scope: 'worker', auto: true },
  ],
})
