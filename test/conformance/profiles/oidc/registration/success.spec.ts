// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/registration/success.spec.ts,
// react variant (profile `spa`): signing up through an OpenID provider (the slot's, ../../../oidc/,
// where Ory runs Hydra and its login and consent app).
import type { Page } from '@playwright/test'
import { ensureKratosE2eDir } from '../../../kratosModule'
import { expect, test, type ConformanceKratos } from '../../../oidc/fixtures'
import { gen } from '../../../helpers/browser'
import { signUpWithProvider } from '../../../helpers/oidc'
import { expectSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

const website = 'https://www.ory.sh/'
const e2e = ensureKratosE2eDir()

/** Ory's `cy.setIdentitySchema(file)`: a new schema, made the default (the profile's stays known). */
const identitySchema = (file: string) => ({
  identity: {
    default_schema_id: 'oidc',
    schemas: [
      { id: 'default', url: `file://${e2e}/profiles/spa/identity.traits.schema.json` },
      { id: 'oidc', url: `file://${e2e}/profiles/oidc/${file}` },
    ],
  },
})

/** The spec's `shouldSession(email)`: an identity with the e-mail and the website of the claims. */
async function expectIdentity(page: Page, kratos: ConformanceKratos, email: string) {
  const { identity } = await expectSession(page, kratos)
  expect(identity?.id).toBeTruthy()
  expect(identity?.traits.website).toBe(website)
  expect(identity?.traits.email).toBe(email)
  return identity
}

test.describe('oidc profile: social sign-up successes', () => {
  test.beforeEach(async ({ kratos }) => {
    await kratos.configure(identitySchema('identity.traits.schema.json'))
  })

  test('signs up with complete data', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await expectIdentity(page, kratos, email)
  })
})
